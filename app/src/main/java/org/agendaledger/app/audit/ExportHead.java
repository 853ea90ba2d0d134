package org.agendaledger.app.audit;

/**
 * The last line of an export: what the export holds at {@code position}, the highest position that was settled
 * when it was taken ({@link SettledPosition}; 0 when none was), so that an auditor may keep it as a checkpoint of
 * their own; the last global index and the number of its events, so that lines removed at its end show; and the
 * stored checkpoint it ends with. Its hash covers, as netstrings, the version tag {@value #VERSION} and every other
 * field in order.
 */
record ExportHead(long position, long events, long streams, String streamHeadsHash, long lastGlobalIndex,
                  long totalEvents, Long latestCheckpoint, String latestCheckpointHash, String exportedAt,
                  String hash)
        implements ExportRecord {

    static final String VERSION = "agenda-ledger/export-head/1";

    static ExportHead of(StoreHead settled, long lastGlobalIndex, long totalEvents, Checkpoint latest,
                         String exportedAt) {
        ExportHead unhashed = new ExportHead(settled.position(), settled.events(), settled.streams(),
                settled.streamHeadsHash(), lastGlobalIndex, totalEvents, latest == null ? null : latest.number(),
                latest == null ? null : latest.hash(), exportedAt, null);
        return unhashed.withHash(unhashed.recomputedHash());
    }

    String recomputedHash() {
        return Netstrings.of(VERSION, Long.toString(position), Long.toString(events), Long.toString(streams),
                streamHeadsHash, Long.toString(lastGlobalIndex), Long.toString(totalEvents),
                latestCheckpoint == null ? null : Long.toString(latestCheckpoint), latestCheckpointHash, exportedAt)
                .sha256();
    }

    boolean intact() {
        return recomputedHash().equals(hash);
    }

    StoreHead head() {
        return new StoreHead(position, events, streams, streamHeadsHash);
    }

    ExportHead withHash(String newHash) {
        return new ExportHead(position, events, streams, streamHeadsHash, lastGlobalIndex, totalEvents,
                latestCheckpoint, latestCheckpointHash, exportedAt, newHash);
    }
}
