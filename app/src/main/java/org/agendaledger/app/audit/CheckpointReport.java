package org.agendaledger.app.audit;

import java.util.List;

/**
 * The outcome of checking the checkpoints (and, for an export, its head): how many were checked, the latest, how
 * many events were recorded after it (not yet covered by any), and every discrepancy.
 */
record CheckpointReport(String status, long checked, Checkpoint latest, long eventsAfterLatest,
                        List<Discrepancy> problems) {

    static CheckpointReport of(long checked, Checkpoint latest, long eventsAfterLatest, List<Discrepancy> problems) {
        return new CheckpointReport(problems.isEmpty() ? ChainReport.OK : ChainReport.BROKEN, checked, latest,
                eventsAfterLatest, List.copyOf(problems));
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
