package org.agendaledger.command.shared;

import java.time.Instant;
import org.agendaledger.events.meeting.SilenceSubject;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The outcomes a silence procedure delivers to its meeting: the contract between the two, which the procedure's
 * process sends and the meeting handles.
 */
public final class SilenceOutcomes {

    private SilenceOutcomes() {
    }

    /** Record the confirmation of the meeting plan by the silence procedure that circulated it. */
    public record ConfirmMeetingPlan(@TargetAggregateIdentifier String meetingId, String procedureId,
                                     SilenceSubject subject, Instant confirmedAt) {
    }

    /** Record the approval of the substantive topics by the silence procedure that circulated them. */
    public record ApproveSubstantiveTopics(@TargetAggregateIdentifier String meetingId, String procedureId,
                                           SilenceSubject subject, Instant approvedAt) {
    }

    /** Record the approval of an agenda version by the silence procedure that circulated it. */
    public record ApproveAgendaVersion(@TargetAggregateIdentifier String meetingId, String procedureId,
                                       SilenceSubject subject, Instant approvedAt) {
    }

    /** Unfreeze a subject whose silence procedure ended without approval. */
    public record ReleaseFromSilence(@TargetAggregateIdentifier String meetingId, String procedureId,
                                     String outcome) {
    }
}
