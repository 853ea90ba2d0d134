package org.agendaledger.app.processing;

import org.springframework.jdbc.core.JdbcTemplate;

/** A read model that fails as a real one can: its database refuses a row (a check constraint, on H2 and PostgreSQL). */
final class FailingReadModel {

    static final String CONSTRAINT = "it_refused_venue";

    private FailingReadModel() {
    }

    /** meeting-view can no longer store a meeting held at this venue. */
    static void refuseVenue(JdbcTemplate jdbc, String venue) {
        jdbc.execute("ALTER TABLE meeting_view ADD CONSTRAINT " + CONSTRAINT + " CHECK (venue <> '" + venue + "')");
    }

    static void mend(JdbcTemplate jdbc) {
        jdbc.execute("ALTER TABLE meeting_view DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
    }
}
