package org.agendaledger.app.audit;

/**
 * What the store holds at a position (a global index): how many events have a global index at or below it, in how
 * many streams, and the hash over each of those streams' last event there ({@link StreamHeads}). A checkpoint, an
 * export's head and a kept record each state one; the store, or an export, is compared with it.
 */
record StoreHead(long position, long events, long streams, String streamHeadsHash) {

    boolean sameAs(StoreHead other) {
        return events == other.events && streams == other.streams && streamHeadsHash.equals(other.streamHeadsHash);
    }

    /** For the auditor: {@code 41 events in 4 streams, stream heads sha256:…}. */
    String described() {
        return "%d %s in %d %s, stream heads %s".formatted(events, events == 1 ? "event" : "events", streams,
                streams == 1 ? "stream" : "streams", streamHeadsHash);
    }
}
