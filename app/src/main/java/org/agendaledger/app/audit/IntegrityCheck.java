package org.agendaledger.app.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The verification behind {@code GET /api/audit/verify}: recomputes every event's hash and checks every link of
 * every stream. The API and the auditor's web page both call it.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class IntegrityCheck {

    /** The outcome as the web page shows it. */
    public record Result(String status, long streams, long events, int brokenLinks) {

        public boolean ok() {
            return brokenLinks == 0;
        }
    }

    private final EventTable events;

    IntegrityCheck(EventTable events) {
        this.events = events;
    }

    ChainReport report() {
        ChainCheck check = ChainCheck.streamByStream();
        events.streamByStream(check::check);
        return check.report();
    }

    public Result verify() {
        ChainReport report = report();
        return new Result(report.status(), report.streams(), report.events(), report.brokenLinks().size());
    }
}
