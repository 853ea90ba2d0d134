package org.agendaledger.query.decision;

/** How a decision came about: the outcome of a silence procedure, or an act of the secretariat or the meeting. */
enum Outcome {
    /** The deadline passed with silence unbroken. */
    APPROVED,
    /** An addressee objected or proposed an amendment before the deadline. */
    SILENCE_BROKEN,
    /** The initiator withdrew the procedure before the deadline. */
    WITHDRAWN,
    ISSUED_BY_THE_SECRETARIAT,
    ADOPTED_BY_THE_MEETING
}
