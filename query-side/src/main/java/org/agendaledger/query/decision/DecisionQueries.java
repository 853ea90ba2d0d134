package org.agendaledger.query.decision;

import java.time.Instant;

/** The queries the decision trail answers. */
public final class DecisionQueries {

    private DecisionQueries() {
    }

    /**
     * Every decision of a meeting in business order: as recorded now, or, with {@code asOf}, only those taken at or
     * before that instant (business time), rebuilt from the event store.
     */
    public record FindDecisions(String meetingId, Instant asOf) {
    }
}
