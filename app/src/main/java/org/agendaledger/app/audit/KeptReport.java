package org.agendaledger.app.audit;

import java.util.List;

/**
 * The outcome of comparing the events with what an auditor kept: what it was ({@code kind}), the position it
 * speaks for, how many events it held there, its checkpoint number when it is a stored checkpoint, and every
 * discrepancy.
 */
record KeptReport(String status, Kind kind, long position, long events, Long checkpoint,
                  List<Discrepancy> problems) {

    enum Kind {
        /** A checkpoint of the chain, from {@code GET /api/audit/checkpoints/latest} or an export. */
        CHECKPOINT,
        /** The last line of an export. */
        EXPORT_HEAD,
        /** A whole export. */
        EXPORT
    }

    static KeptReport of(Kind kind, long position, long events, Long checkpoint, List<Discrepancy> problems) {
        return new KeptReport(problems.isEmpty() ? ChainReport.OK : ChainReport.BROKEN, kind, position, events,
                checkpoint, List.copyOf(problems));
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
