package org.agendaledger.app.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A chained checkpoint of the store: number {@code number} of the chain (from 0), made at {@code createdAt}, saying
 * what the store held at {@code position} ({@link StoreHead}), linked to the checkpoint before it by its hash
 * ({@value CanonicalEvent#GENESIS} for the first). Its hash covers, as netstrings, the version tag
 * {@value #VERSION}, the number, the position, the number of events and of streams, the stream heads' hash, the
 * previous checkpoint's hash and the creation time.
 */
record Checkpoint(long number, long position, long events, long streams, String streamHeadsHash,
                  String previousHash, String createdAt, String hash)
        implements ExportRecord {

    static final String VERSION = "agenda-ledger/checkpoint/1";

    /** The next checkpoint of the chain ({@code previous} {@code null} for the first), hashed. */
    static Checkpoint after(Checkpoint previous, StoreHead head, Instant now) {
        Checkpoint unhashed = new Checkpoint(previous == null ? 0 : previous.number() + 1, head.position(),
                head.events(), head.streams(), head.streamHeadsHash(),
                previous == null ? CanonicalEvent.GENESIS : previous.hash(),
                DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.MILLIS)), null);
        return unhashed.withHash(unhashed.recomputedHash());
    }

    String recomputedHash() {
        return Netstrings.of(VERSION, Long.toString(number), Long.toString(position), Long.toString(events),
                Long.toString(streams), streamHeadsHash, previousHash, createdAt).sha256();
    }

    boolean intact() {
        return recomputedHash().equals(hash);
    }

    StoreHead head() {
        return new StoreHead(position, events, streams, streamHeadsHash);
    }

    Checkpoint withHash(String newHash) {
        return new Checkpoint(number, position, events, streams, streamHeadsHash, previousHash, createdAt, newHash);
    }
}
