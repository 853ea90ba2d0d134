package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.app.audit.Discrepancy.Problem;

/**
 * Checks a checkpoint chain — the stored one, or the one in an export — by itself (each checkpoint's own hash,
 * numbers from 0 without a gap, each linked to the one before, positions rising) and against the events: at each
 * checkpoint's position there must be exactly the events it counted, with the same stream heads. For an export,
 * its head is checked too.
 */
final class CheckpointCheck {

    private CheckpointCheck() {
    }

    /** The positions a walk must give the heads of for {@link #report}. */
    static List<Long> positions(List<Checkpoint> checkpoints) {
        return checkpoints.stream().map(Checkpoint::position).toList();
    }

    static CheckpointReport report(List<Checkpoint> checkpoints, RecordedOrderCheck walk, List<Discrepancy> more) {
        List<Discrepancy> problems = new ArrayList<>(chain(checkpoints));
        for (Checkpoint checkpoint : checkpoints) {
            StoreHead now = walk.headAt(checkpoint.position());
            if (!now.sameAs(checkpoint.head())) {
                problems.add(Discrepancy.atCheckpoint(checkpoint, Problem.EVENTS_DIFFER_FROM_CHECKPOINT,
                        checkpoint.head().described(), now.described(), difference(checkpoint.head(), now,
                                "checkpoint " + checkpoint.number())));
            }
        }
        problems.addAll(more);
        Checkpoint latest = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        long afterLatest = latest == null ? walk.events() : walk.events() - walk.headAt(latest.position()).events();
        return CheckpointReport.of(checkpoints.size(), latest, afterLatest, problems);
    }

    /** The chain by itself, in the order given. */
    static List<Discrepancy> chain(List<Checkpoint> checkpoints) {
        List<Discrepancy> problems = new ArrayList<>();
        Checkpoint previous = null;
        for (Checkpoint checkpoint : checkpoints) {
            if (!checkpoint.intact()) {
                problems.add(Discrepancy.atCheckpoint(checkpoint, Problem.CHECKPOINT_ALTERED,
                        checkpoint.recomputedHash(), checkpoint.hash(), "The checkpoint is not what was hashed: "
                                + "its position, counts, stream heads, link or time was changed."));
            }
            long expectedNumber = previous == null ? 0 : previous.number() + 1;
            if (checkpoint.number() > expectedNumber) {
                problems.add(Discrepancy.atCheckpoint(checkpoint, Problem.CHECKPOINT_MISSING,
                        Long.toString(expectedNumber), Long.toString(checkpoint.number()),
                        checkpoint.number() == expectedNumber + 1
                                ? "Checkpoint %d is missing.".formatted(expectedNumber)
                                : "Checkpoints %d to %d are missing.".formatted(expectedNumber,
                                        checkpoint.number() - 1)));
            } else if (checkpoint.number() < expectedNumber) {
                problems.add(Discrepancy.atCheckpoint(checkpoint, Problem.CHECKPOINT_OUT_OF_ORDER,
                        Long.toString(expectedNumber), Long.toString(checkpoint.number()),
                        "Checkpoint %d comes after %d.".formatted(checkpoint.number(), previous.number())));
            } else {
                String expectedLink = previous == null ? CanonicalEvent.GENESIS : previous.hash();
                if (!expectedLink.equals(checkpoint.previousHash())) {
                    problems.add(Discrepancy.atCheckpoint(checkpoint, Problem.CHECKPOINT_LINK_BROKEN, expectedLink,
                            checkpoint.previousHash(), previous == null
                                    ? "The first checkpoint does not start the chain."
                                    : "The checkpoint does not link to checkpoint %d before it: it was replaced."
                                            .formatted(previous.number())));
                }
            }
            if (previous != null && (checkpoint.position() <= previous.position()
                    || checkpoint.events() < previous.events())) {
                problems.add(Discrepancy.atCheckpoint(checkpoint, Problem.CHECKPOINT_OUT_OF_ORDER,
                        "a position above " + previous.position() + " and at least " + previous.events() + " events",
                        "position " + checkpoint.position() + ", " + checkpoint.events() + " events",
                        "The checkpoint does not cover more than checkpoint %d before it."
                                .formatted(previous.number())));
            }
            previous = checkpoint;
        }
        return problems;
    }

