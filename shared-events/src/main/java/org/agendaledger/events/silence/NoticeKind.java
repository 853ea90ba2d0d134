package org.agendaledger.events.silence;

/** What a notice about a silence procedure tells its recipient. */
public enum NoticeKind {
    /** The proposal is circulated under silence: the text, the deadline, how to break silence. */
    CIRCULATION,
    /** A revised text is circulated after silence was broken, with what changed. */
    RECIRCULATION,
    /** The deadline is near and silence holds. */
    REMINDER,
    /** A member broke silence: the objection or amendment. */
    SILENCE_BROKEN,
    /** The deadline was extended. */
    EXTENDED,
    /** The procedure was withdrawn. */
    WITHDRAWN,
    /** Silence held: the subject is approved, with its version and hash. */
    APPROVED
}
