package org.agendaledger.query.lifecycle;

import static org.agendaledger.query.meeting.MeetingEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.query.lifecycle.MeetingLifecycle.Progress;
import org.agendaledger.query.lifecycle.MeetingLifecycle.Step;
import org.junit.jupiter.api.Test;

class MeetingLifecycleTest {

    private static MeetingLifecycle lifecycle(MeetingStatus status, boolean planConfirmed, boolean topicsApproved) {
        return new MeetingLifecycle(status, planConfirmed, topicsApproved);
    }

    @Test
    void eachStepOfTheAgendaAndTheMeetingMovesTheStatusOnAndKeepsTheApprovals() {
        MeetingLifecycle confirmed = lifecycle(MeetingStatus.SCHEDULED, true, true);

        assertThat(confirmed.after(agendaProposed())).isEqualTo(lifecycle(MeetingStatus.AGENDA_DRAFTED, true, true));
        assertThat(confirmed.after(issued())).isEqualTo(lifecycle(MeetingStatus.AGENDA_ISSUED, true, true));
        assertThat(confirmed.after(opened())).isEqualTo(lifecycle(MeetingStatus.OPEN, true, true));
        assertThat(confirmed.after(agendaAdopted())).isEqualTo(lifecycle(MeetingStatus.AGENDA_ADOPTED, true, true));
        assertThat(confirmed.after(closed())).isEqualTo(lifecycle(MeetingStatus.CLOSED, true, true));
    }

    @Test
    void theBureauConfirmsThePlanAndApprovesTheTopicsWhateverTheStatus() {
        MeetingLifecycle drafted = lifecycle(MeetingStatus.AGENDA_DRAFTED, false, false);

        assertThat(drafted.after(planConfirmed())).isEqualTo(lifecycle(MeetingStatus.AGENDA_DRAFTED, true, false));
        assertThat(drafted.after(topicsApproved())).isEqualTo(lifecycle(MeetingStatus.AGENDA_DRAFTED, false, true));
    }

    @Test
    void aRevisedPlanIsToBeConfirmedAgainAndTheTopicsStayApproved() {
        assertThat(lifecycle(MeetingStatus.SCHEDULED, true, true).after(revised("Geneva")))
                .isEqualTo(lifecycle(MeetingStatus.SCHEDULED, false, true));
    }

    @Test
    void theEventsOfTheTopicsTheAgendaItemsTheCirculationAndTheReportMoveNothing() {
        MeetingLifecycle open = lifecycle(MeetingStatus.OPEN, true, true);

        for (MeetingEvent event : List.<MeetingEvent>of(scheduled(), topicsProposed(), itemAdded(), agendaApproved(),
                reportAdopted())) {
            assertThat(open.after(event)).as(event.getClass().getSimpleName()).isSameAs(open);
        }
    }

    @Test
    void aMeetingJustScheduledHasTheConfirmationOfItsPlanNext() {
        assertThat(MeetingLifecycle.SCHEDULED.progress()).containsExactly(
                entry(Step.SCHEDULED, Progress.DONE), entry(Step.PLAN_CONFIRMED, Progress.NEXT),
                entry(Step.TOPICS_APPROVED, Progress.LATER), entry(Step.AGENDA_DRAFTED, Progress.LATER),
                entry(Step.AGENDA_ISSUED, Progress.LATER), entry(Step.OPENED, Progress.LATER),
                entry(Step.AGENDA_ADOPTED, Progress.LATER), entry(Step.CLOSED, Progress.LATER));
    }

    @Test
    void issuingWaitsForTheTopicsSoTheyAreNextOnceTheAgendaIsDrafted() {
        assertThat(lifecycle(MeetingStatus.AGENDA_DRAFTED, true, false).progress())
                .containsEntry(Step.TOPICS_APPROVED, Progress.NEXT)
                .containsEntry(Step.AGENDA_ISSUED, Progress.LATER);
        assertThat(lifecycle(MeetingStatus.AGENDA_DRAFTED, false, true).progress())
                .containsEntry(Step.PLAN_CONFIRMED, Progress.PENDING)
                .containsEntry(Step.AGENDA_ISSUED, Progress.NEXT);
    }

    @Test
    void aMeetingClosedWithoutAStepLeavesItNotDoneAndNothingNext() {
        assertThat(lifecycle(MeetingStatus.CLOSED, false, true).progress())
                .containsEntry(Step.PLAN_CONFIRMED, Progress.NOT_DONE)
                .containsEntry(Step.CLOSED, Progress.DONE)
                .doesNotContainValue(Progress.NEXT);
    }

    private static java.util.Map.Entry<Step, Progress> entry(Step step, Progress progress) {
        return java.util.Map.entry(step, progress);
    }
}
