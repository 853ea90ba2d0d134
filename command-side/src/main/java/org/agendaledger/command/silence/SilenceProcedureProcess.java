package org.agendaledger.command.silence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.agendaledger.command.meeting.MeetingCommands.ApproveAgendaVersion;
import org.agendaledger.command.meeting.MeetingCommands.ApproveSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.ConfirmMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ReleaseFromSilence;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.silence.SilenceCommands.ApproveViaSilenceProcedure;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * The life of one silence procedure after circulation: a persistent deadline that concludes it with
 * {@link ApproveViaSilenceProcedure} (even if the application was down at the deadline), and the outcome
 * carried to the meeting whose plan, topics or agenda version was circulated.
 */
@Saga
@ProcessingGroup(SilenceProcedureProcess.PROCESSING_GROUP)
public class SilenceProcedureProcess {

    static final String PROCESSING_GROUP = "silence-procedure-process";
    static final String DEADLINE = "silence-deadline";
    static final String SYSTEM_ACTOR = "system";

    @JsonProperty
    private String procedureId;
    @JsonProperty
    private String meetingId;
    @JsonProperty
    private Instant deadline;
    @JsonProperty
    private String deadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceProcedureStarted event, DeadlineManager deadlines) {
        procedureId = event.procedureId();
        meetingId = event.meetingId();
        deadline = event.deadline();
        deadlineId = deadlines.schedule(deadline, DEADLINE, procedureId);
    }

    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceDeadlineExtended event, DeadlineManager deadlines) {
        deadlines.cancelSchedule(DEADLINE, deadlineId);
        deadline = event.newDeadline();
        deadlineId = deadlines.schedule(deadline, DEADLINE, procedureId);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void deadlinePassed(String procedureId, CommandGateway commands) {
        commands.sendAndWait(new ApproveViaSilenceProcedure(procedureId), systemActingAt(deadline));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceProcedureApproved event, CommandGateway commands) {
        SilenceSubject subject = event.subject();
        Object outcome = switch (subject.kind()) {
            case MEETING_PLAN -> new ConfirmMeetingPlan(meetingId, procedureId, subject, event.approvedAt());
            case SUBSTANTIVE_TOPICS -> new ApproveSubstantiveTopics(meetingId, procedureId, subject,
                    event.approvedAt());
            case AGENDA -> new ApproveAgendaVersion(meetingId, procedureId, subject, event.approvedAt());
        };
        commands.sendAndWait(outcome, systemActingAt(event.approvedAt()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceBroken event, DeadlineManager deadlines, CommandGateway commands) {
        deadlines.cancelSchedule(DEADLINE, deadlineId);
        commands.sendAndWait(new ReleaseFromSilence(meetingId, procedureId, "SILENCE_BROKEN"),
                systemActingAt(event.receivedAt()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceProcedureWithdrawn event, DeadlineManager deadlines, CommandGateway commands) {
        deadlines.cancelSchedule(DEADLINE, deadlineId);
        commands.sendAndWait(new ReleaseFromSilence(meetingId, procedureId, "WITHDRAWN"),
                systemActingAt(event.withdrawnAt()));
    }

    private static MetaData systemActingAt(Instant businessTime) {
        return MetaData.with(BusinessTime.KEY, businessTime.toString())
                .and("actor", SYSTEM_ACTOR)
                .and("role", "SYSTEM");
    }
}
