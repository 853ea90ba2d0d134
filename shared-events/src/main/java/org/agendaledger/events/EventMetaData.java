package org.agendaledger.events;

/**
 * The metadata every command carries and, through correlation, every event it causes: who acted, in which role, as
 * which Bureau member, and when the fact happened in the business. One vocabulary for the command side, the
 * process, the read models and the audit; the hash chain covers these keys.
 */
public final class EventMetaData {

    /** The user who sent the command, or {@value #SYSTEM_ACTOR} for what the process does by itself. */
    public static final String ACTOR = "actor";
    /** The actor's role: {@code SECRETARIAT}, {@code BUREAU_MEMBER}, {@code AUDITOR}, or {@code SYSTEM}. */
    public static final String ROLE = "role";
    /** The Bureau member a member acted as; absent for the secretariat and the process. */
    public static final String MEMBER_ID = "memberId";
    /** When the fact happened in the business (ISO-8601 instant); the event's own timestamp is when it was stored. */
    public static final String BUSINESS_TIME = "businessTime";
    /** The message that caused this one, as Axon's message-origin correlation records it. */
    public static final String CORRELATION_ID = "correlationId";

    /** The actor of what the silence-procedure process does by itself (a deadline, an outcome it carries). */
    public static final String SYSTEM_ACTOR = "system";
    /** The role of {@value #SYSTEM_ACTOR}. */
    public static final String SYSTEM_ROLE = "SYSTEM";
    /** The role of the secretariat's officers. */
    public static final String SECRETARIAT_ROLE = "SECRETARIAT";
    /** The role of a Bureau member's user, who acts as the member named by {@value #MEMBER_ID}. */
    public static final String BUREAU_MEMBER_ROLE = "BUREAU_MEMBER";

    private EventMetaData() {
    }
}
