package org.agendaledger.app.web;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.query.meeting.MeetingStatus;
import org.agendaledger.query.meeting.MeetingSummary;

/**
 * One step of a meeting's lifecycle as its page lists them: done; the next one (the one after the last step done, or
 * the substantive topics when issuing the agenda waits for them); pending, when a later step was done first; not
 * done, when the meeting closed without it; or later.
 */
public record LifecycleStep(String label, State state) {

    public enum State {
        DONE("Done"), NEXT("Next"), PENDING("Pending"), NOT_DONE("Not done"), LATER("Later");

        private final String mark;

        State(String mark) {
            this.mark = mark;
        }
    }

    public boolean done() {
        return state == State.DONE;
    }

    public boolean next() {
        return state == State.NEXT;
    }

    /** The word shown before the step. */
    public String mark() {
        return state.mark;
    }

    /** The CSS class of the step. */
    public String css() {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static final int TOPICS = 2;
    private static final int ISSUED = 4;

    static List<LifecycleStep> of(MeetingSummary meeting) {
        MeetingStatus status = meeting.status();
        boolean[] done = {
                true,
                meeting.planConfirmed(),
                meeting.topicsApproved(),
                reached(status, MeetingStatus.AGENDA_DRAFTED),
                reached(status, MeetingStatus.AGENDA_ISSUED),
                reached(status, MeetingStatus.OPEN),
                reached(status, MeetingStatus.AGENDA_ADOPTED),
                reached(status, MeetingStatus.CLOSED)};
        String[] labels = {
                "Meeting scheduled by the secretariat",
                "Meeting plan confirmed by the Bureau (silence procedure)",
                "Substantive topics approved by the Bureau (silence procedure)",
                "Draft agenda proposed",
                "Annotated provisional agenda issued",
                "Meeting opened",
                "Agenda adopted by the meeting",
                "Report adopted, meeting closed"};
        int lastDone = 0;
        for (int i = 0; i < done.length; i++) {
            if (done[i]) {
                lastDone = i;
            }
        }
        // what the meeting does next follows the last step done; a step skipped before it (the plan may be confirmed
        // later, or never) is pending, except the topics while the agenda is not issued: issuing needs them approved
        int next = lastDone + 1;
        if (next == ISSUED && !done[TOPICS]) {
            next = TOPICS;
        }
        boolean closed = status == MeetingStatus.CLOSED;
        List<LifecycleStep> steps = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            State state;
            if (done[i]) {
                state = State.DONE;
            } else if (closed) {
                state = State.NOT_DONE;
            } else if (i == next) {
                state = State.NEXT;
            } else {
                state = i < lastDone ? State.PENDING : State.LATER;
            }
            steps.add(new LifecycleStep(labels[i], state));
        }
        return steps;
    }

    private static boolean reached(MeetingStatus status, MeetingStatus step) {
        return status != null && status.ordinal() >= step.ordinal();
    }
}
