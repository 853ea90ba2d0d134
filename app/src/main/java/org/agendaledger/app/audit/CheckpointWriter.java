package org.agendaledger.app.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of checkpointing on this node: observe the store's head, and when a checkpoint is due, append the next
 * one at the settled position — unless another node appended its own first, which is no failure (it covers the
 * same events, and this node's next round continues from it).
 * <p>
 * Before appending, it looks at what the new checkpoint will be chained to: the store must still hold what the
 * latest checkpoint says, and every event recorded since must be what was hashed. When not, it logs an error and
 * appends all the same: a checkpoint says what the store holds when it is made, the earlier ones keep what it held
 * before, and stopping the chain would only leave later events uncovered.
 * <p>
 * The work of a round is that of the events recorded since the latest checkpoint, not of the store: the node keeps
 * the stream heads at the latest checkpoint it knows and brings them forward with the events it reads anyway to
 * check their hashes. It reads the heads from the whole store only at its first checkpoint after a start, when the
 * latest checkpoint is not one it can reach forward to, when the events at or below it are no longer as many as it
 * counted (one count over the index: an event removed or added there), and every {@code full-check-every}, which
 * is what notices an event re-hashed in place.
 */
final class CheckpointWriter {

    private static final Logger log = LoggerFactory.getLogger(CheckpointWriter.class);

    enum Outcome {
        /** No head observed long enough ago (or an empty store). */
        NOTHING_SETTLED,
        /** The latest checkpoint already covers the settled position. */
        UP_TO_DATE,
        /** Fewer than {@code every-events} settled events, and less than {@code every} time, since the latest. */
        NOT_DUE,
        WRITTEN,
        ANOTHER_NODE_WAS_FIRST
    }

    record Round(Outcome outcome, Checkpoint checkpoint, Duration took) {
    }

    private final EventTable events;
    private final CheckpointTable checkpoints;
    private final SettledPosition settled;
    private final CheckpointSettings settings;
    private final Clock clock;

    CheckpointWriter(EventTable events, CheckpointTable checkpoints, SettledPosition settled,
                     CheckpointSettings settings, Clock clock) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.settled = settled;
        this.settings = settings;
        this.clock = clock;
    }

    /** The stream heads at {@link #knownPosition} as this node read or brought them forward; null at first. */
    private StreamHeads known;
    private long knownPosition = -1;
    /** When this node last read the stream heads from the whole store; null before its first. */
    private Instant lastFullRead;
    private long fullReads;

    synchronized Round round() {
        Instant now = clock.instant();
        events.head().ifPresent(head -> settled.observe(head, now));
        OptionalLong position = settled.at(now);
        if (position.isEmpty()) {
            return done(Outcome.NOTHING_SETTLED, null, now);
        }
        Optional<Checkpoint> latest = checkpoints.latest();
        if (latest.isPresent() && position.getAsLong() <= latest.get().position()) {
            return done(Outcome.UP_TO_DATE, null, now);
        }
        if (latest.isPresent() && !due(latest.get(), position.getAsLong(), now)) {
            return done(Outcome.NOT_DUE, null, now);
        }
        StreamHeads heads = headsAtLatest(latest.orElse(null), now).copy();
        addCheckingHashes(latest.orElse(null), position.getAsLong(), heads);
        Checkpoint next = Checkpoint.after(latest.orElse(null), heads.at(position.getAsLong()), now);
        if (!checkpoints.appendIfNext(next)) {
            return done(Outcome.ANOTHER_NODE_WAS_FIRST, next, now);
        }
        known = heads;
        knownPosition = next.position();
        return done(Outcome.WRITTEN, next, now);
    }

    /** How many of this node's rounds have read the store's stream heads in full (or every event, the first). */
    synchronized long fullReads() {
        return fullReads;
    }

    /**
     * The stream heads at the latest checkpoint's position (none before the first), compared with what it says:
     * brought forward from those this node knows, or read from the whole store when it knows none it can bring
     * forward, or when a full read is due.
     */
    private StreamHeads headsAtLatest(Checkpoint latest, Instant now) {
        if (latest == null) {
            // the first checkpoint: every event of the store is read after this
            lastFullRead = now;
            fullReads++;
            return new StreamHeads();
        }
        long at = latest.position();
        boolean fullReadDue = lastFullRead == null
                || !Duration.between(lastFullRead, now).minus(settings.fullCheckEvery()).isNegative();
        // an event removed or added at or below the latest checkpoint shows in the count, which the index gives
        if (known == null || knownPosition > at || fullReadDue || events.eventsUpTo(at) != latest.events()) {
            known = events.streamHeadsAt(at);
            knownPosition = at;
            lastFullRead = now;
            fullReads++;
        } else if (knownPosition < at) {
            // another node's checkpoint: its events were checked by that node
            events.between(knownPosition, at, known::add);
            knownPosition = at;
        }
        StoreHead stored = known.at(at);
        if (!stored.sameAs(latest.head())) {
            log.error("The store no longer holds what checkpoint {} says: at position {} it held {}, it now holds {}. "
                    + "Events were removed, added or re-hashed; GET /api/audit/verify shows where. The next "
                    + "checkpoint is written all the same.", latest.number(), at, latest.head().described(),
                    stored.described());
        }
        return known;
    }

    private boolean due(Checkpoint latest, long position, Instant now) {
        if (events.eventsBetween(latest.position(), position) >= settings.everyEvents()) {
            return true;
        }
        try {
            return !Duration.between(Instant.parse(latest.createdAt()), now).minus(settings.every()).isNegative();
        } catch (DateTimeParseException e) {
            // an altered row; the verification reports it, the chain goes on
            return true;
        }
    }

    /** Adds the events recorded after the latest checkpoint up to the position, logging any not what was hashed. */
    private void addCheckingHashes(Checkpoint latest, long position, StreamHeads heads) {
        AtomicLong altered = new AtomicLong();
        events.between(latest == null ? -1 : latest.position(), position, event -> {
            heads.add(event);
            if (event.hashForm().isEmpty() || !event.canonical().hash().equals(event.hash())) {
                if (altered.getAndIncrement() == 0) {
                    log.error("Event {} of {} (global index {}) is not what was hashed; GET /api/audit/verify shows "
                            + "every such event. The next checkpoint is written all the same.",
                            event.sequenceNumber(), event.aggregateId(), event.globalIndex());
                }
            }
        });
        if (altered.get() > 1) {
            log.error("{} events recorded up to position {} are not what was hashed.", altered.get(), position);
        }
    }

    private Round done(Outcome outcome, Checkpoint checkpoint, Instant start) {
        return new Round(outcome, checkpoint, Duration.between(start, clock.instant()));
    }
}
