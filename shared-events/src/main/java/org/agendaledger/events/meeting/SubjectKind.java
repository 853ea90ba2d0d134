package org.agendaledger.events.meeting;

/** What a silence procedure can be about. */
public enum SubjectKind {
    MEETING_PLAN,
    SUBSTANTIVE_TOPICS,
    AGENDA
}
