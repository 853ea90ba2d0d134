package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendaledger.app.web.LifecycleStep.State;
import org.agendaledger.query.lifecycle.MeetingStatus;
import org.agendaledger.query.meeting.MeetingSummary;
import org.junit.jupiter.api.Test;

class LifecycleStepTest {

    private static MeetingSummary meeting(MeetingStatus status, boolean planConfirmed, boolean topicsApproved) {
        return new MeetingSummary("m", "b", "Working Group", "eleventh meeting", "Vienna", LocalDate.of(2031, 9, 10),
                LocalDate.of(2031, 9, 11), "Europe/Vienna", null, status, planConfirmed, topicsApproved);
    }

    private static List<State> states(MeetingSummary meeting) {
        return LifecycleStep.of(meeting).stream().map(LifecycleStep::state).toList();
    }

    @Test
    void givenAScheduledMeeting_thenThePlanIsNextAndTheRestLater() {
        assertThat(states(meeting(MeetingStatus.SCHEDULED, false, false))).containsExactly(State.DONE, State.NEXT,
                State.LATER, State.LATER, State.LATER, State.LATER, State.LATER, State.LATER);
    }

    @Test
    void givenAnAgendaDraftedBeforeTheTopicsWereApproved_thenTheTopicsAreNextAndNotLater() {
        assertThat(states(meeting(MeetingStatus.AGENDA_DRAFTED, true, false))).containsExactly(State.DONE,
                State.DONE, State.NEXT, State.DONE, State.LATER, State.LATER, State.LATER, State.LATER);
    }

    @Test
    void givenAnIssuedAgendaWithoutAConfirmedPlan_thenOpeningIsNextAndTheSkippedStepsPending() {
        assertThat(states(meeting(MeetingStatus.AGENDA_ISSUED, false, false))).containsExactly(State.DONE,
                State.PENDING, State.PENDING, State.DONE, State.DONE, State.NEXT, State.LATER, State.LATER);
    }

    @Test
    void givenTopicsApprovedAndAnAgendaDraftedWithoutAConfirmedPlan_thenIssuingIsNextAndThePlanPending() {
        assertThat(states(meeting(MeetingStatus.AGENDA_DRAFTED, false, true))).containsExactly(State.DONE,
                State.PENDING, State.DONE, State.DONE, State.NEXT, State.LATER, State.LATER, State.LATER);
    }

    @Test
    void givenTopicsApprovedBeforeThePlan_thenTheDraftAgendaIsNextAndThePlanPending() {
        assertThat(states(meeting(MeetingStatus.SCHEDULED, false, true))).containsExactly(State.DONE,
                State.PENDING, State.DONE, State.NEXT, State.LATER, State.LATER, State.LATER, State.LATER);
    }

    @Test
    void givenTheAgendaAdopted_thenTheReportIsNext() {
        assertThat(states(meeting(MeetingStatus.AGENDA_ADOPTED, true, true))).containsExactly(State.DONE,
                State.DONE, State.DONE, State.DONE, State.DONE, State.DONE, State.DONE, State.NEXT);
    }

    @Test
    void givenAMeetingClosedWithoutItsPlanConfirmed_thenThatStepIsNotDoneRatherThanNext() {
        List<LifecycleStep> steps = LifecycleStep.of(meeting(MeetingStatus.CLOSED, false, true));
        assertThat(steps).extracting(LifecycleStep::state).containsExactly(State.DONE, State.NOT_DONE, State.DONE,
                State.DONE, State.DONE, State.DONE, State.DONE, State.DONE);
        assertThat(steps.get(1).mark()).isEqualTo("Not done");
        assertThat(steps.get(1).css()).isEqualTo("not-done");
        assertThat(steps).noneMatch(LifecycleStep::next);
    }
}
