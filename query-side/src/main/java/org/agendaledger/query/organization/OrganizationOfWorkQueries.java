package org.agendaledger.query.organization;

import java.time.Instant;

/** The queries the organization of work answers. */
public final class OrganizationOfWorkQueries {

    private OrganizationOfWorkQueries() {
    }

    /** The organization of work of a meeting, now or as of an instant of business time. */
    public record FindOrganizationOfWork(String meetingId, Instant asOf) {
    }
}
