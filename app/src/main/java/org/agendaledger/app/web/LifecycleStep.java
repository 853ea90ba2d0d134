package org.agendaledger.app.web;

import java.util.List;
import org.agendaledger.query.lifecycle.MeetingLifecycle;
import org.agendaledger.query.lifecycle.MeetingLifecycle.Progress;
import org.agendaledger.query.lifecycle.MeetingLifecycle.Step;
import org.agendaledger.query.meeting.MeetingSummary;

/**
 * One step of a meeting's lifecycle as its page lists them, with the mark and style of how far it is. Which steps are
 * done, next, pending, not done or later is the read model's ({@link MeetingLifecycle}); the page only words it.
 */
record LifecycleStep(String label, State state) {

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

    /** The steps as the read model says the meeting has taken them ({@link MeetingLifecycle#progress}). */
    static List<LifecycleStep> of(MeetingSummary meeting) {
        return meeting.lifecycle().progress().entrySet().stream()
                .map(step -> new LifecycleStep(label(step.getKey()), state(step.getValue())))
                .toList();
    }

    private static String label(Step step) {
        return switch (step) {
            case SCHEDULED -> "Meeting scheduled by the secretariat";
            case PLAN_CONFIRMED -> "Meeting plan confirmed by the Bureau (silence procedure)";
            case TOPICS_APPROVED -> "Substantive topics approved by the Bureau (silence procedure)";
            case AGENDA_DRAFTED -> "Draft agenda proposed";
            case AGENDA_ISSUED -> "Annotated provisional agenda issued";
            case OPENED -> "Meeting opened";
            case AGENDA_ADOPTED -> "Agenda adopted by the meeting";
            case CLOSED -> "Report adopted, meeting closed";
        };
    }

    private static State state(Progress progress) {
        return switch (progress) {
            case DONE -> State.DONE;
            case NEXT -> State.NEXT;
            case PENDING -> State.PENDING;
            case NOT_DONE -> State.NOT_DONE;
            case LATER -> State.LATER;
        };
    }
}
