package org.agendaledger.events.silence;

/** Every fact recorded in the stream of one silence procedure. */
public sealed interface SilenceProcedureEvent permits
        SilenceProcedureStarted, SilenceBroken, FurtherObjectionRecorded, LateObjectionRecorded,
        SilenceCommentRecorded, SilenceDeadlineExtended, SilenceProcedureWithdrawn,
        SilenceProcedureApproved, RevisedTextRecirculated, NoticeDelivered {

    /** The procedure the fact belongs to. */
    String procedureId();
}
