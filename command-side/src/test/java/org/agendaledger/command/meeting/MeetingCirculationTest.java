package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;

import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Meeting#circulateUnderSilence}: not a command handler (the circulation of a silence procedure calls it in
 * its own unit of work), so it is invoked on the loaded aggregate with {@code whenInvoking}. It pins the current
 * version and hash of a subject, which the approval commands later check.
 */
class MeetingCirculationTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    @Test
    void givenDraftAgenda_whenCirculatingIt_thenVersionOneAndItsHashArePinned() {
        fixture.given(draftHistory())
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(AGENDA_PROCEDURE, SubjectKind.AGENDA))
                .expectEvents(circulated(AGENDA_PROCEDURE, draftAgendaSubject()));
    }

    @Test
    void givenEditedDraftAgenda_whenCirculatingIt_thenTheCurrentVersionIsPinned() {
        var item5 = item("item-5", ItemKind.SUBSTANTIVE, "Technical assistance");
        String hashV2 = hashOf(ITEM_1, ITEM_2, ITEM_3, ITEM_4, item5);

        fixture.given(then(draftHistory(), new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE,
                "Technical assistance", 4, 2, hashV2)))
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(AGENDA_PROCEDURE, SubjectKind.AGENDA))
                .expectEvents(circulated(AGENDA_PROCEDURE, agendaSubject(2, hashV2)));
    }

    @Test
    void givenScheduledMeeting_whenCirculatingThePlan_thenPlanVersionOneIsPinned() {
        fixture.given(scheduledHistory())
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(PLAN_PROCEDURE, SubjectKind.MEETING_PLAN))
                .expectEvents(circulated(PLAN_PROCEDURE, planSubject()));
    }

    @Test
    void givenProposedTopics_whenCirculatingThem_thenTopicsVersionOneIsPinned() {
        fixture.given(then(scheduledHistory(), topicsProposed()))
                .whenInvoking(MEETING_ID,
                        m -> m.circulateUnderSilence(TOPICS_PROCEDURE, SubjectKind.SUBSTANTIVE_TOPICS))
                .expectEvents(circulated(TOPICS_PROCEDURE, topicsSubject()));
    }

    @Test
    void givenAgendaUnderSilence_whenCirculatingItAgain_thenItIsRefused() {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(OTHER_PROCEDURE, SubjectKind.AGENDA))
                .expectException(violation("ALREADY_UNDER_SILENCE"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaReleasedFromSilence_whenCirculatingItAgain_thenItIsPinnedForTheNewProcedure() {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "SILENCE_BROKEN")))
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(OTHER_PROCEDURE, SubjectKind.AGENDA))
                .expectEvents(circulated(OTHER_PROCEDURE, draftAgendaSubject()));
    }

    @Test
    void givenNoAgenda_whenCirculatingTheAgenda_thenItIsRefused() {
        fixture.given(scheduledHistory())
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(AGENDA_PROCEDURE, SubjectKind.AGENDA))
                .expectException(unknownReference("NO_AGENDA"))
                .expectNoEvents();
    }

    @Test
    void givenIssuedAgenda_whenCirculatingTheAgenda_thenItIsRefused() {
        fixture.given(issuedHistory())
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(AGENDA_PROCEDURE, SubjectKind.AGENDA))
                .expectException(violation("AGENDA_ISSUED"))
                .expectNoEvents();
    }

    @Test
    void givenNoTopics_whenCirculatingTheTopics_thenItIsRefused() {
        fixture.given(scheduledHistory())
                .whenInvoking(MEETING_ID,
                        m -> m.circulateUnderSilence(TOPICS_PROCEDURE, SubjectKind.SUBSTANTIVE_TOPICS))
                .expectException(unknownReference("NO_TOPICS"))
                .expectNoEvents();
    }

    @Test
    void givenApprovedTopics_whenCirculatingThem_thenItIsRefused() {
        fixture.given(readyToIssueHistory())
                .whenInvoking(MEETING_ID,
                        m -> m.circulateUnderSilence(OTHER_PROCEDURE, SubjectKind.SUBSTANTIVE_TOPICS))
                .expectException(violation("TOPICS_ALREADY_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void givenConfirmedPlan_whenCirculatingIt_thenItIsRefused() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT)))
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(OTHER_PROCEDURE, SubjectKind.MEETING_PLAN))
                .expectException(violation("PLAN_ALREADY_CONFIRMED"))
                .expectNoEvents();
    }

    @Test
    void givenClosedMeeting_whenCirculatingThePlan_thenItIsRefused() {
        fixture.given(closedHistory())
                .whenInvoking(MEETING_ID, m -> m.circulateUnderSilence(PLAN_PROCEDURE, SubjectKind.MEETING_PLAN))
                .expectException(violation("MEETING_CLOSED"))
                .expectNoEvents();
    }
}
