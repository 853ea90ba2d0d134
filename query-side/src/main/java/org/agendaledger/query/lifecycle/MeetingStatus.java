package org.agendaledger.query.lifecycle;

/** Where a meeting stands in its lifecycle, from planning to the adoption of its report. */
public enum MeetingStatus {
    SCHEDULED,
    AGENDA_DRAFTED,
    AGENDA_ISSUED,
    OPEN,
    AGENDA_ADOPTED,
    CLOSED
}
