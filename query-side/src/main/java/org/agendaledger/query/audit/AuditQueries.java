package org.agendaledger.query.audit;

import java.time.Instant;

/** The queries the audit log answers. */
public final class AuditQueries {

    /** The largest page the log gives at once. */
    public static final int MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_PAGE_SIZE = 100;

    private AuditQueries() {
    }

    /**
     * The recorded events, in the store's order, filtered by any of: the meeting (its stream and its procedures'),
     * the event type (simple name), the acting user, and business time from/to (inclusive); one page of them
     * ({@code page} from 0).
     */
    public record FindAuditEvents(String meetingId, String type, String actor, Instant from, Instant to, int page,
                                  int size) {
    }
}