    /** An export's head, checked against the export's own lines and the checkpoints it holds. */
    static List<Discrepancy> exportHead(ExportOutline outline, RecordedOrderCheck walk) {
        List<Discrepancy> problems = new ArrayList<>();
        ExportHead head = outline.head();
        if (head == null) {
            if (walk.anyInCurrentForm()) {
                problems.add(Discrepancy.atPosition(walk.lastGlobalIndex(), Problem.EXPORT_HEAD_MISSING,
                        "an export head as the last line", "none", "The export ends without its head line, which "
                                + "every export with events in form 2 has: lines were removed at its end."));
            }
            return problems;
        }
        if (outline.recordsAfterHead() > 0) {
            problems.add(Discrepancy.atPosition(head.lastGlobalIndex(), Problem.LINE_AFTER_EXPORT_HEAD, "no line",
                    outline.recordsAfterHead() + " lines", "Lines follow the export's head, which is written last: "
                            + "they were added to the export."));
        }
        if (!head.intact()) {
            problems.add(Discrepancy.atPosition(head.position(), Problem.EXPORT_HEAD_ALTERED, head.recomputedHash(),
                    head.hash(), "The export's head is not what was hashed: one of its fields was changed."));
        }
        StoreHead lines = walk.headAt(head.position());
        if (!lines.sameAs(head.head())) {
            problems.add(Discrepancy.atPosition(head.position(), Problem.EVENTS_DIFFER_FROM_EXPORT_HEAD,
                    head.head().described(), lines.described(), difference(head.head(), lines, "the export's head")));
        }
        if (walk.events() != head.totalEvents() || walk.lastGlobalIndex() != head.lastGlobalIndex()) {
            problems.add(Discrepancy.atPosition(head.lastGlobalIndex(), Problem.EVENTS_DIFFER_FROM_EXPORT_HEAD,
                    head.totalEvents() + " events up to global index " + head.lastGlobalIndex(),
                    walk.events() + " events up to global index " + walk.lastGlobalIndex(),
                    "The export does not hold the events its head counted: lines were removed or added."));
        }
        Checkpoint last = outline.checkpoints().isEmpty() ? null
                : outline.checkpoints().get(outline.checkpoints().size() - 1);
        Long lastNumber = last == null ? null : last.number();
        String lastHash = last == null ? null : last.hash();
        if (!java.util.Objects.equals(lastNumber, head.latestCheckpoint())
                || !java.util.Objects.equals(lastHash, head.latestCheckpointHash())) {
            problems.add(Discrepancy.atPosition(head.position(), Problem.EVENTS_DIFFER_FROM_EXPORT_HEAD,
                    head.latestCheckpoint() == null ? "no checkpoint" : "checkpoint " + head.latestCheckpoint(),
                    lastNumber == null ? "no checkpoint" : "checkpoint " + lastNumber,
                    "The export does not end with the checkpoint its head names: checkpoint lines were removed, "
                            + "added or changed."));
        }
        return problems;
    }

    /** Why the events at a position are not what a record says, in a sentence. */
    static String difference(StoreHead expected, StoreHead found, String record) {
        if (found.events() < expected.events()) {
            return "%d of the events at or below position %d that %s counted are gone."
                    .formatted(expected.events() - found.events(), expected.position(), record);
        }
        if (found.events() > expected.events()) {
            return "%d events at or below position %d were added after %s was made."
                    .formatted(found.events() - expected.events(), expected.position(), record);
        }
        return ("The last event of a stream at or below position %d is not the one %s saw: it was removed, replaced, "
                + "re-hashed or moved.").formatted(expected.position(), record);
    }
}
