package org.agendaledger.query.decision;

/** What was decided. Every kind is one event of the record; nothing else in a meeting's history decides. */
enum DecisionKind {
    /** The Bureau confirmed a version of the meeting plan by silence procedure. */
    MEETING_PLAN_CONFIRMED,
    /** The Bureau approved a version of the substantive topics by silence procedure. */
    TOPICS_APPROVED,
    /** The Bureau approved a version of the draft agenda by silence procedure. */
    AGENDA_VERSION_APPROVED,
    /** A member broke silence: the proposal circulated is not approved. */
    SILENCE_BROKEN,
    /** The initiator withdrew a silence procedure before its deadline: the proposal is not approved. */
    PROCEDURE_WITHDRAWN,
    /** The secretariat issued the annotated provisional agenda. */
    PROVISIONAL_AGENDA_ISSUED,
    /** The meeting adopted its agenda, as issued or as orally amended. */
    AGENDA_ADOPTED,
    /** The meeting adopted its report, its last act. */
    REPORT_ADOPTED
}
