package org.agendaledger.query.lifecycle;

import java.util.EnumMap;
import java.util.Map;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaImported;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;

/**
 * Where a meeting stands in its lifecycle: its status, and whether the Bureau has confirmed its plan and approved its
 * substantive topics. The one place that says which event moves a meeting on; every read model that shows a
 * meeting's status (the meeting list, the agenda, any state "as of" an instant) folds its events through
 * {@link #after}.
 */
public record MeetingLifecycle(MeetingStatus status, boolean planConfirmed, boolean topicsApproved) {

    /** Where a meeting stands once scheduled. */
    public static final MeetingLifecycle SCHEDULED = new MeetingLifecycle(MeetingStatus.SCHEDULED, false, false);

    /** The steps of a meeting's life, in the order it takes them. */
    public enum Step {
        SCHEDULED, PLAN_CONFIRMED, TOPICS_APPROVED, AGENDA_DRAFTED, AGENDA_ISSUED, OPENED, AGENDA_ADOPTED, CLOSED
    }

    /**
     * How far a step is: done; the next one; pending, when a later step was done first; not done, when the meeting
     * closed without it; or later.
     */
    public enum Progress {
        DONE, NEXT, PENDING, NOT_DONE, LATER
    }

    /** Where the meeting stands after one more event of its stream; the same when the event does not move it. */
    public MeetingLifecycle after(MeetingEvent event) {
        if (event instanceof MeetingPlanRevised) {
            return new MeetingLifecycle(status, false, topicsApproved); // a revised plan is confirmed again
        } else if (event instanceof MeetingPlanConfirmed) {
            return new MeetingLifecycle(status, true, topicsApproved);
        } else if (event instanceof SubstantiveTopicsApproved) {
            return new MeetingLifecycle(status, planConfirmed, true);
        } else if (event instanceof AgendaProposed || event instanceof AgendaImported) {
            return withStatus(MeetingStatus.AGENDA_DRAFTED);
        } else if (event instanceof ProvisionalAgendaIssued) {
            return withStatus(MeetingStatus.AGENDA_ISSUED);
        } else if (event instanceof MeetingOpened) {
            return withStatus(MeetingStatus.OPEN);
        } else if (event instanceof AgendaAdopted) {
            return withStatus(MeetingStatus.AGENDA_ADOPTED);
        } else if (event instanceof MeetingClosed) {
            return withStatus(MeetingStatus.CLOSED);
        }
        return this;
    }

    /** Whether the meeting has taken a step. */
    public boolean done(Step step) {
        return switch (step) {
            case SCHEDULED -> true;
            case PLAN_CONFIRMED -> planConfirmed;
            case TOPICS_APPROVED -> topicsApproved;
            case AGENDA_DRAFTED -> reached(MeetingStatus.AGENDA_DRAFTED);
            case AGENDA_ISSUED -> reached(MeetingStatus.AGENDA_ISSUED);
            case OPENED -> reached(MeetingStatus.OPEN);
            case AGENDA_ADOPTED -> reached(MeetingStatus.AGENDA_ADOPTED);
            case CLOSED -> reached(MeetingStatus.CLOSED);
        };
    }

    /**
     * Every step with how far it is, in order. What the meeting does next follows the last step done; a step skipped
     * before it (the plan may be confirmed later, or never) is pending, except the topics while the agenda is not
     * issued: issuing needs them approved.
     */
    public Map<Step, Progress> progress() {
        Step lastDone = Step.SCHEDULED;
        for (Step step : Step.values()) {
            if (done(step)) {
                lastDone = step;
            }
        }
        Step next = lastDone == Step.CLOSED ? null : Step.values()[lastDone.ordinal() + 1];
        if (next == Step.AGENDA_ISSUED && !topicsApproved) {
            next = Step.TOPICS_APPROVED;
        }
        Map<Step, Progress> progress = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            Progress state;
            if (done(step)) {
                state = Progress.DONE;
            } else if (status == MeetingStatus.CLOSED) {
                state = Progress.NOT_DONE;
            } else if (step == next) {
                state = Progress.NEXT;
            } else {
                state = step.ordinal() < lastDone.ordinal() ? Progress.PENDING : Progress.LATER;
            }
            progress.put(step, state);
        }
        return progress;
    }

    private MeetingLifecycle withStatus(MeetingStatus next) {
        return new MeetingLifecycle(next, planConfirmed, topicsApproved);
    }

    private boolean reached(MeetingStatus step) {
        return status.ordinal() >= step.ordinal();
    }
}
