package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The verification behind {@code GET /api/audit/verify}: recomputes every event's hash and checks every link of
 * every stream, then walks the store in recorded order to check the form order and every stored checkpoint — and,
 * when asked, what an auditor kept. All of it in one read-only snapshot of the store. The API and the auditor's
 * web page both call it.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class IntegrityCheck {

    /** The outcome as the web page shows it. */
    public record Result(String status, long streams, long events, int brokenLinks, String checkpointStatus,
                         long checkpoints, Long latestCheckpoint, Long latestPosition, String latestCreatedAt,
                         long eventsAfterLatest, int checkpointProblems) {

        public boolean ok() {
            return ChainReport.OK.equals(status);
        }

        public boolean checkpointsOk() {
            return checkpointProblems == 0;
        }
    }

    private final EventTable events;
    private final CheckpointTable checkpoints;

    IntegrityCheck(EventTable events, CheckpointTable checkpoints) {
        this.events = events;
        this.checkpoints = checkpoints;
    }

    IntegrityReport report() {
        return report(null);
    }

    /** @param kept what an auditor kept, to compare the store with; {@code null} for none */
    IntegrityReport report(KeptComparison kept) {
        return events.inOneSnapshot(() -> {
            ChainCheck chain = ChainCheck.streamByStream();
            events.streamByStream(chain::check);
            List<Checkpoint> stored = checkpoints.all();
            List<Long> positions = new ArrayList<>(CheckpointCheck.positions(stored));
            if (kept != null) {
                positions.addAll(kept.positions());
            }
            RecordedOrderCheck walk = new RecordedOrderCheck(positions, kept);
            events.inRecordedOrder(walk);
            walk.finish();
            CheckpointReport checkpointReport = CheckpointCheck.report(stored, walk, List.of());
            KeptReport against = kept == null ? null : kept.report(walk, stored);
            return IntegrityReport.of(chain.report().with(walk.downgraded()), checkpointReport, against);
        });
    }

    public Result verify() {
        IntegrityReport report = report();
        CheckpointReport checkpointReport = report.checkpoints();
        Checkpoint latest = checkpointReport.latest();
        return new Result(report.status(), report.streams(), report.events(), report.brokenLinks().size(),
                checkpointReport.status(), checkpointReport.checked(), latest == null ? null : latest.number(),
                latest == null ? null : latest.position(), latest == null ? null : latest.createdAt(),
                checkpointReport.eventsAfterLatest(), checkpointReport.problems().size());
    }
}
