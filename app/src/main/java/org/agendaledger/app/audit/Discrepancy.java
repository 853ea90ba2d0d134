package org.agendaledger.app.audit;

/**
 * A place where the checkpoints, an export's head or a kept record do not match the events: the checkpoint it
 * concerns (by number) or the position, the event (aggregate and sequence number) when it is one event, what was
 * expected there and what was found, and a sentence for the auditor.
 */
record Discrepancy(Long checkpoint, Long position, String aggregateId, Long sequenceNumber, Problem problem,
                   String expected, String found, String detail) {

    enum Problem {
        /** A checkpoint's hash is not that of its fields: the checkpoint was edited. */
        CHECKPOINT_ALTERED,
        /** The chain skips a number, or does not begin at 0: checkpoints were removed. */
        CHECKPOINT_MISSING,
        /** A checkpoint's previous hash is not the hash of the checkpoint before it. */
        CHECKPOINT_LINK_BROKEN,
        /** A checkpoint's position or counts are not above the previous checkpoint's. */
        CHECKPOINT_OUT_OF_ORDER,
        /** The events at or below a checkpoint's position are not those it counted: removed, added or re-hashed. */
        EVENTS_DIFFER_FROM_CHECKPOINT,
        /** An export with events in form 2 lacks its head line: lines were removed at its end. */
        EXPORT_HEAD_MISSING,
        /** A line follows the export's head, which is always the last. */
        LINE_AFTER_EXPORT_HEAD,
        /** The export head's hash is not that of its fields. */
        EXPORT_HEAD_ALTERED,
        /** The export's lines are not those its head counted, or it does not end with the checkpoint it names. */
        EVENTS_DIFFER_FROM_EXPORT_HEAD,
        /** An event of the kept export is no longer there. */
        KEPT_EVENT_MISSING,
        /** An event of the kept export is there, but not as it was kept. */
        KEPT_EVENT_CHANGED,
        /** An event at or below the kept export's settled position that the kept export did not have. */
        EVENT_NOT_IN_KEPT_EXPORT,
        /** A kept checkpoint is no longer in the chain. */
        KEPT_CHECKPOINT_MISSING,
        /** The chain's checkpoint with a kept checkpoint's number is not the one kept. */
        KEPT_CHECKPOINT_DIFFERS,
        /** The events at or below a kept checkpoint's position are not those it counted. */
        EVENTS_DIFFER_FROM_KEPT
    }

    static Discrepancy atCheckpoint(Checkpoint checkpoint, Problem problem, String expected, String found,
                                    String detail) {
        return new Discrepancy(checkpoint.number(), checkpoint.position(), null, null, problem, expected, found,
                detail);
    }

    static Discrepancy atPosition(long position, Problem problem, String expected, String found, String detail) {
        return new Discrepancy(null, position, null, null, problem, expected, found, detail);
    }

    static Discrepancy atEvent(StoredEvent event, Problem problem, String expected, String found, String detail) {
        return new Discrepancy(null, event.globalIndex(), event.aggregateId(), event.sequenceNumber(), problem,
                expected, found, detail);
    }
}
