package org.agendaledger.command.silence;

import org.agendaledger.events.EventMetaData;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveAgendaVersion;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ConfirmMeetingPlan;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.agendaledger.command.shared.ErrorDetails;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.silence.SilenceCommands.ApproveViaSilenceProcedure;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one silence procedure after circulation: a persistent deadline that concludes it with
 * {@link ApproveViaSilenceProcedure} (even if the application was down at the deadline), and the outcome
 * carried to the meeting whose plan, topics or agenda version was circulated.
 * <p>
 * Nothing is sent only once. When the approval at the deadline or the delivery of the outcome fails for any reason
 * but a refusal by the procedure's rules (the store was unreachable, a conflicting change, a timeout), it is tried
 * again through the deadline manager — persistent like the deadline itself, so it survives a restart — after a
 * growing pause, until it lands. The process ends only when the outcome has been delivered; a subject under silence
 * therefore never stays frozen because a delivery failed once.
 */
@Saga
@ProcessingGroup(SilenceProcedureProcess.PROCESSING_GROUP)
public class SilenceProcedureProcess {

    static final String PROCESSING_GROUP = "silence-procedure-process";
    static final String DEADLINE = "silence-deadline";
    static final String DELIVERY = "outcome-delivery";
    /** The pause after the first failed attempt; it doubles after each further failure, up to {@link #LONGEST_PAUSE}. */
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SilenceProcedureProcess.class);

    /** What the meeting is told: one of the procedure's outcomes. */
    public enum Outcome {
        CONFIRM_PLAN, APPROVE_TOPICS, APPROVE_AGENDA, RELEASE_BROKEN, RELEASE_WITHDRAWN
    }

    /**
     * An outcome still to be delivered to the meeting: which, the subject approved (for an approval), its business
     * time, the attempts so far. Plain values only: it is stored with the retry's deadline.
     */
    public record PendingOutcome(Outcome outcome, SilenceSubject subject, Instant businessTime, int attempts) {

        PendingOutcome afterFailedAttempt() {
            return new PendingOutcome(outcome, subject, businessTime, attempts + 1);
        }
    }

    @JsonProperty
    private String procedureId;
    @JsonProperty
    private String meetingId;
    @JsonProperty
    private Instant deadline;
    @JsonProperty
    private String deadlineId;
    @JsonProperty
    private int approvalAttempts;

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
        approvalAttempts = 0;
        deadlineId = deadlines.schedule(deadline, DEADLINE, procedureId);
    }

    /** Concludes the procedure at its deadline; the approval is dated at the deadline whenever it lands. */
    @DeadlineHandler(deadlineName = DEADLINE)
    void deadlinePassed(String procedureId, OwnTransactionDispatch commands, DeadlineManager deadlines) {
        try {
            commands.sendAndWait(new ApproveViaSilenceProcedure(procedureId), systemActingAt(deadline));
        } catch (RuntimeException e) {
            if (refusedByTheRules(e)) {
                log.error("Silence procedure {}: the approval at the deadline was refused: {}", procedureId,
                        e.getMessage());
                return;
            }
            approvalAttempts++;
            Duration pause = pauseAfter(approvalAttempts);
            log.warn("Silence procedure {}: the approval at the deadline failed (attempt {}), trying again in {}: {}",
                    procedureId, approvalAttempts, pause, e.toString());
            deadlineId = deadlines.schedule(pause, DEADLINE, procedureId);
        }
    }

    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceProcedureApproved event, OwnTransactionDispatch commands, DeadlineManager deadlines) {
        // approved by an explicit ApproveViaSilenceProcedure, or by the deadline with a retry still pending
        deadlines.cancelSchedule(DEADLINE, deadlineId);
        Outcome outcome = switch (event.subject().kind()) {
            case MEETING_PLAN -> Outcome.CONFIRM_PLAN;
            case SUBSTANTIVE_TOPICS -> Outcome.APPROVE_TOPICS;
            case AGENDA -> Outcome.APPROVE_AGENDA;
        };
        deliver(new PendingOutcome(outcome, event.subject(), event.approvedAt(), 0), commands, deadlines);
    }

    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceBroken event, DeadlineManager deadlines, OwnTransactionDispatch commands) {
        deadlines.cancelSchedule(DEADLINE, deadlineId);
        deliver(new PendingOutcome(Outcome.RELEASE_BROKEN, null, event.receivedAt(), 0), commands, deadlines);
    }

    @SagaEventHandler(associationProperty = "procedureId")
    void on(SilenceProcedureWithdrawn event, DeadlineManager deadlines, OwnTransactionDispatch commands) {
        deadlines.cancelSchedule(DEADLINE, deadlineId);
        deliver(new PendingOutcome(Outcome.RELEASE_WITHDRAWN, null, event.withdrawnAt(), 0), commands, deadlines);
    }

    @DeadlineHandler(deadlineName = DELIVERY)
    void deliverAgain(PendingOutcome pending, OwnTransactionDispatch commands, DeadlineManager deadlines) {
        deliver(pending, commands, deadlines);
    }

    /**
     * Sends the outcome; the process ends once it has landed (the meeting records each outcome once, so a repeated
     * delivery changes nothing) or the meeting's rules refused it for good. Any other failure is tried again later.
     */
    private void deliver(PendingOutcome pending, OwnTransactionDispatch commands, DeadlineManager deadlines) {
        Object command = commandFor(pending);
        try {
            commands.sendAndWait(command, systemActingAt(pending.businessTime()));
        } catch (RuntimeException e) {
            if (!refusedByTheRules(e)) {
                PendingOutcome next = pending.afterFailedAttempt();
                Duration pause = pauseAfter(next.attempts());
                log.warn("Silence procedure {}: delivering {} failed (attempt {}), trying again in {}: {}",
                        procedureId, command.getClass().getSimpleName(), next.attempts(), pause, e.toString());
                deadlines.schedule(pause, DELIVERY, next);
                return;
            }
            log.error("Silence procedure {}: the meeting refused {}: {}", procedureId,
                    command.getClass().getSimpleName(), e.getMessage());
        }
        SagaLifecycle.end();
    }

    private Object commandFor(PendingOutcome pending) {
        return switch (pending.outcome()) {
            case CONFIRM_PLAN -> new ConfirmMeetingPlan(meetingId, procedureId, pending.subject(),
                    pending.businessTime());
            case APPROVE_TOPICS -> new ApproveSubstantiveTopics(meetingId, procedureId, pending.subject(),
                    pending.businessTime());
            case APPROVE_AGENDA -> new ApproveAgendaVersion(meetingId, procedureId, pending.subject(),
                    pending.businessTime());
            case RELEASE_BROKEN -> new ReleaseFromSilence(meetingId, procedureId, "SILENCE_BROKEN");
            case RELEASE_WITHDRAWN -> new ReleaseFromSilence(meetingId, procedureId, "WITHDRAWN");
        };
    }

    /** 1 s, 2 s, 4 s … up to five minutes. */
    static Duration pauseAfter(int failedAttempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** A refusal by a rule of the procedure is final: sending the same command again would be refused again. */
    private static boolean refusedByTheRules(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation) {
                return true;
            }
            if (cause instanceof CommandExecutionException execution
                    && execution.getDetails().filter(ErrorDetails.class::isInstance).isPresent()) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static MetaData systemActingAt(Instant businessTime) {
        return MetaData.with(EventMetaData.BUSINESS_TIME, businessTime.toString())
                .and(EventMetaData.ACTOR, EventMetaData.SYSTEM_ACTOR)
                .and(EventMetaData.ROLE, EventMetaData.SYSTEM_ROLE);
    }
}
