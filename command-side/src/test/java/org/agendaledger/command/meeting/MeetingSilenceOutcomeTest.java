package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;

import java.time.Instant;
import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveAgendaVersion;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ApproveAgendaVersion and ReleaseFromSilence: the outcomes of a silence procedure on the meeting. */
class MeetingSilenceOutcomeTest {

    private static final AgendaItemContent ITEM_5 = item("item-5", ItemKind.SUBSTANTIVE, "Technical assistance");
    private static final String HASH_V2 = hashOf(ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5);
    private static final AgendaItemAdded ITEM_5_ADDED = new AgendaItemAdded(MEETING_ID, "item-5",
            ItemKind.SUBSTANTIVE, "Technical assistance", 4, 2, HASH_V2);

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static List<Object> agendaUnderSilence() {
        return then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()));
    }

    private static AgendaVersionApproved draftApproved() {
        return new AgendaVersionApproved(MEETING_ID, AGENDA_PROCEDURE, 1, hashOf(DRAFT), APPROVED_AT);
    }

    // ---------------------------------------------------------------- ApproveAgendaVersion

    @Test
    void givenAgendaUnderSilence_whenItsProcedureApprovesIt_thenThePinnedVersionIsApproved() {
        fixture.given(agendaUnderSilence())
                .when(new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(), APPROVED_AT))
                .expectEvents(draftApproved());
    }

    @Test
    void givenEditedAgendaUnderSilence_whenApproved_thenTheApprovalCarriesTheCirculatedVersion() {
        SilenceSubject v2 = agendaSubject(2, HASH_V2);

        fixture.given(then(draftHistory(), ITEM_5_ADDED, circulated(AGENDA_PROCEDURE, v2)))
                .when(new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, v2, APPROVED_AT))
                .expectEvents(new AgendaVersionApproved(MEETING_ID, AGENDA_PROCEDURE, 2, HASH_V2, APPROVED_AT));
    }

    @Test
    void givenAgendaNotUnderSilence_whenApproving_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaUnderAnotherProcedure_whenApproving_thenItIsRefused() {
        fixture.given(agendaUnderSilence())
                .when(new ApproveAgendaVersion(MEETING_ID, OTHER_PROCEDURE, draftAgendaSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaUnderSilence_whenTheApprovalPinsAnOlderVersion_thenItIsRefused() {
        // version 2 is circulated; an approval of version 1's text must not land on it
        fixture.given(then(draftHistory(), ITEM_5_ADDED, circulated(AGENDA_PROCEDURE, agendaSubject(2, HASH_V2))))
                .when(new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(), APPROVED_AT))
                .expectException(violation("SUBJECT_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaUnderSilence_whenTheApprovalPinsTheRightVersionButAnotherText_thenItIsRefused() {
        fixture.given(agendaUnderSilence())
                .when(new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, agendaSubject(1, HASH_V2),
                        APPROVED_AT))
                .expectException(violation("SUBJECT_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaApprovedByAProcedure_whenTheSameProcedureApprovesAgain_thenNothingHappens() {
        fixture.given(then(agendaUnderSilence(), draftApproved()))
                .when(new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(), APPROVED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAgendaApprovedByAProcedure_whenAnotherProcedureApproves_thenItIsRefused() {
        fixture.given(then(agendaUnderSilence(), draftApproved()))
                .when(new ApproveAgendaVersion(MEETING_ID, OTHER_PROCEDURE, draftAgendaSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenApprovedVersionEditedAndRecirculated_whenTheNewProcedureApproves_thenTheNewVersionIsApproved() {
        Instant later = Instant.parse("2020-07-27T16:00:00Z");
        SilenceSubject v2 = agendaSubject(2, HASH_V2);

        fixture.given(then(agendaUnderSilence(), draftApproved(), ITEM_5_ADDED, circulated(OTHER_PROCEDURE, v2)))
                .when(new ApproveAgendaVersion(MEETING_ID, OTHER_PROCEDURE, v2, later))
                .expectEvents(new AgendaVersionApproved(MEETING_ID, OTHER_PROCEDURE, 2, HASH_V2, later));
    }

    // ---------------------------------------------------------------- ReleaseFromSilence

    @Test
    void givenAgendaUnderSilence_whenItsProcedureIsWithdrawn_thenTheAgendaIsReleasedAtItsPinnedVersion() {
        fixture.given(agendaUnderSilence())
                .when(new ReleaseFromSilence(MEETING_ID, AGENDA_PROCEDURE, "WITHDRAWN"))
                .expectEvents(new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "WITHDRAWN"));
    }

    @Test
    void givenEditedAgendaUnderSilence_whenTheSilenceIsBroken_thenTheReleaseNamesTheCurrentVersion() {
        SilenceSubject v2 = agendaSubject(2, HASH_V2);

        fixture.given(then(draftHistory(), ITEM_5_ADDED, circulated(AGENDA_PROCEDURE, v2)))
                .when(new ReleaseFromSilence(MEETING_ID, AGENDA_PROCEDURE, "SILENCE_BROKEN"))
                .expectEvents(new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, v2, "SILENCE_BROKEN"));
    }

    @Test
    void givenPlanUnderSilence_whenTheSilenceIsBroken_thenThePlanIsReleased() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject())))
                .when(new ReleaseFromSilence(MEETING_ID, PLAN_PROCEDURE, "SILENCE_BROKEN"))
                .expectEvents(new SubjectReleasedFromSilence(MEETING_ID, PLAN_PROCEDURE, planSubject(),
                        "SILENCE_BROKEN"));
    }

    @Test
    void givenTopicsUnderSilence_whenTheSilenceIsBroken_thenTheTopicsAreReleased() {
        fixture.given(then(scheduledHistory(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject())))
                .when(new ReleaseFromSilence(MEETING_ID, TOPICS_PROCEDURE, "SILENCE_BROKEN"))
                .expectEvents(new SubjectReleasedFromSilence(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(),
                        "SILENCE_BROKEN"));
    }

    @Test
    void givenPlanAndAgendaUnderDifferentProcedures_whenOneIsReleased_thenOnlyItsSubjectIsReleased() {
        fixture.given(then(draftHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                .when(new ReleaseFromSilence(MEETING_ID, AGENDA_PROCEDURE, "WITHDRAWN"))
                .expectEvents(new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "WITHDRAWN"));
    }

    @Test
    void givenAgendaReleasedButPlanStillUnderSilence_whenRevisingThePlan_thenItIsStillRefused() {
        fixture.given(then(draftHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "WITHDRAWN")))
                .when(new ReviseMeetingPlan(MEETING_ID, "Geneva", START, END, TIME_ZONE, SLOTS, LANGUAGES,
                        AGENDA_SYMBOL))
                .expectException(violation("PLAN_UNDER_SILENCE"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaReleasedButPlanStillUnderSilence_whenEditingTheAgenda_thenItIsAccepted() {
        fixture.given(then(draftHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "WITHDRAWN")))
                .when(new AddAgendaItem(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", null))
                .expectEvents(ITEM_5_ADDED);
    }

    @Test
    void givenNothingUnderThatProcedure_whenReleasing_thenNothingHappens() {
        fixture.given(agendaUnderSilence())
                .when(new ReleaseFromSilence(MEETING_ID, OTHER_PROCEDURE, "WITHDRAWN"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAgendaAlreadyReleased_whenReleasingAgain_thenNothingHappens() {
        fixture.given(then(agendaUnderSilence(), new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE,
                draftAgendaSubject(), "SILENCE_BROKEN")))
                .when(new ReleaseFromSilence(MEETING_ID, AGENDA_PROCEDURE, "SILENCE_BROKEN"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAgendaApprovedByTheProcedure_whenReleasing_thenNothingHappens() {
        fixture.given(then(agendaUnderSilence(), draftApproved()))
                .when(new ReleaseFromSilence(MEETING_ID, AGENDA_PROCEDURE, "WITHDRAWN"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenPlanConfirmedByTheProcedure_whenReleasing_thenNothingHappens() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT)))
                .when(new ReleaseFromSilence(MEETING_ID, PLAN_PROCEDURE, "WITHDRAWN"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTopicsApprovedByTheProcedure_whenReleasing_thenNothingHappens() {
        fixture.given(readyToIssueHistory())
                .when(new ReleaseFromSilence(MEETING_ID, TOPICS_PROCEDURE, "WITHDRAWN"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
