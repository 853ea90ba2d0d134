package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.app.audit.Discrepancy.Problem;

/**
 * A kept checkpoint — one of the chain, or an export's head — compared with today's events: at its position there
 * must be exactly the events it counted, with the same stream heads, and the checkpoint it is (or, for an export's
 * head, the one it names) must still be in today's chain.
 */
final class KeptCheckpoint implements KeptComparison {

    private final KeptReport.Kind kind;
    private final StoreHead kept;
    private final Long number;
    private final String hash;

    private KeptCheckpoint(KeptReport.Kind kind, StoreHead kept, Long number, String hash) {
        this.kind = kind;
        this.kept = kept;
        this.number = number;
        this.hash = hash;
    }

    /**
     * A kept checkpoint as JSON: one object, on one line or indented.
     *
     * @throws KeptRecordRefused when it is empty, not JSON, not a checkpoint, or not what was hashed
     */
    static KeptCheckpoint read(String json) {
        if (json.isBlank()) {
            throw new KeptRecordRefused("KEPT_RECORD_UNREADABLE", "Nothing was sent: send a kept checkpoint as "
                    + "application/json, or a kept export as application/x-ndjson.");
        }
        try {
            return of(ExportLine.read(json.strip()));
        } catch (IllegalArgumentException e) {
            throw new KeptRecordRefused("KEPT_RECORD_UNREADABLE", "This is not a checkpoint (" + e.getMessage()
                    + "). Send a checkpoint as GET /api/audit/checkpoints/latest gives it, or the last line of an "
                    + "export.");
        }
    }

    /** @throws KeptRecordRefused when the record is an event, or not what was hashed */
    static KeptCheckpoint of(ExportRecord record) {
        if (record instanceof Checkpoint checkpoint) {
            if (!checkpoint.intact()) {
                throw altered("checkpoint " + checkpoint.number());
            }
            return new KeptCheckpoint(KeptReport.Kind.CHECKPOINT, checkpoint.head(), checkpoint.number(),
                    checkpoint.hash());
        }
        if (record instanceof ExportHead head) {
            if (!head.intact()) {
                throw altered("export head");
            }
            return new KeptCheckpoint(KeptReport.Kind.EXPORT_HEAD, head.head(), head.latestCheckpoint(),
                    head.latestCheckpointHash());
        }
        throw new KeptRecordRefused("KEPT_RECORD_UNREADABLE", "This is an event, not a checkpoint: send a checkpoint "
                + "(GET /api/audit/checkpoints/latest, or a checkpoint or the last line of an export) as "
                + "application/json, or a whole export as application/x-ndjson.");
    }

    private static KeptRecordRefused altered(String what) {
        return new KeptRecordRefused("KEPT_RECORD_ALTERED", "The kept " + what + " is not what was hashed: its "
                + "hash does not match its fields, so the copy was changed or damaged and nothing can be compared "
                + "with it.");
    }

    @Override
    public void accept(StoredEvent today) {
        // only the head at the kept position matters
    }

    @Override
    public List<Long> positions() {
        return List.of(kept.position());
    }

    @Override
    public KeptReport report(RecordedOrderCheck today, List<Checkpoint> todaysCheckpoints) {
        List<Discrepancy> problems = new ArrayList<>();
        StoreHead now = today.headAt(kept.position());
        if (!now.sameAs(kept)) {
            problems.add(new Discrepancy(kind == KeptReport.Kind.CHECKPOINT ? number : null, kept.position(), null,
                    null, Problem.EVENTS_DIFFER_FROM_KEPT, kept.described(), now.described(),
                    CheckpointCheck.difference(kept, now, "the kept " + (kind == KeptReport.Kind.CHECKPOINT
                            ? "checkpoint" : "export head"))));
        }
        if (number != null) {
            KeptComparison.stillInChain(number, hash, kind == KeptReport.Kind.CHECKPOINT ? kept.position() : null,
                    todaysCheckpoints, problems);
        }
        return KeptReport.of(kind, kept.position(), kept.events(), number, problems);
    }
}
