package org.agendaledger.command.silence;

import java.time.Instant;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.NoticeDelivered;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the silence procedure. */
public final class SilenceCommands {

    private SilenceCommands() {
    }

    /**
     * Circulate the current version of a meeting's plan, topics or agenda to the Bureau under silence procedure,
     * until the deadline (an instant, stated to the members in the given time zone).
     */
    public record StartSilenceProcedure(String procedureId, String meetingId, SubjectKind subjectKind, String text,
                                        Instant deadline, String timeZone) {
    }

    /** After silence was broken, circulate the revised text as a new procedure linked to the broken one. */
    public record RecirculateRevisedText(String procedureId, String brokenProcedureId, String text,
                                         Instant deadline, String timeZone) {
    }

    /** An addressee objects or proposes an amendment (sent by the member, or recorded by the secretariat). */
    public record BreakSilence(@TargetAggregateIdentifier String procedureId, String memberId, BreachKind kind,
                               String text, Channel channel, String reference) {
    }

    /** An addressee makes an editorial comment, which does not break silence. */
    public record CommentOnProposal(@TargetAggregateIdentifier String procedureId, String memberId, String text,
                                    Channel channel, String reference) {
    }

    /** The initiator moves the deadline later, with a reason. */
    public record ExtendSilenceDeadline(@TargetAggregateIdentifier String procedureId, Instant newDeadline,
                                        String reason) {
    }

    /** The initiator withdraws the procedure before its deadline. */
    public record WithdrawSilenceProcedure(@TargetAggregateIdentifier String procedureId, String reason) {
    }

    /**
     * Conclude an unbroken procedure at its deadline: the subject is deemed approved at the deadline instant.
     * Refused before the deadline; a no-op when the procedure is already approved.
     */
    public record ApproveViaSilenceProcedure(@TargetAggregateIdentifier String procedureId) {
    }

    /**
     * Record what became of one notice about the procedure (proof of notice), sent by the notices' sender once the
     * mail server answered. Recorded once per notice: the same notice recorded again changes nothing. Accepted in
     * every state of the procedure, since an outcome's notice is sent after the procedure ended.
     */
    public record RecordNoticeDelivery(@TargetAggregateIdentifier String procedureId, NoticeDelivered notice) {
    }
}
