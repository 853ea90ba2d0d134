package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.agendaledger.command.shared.SilenceOutcomes.ConfirmMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.agendaledger.events.meeting.SubjectKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ScheduleMeeting, ReviseMeetingPlan and ConfirmMeetingPlan. */
class MeetingPlanTest {

    private static final String NEW_VENUE = "Palais des Nations, Geneva";
    private static final LocalDate NEW_START = LocalDate.of(2020, 10, 5);
    private static final LocalDate NEW_END = LocalDate.of(2020, 10, 6);
    private static final String NEW_ZONE = "Europe/Zurich";
    private static final PlenarySlot NEW_SLOT_1 = new PlenarySlot("slot-1", NEW_START, LocalTime.of(10, 0),
            LocalTime.of(13, 0));
    private static final PlenarySlot NEW_SLOT_2 = new PlenarySlot("slot-2", NEW_END, LocalTime.of(15, 0),
            LocalTime.of(18, 0));
    private static final List<PlenarySlot> NEW_SLOTS = List.of(NEW_SLOT_1, NEW_SLOT_2);
    private static final List<String> NEW_LANGUAGES = List.of("English", "French");
    private static final String NEW_SYMBOL = "CTOC/COP/WG.3/2020/1/Rev.1";

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static ReviseMeetingPlan revisePlan() {
        return new ReviseMeetingPlan(MEETING_ID, NEW_VENUE, NEW_START, NEW_END, NEW_ZONE, NEW_SLOTS, NEW_LANGUAGES,
                NEW_SYMBOL);
    }

    /** The revised plan keeps the body and ordinal of the scheduled one. */
    private static MeetingPlan revisedPlan() {
        return new MeetingPlan(BODY, ORDINAL, NEW_VENUE, NEW_START, NEW_END, NEW_ZONE, NEW_SLOTS, NEW_LANGUAGES,
                NEW_SYMBOL);
    }

    private static MeetingPlanRevised planRevised() {
        return new MeetingPlanRevised(MEETING_ID, NEW_VENUE, NEW_START, NEW_END, NEW_ZONE, NEW_SLOTS, NEW_LANGUAGES,
                NEW_SYMBOL, 2, revisedPlan().contentHash());
    }

    private static SilenceSubject revisedPlanSubject() {
        return new SilenceSubject(SubjectKind.MEETING_PLAN, 2, revisedPlan().contentHash());
    }

    // ---------------------------------------------------------------- ScheduleMeeting

    @Test
    void givenNothing_whenSchedulingAMeeting_thenTheFirstPlanVersionIsRecordedWithItsHash() {
        fixture.givenNoPriorActivity()
                .when(scheduleMeeting())
                .expectSuccessfulHandlerExecution()
                .expectEvents(meetingScheduled());
    }

    @Test
    void theScheduledPlanHash_coversEveryPartOfThePlan() {
        // a hash that ignored the slots, the languages or the symbol could not protect a confirmation
        String hash = plan().contentHash();

        assertThat(hash).matches("sha256:[0-9a-f]{64}");
        assertThat(new MeetingPlan(BODY, ORDINAL, VENUE, START, END, TIME_ZONE, List.of(SLOT_1, SLOT_2), LANGUAGES,
                AGENDA_SYMBOL).contentHash()).isNotEqualTo(hash);
        assertThat(new MeetingPlan(BODY, ORDINAL, VENUE, START, END, TIME_ZONE, SLOTS, List.of("en"),
                AGENDA_SYMBOL).contentHash()).isNotEqualTo(hash);
        assertThat(new MeetingPlan(BODY, ORDINAL, VENUE, START, END, TIME_ZONE, SLOTS, LANGUAGES,
                "other-symbol").contentHash()).isNotEqualTo(hash);
        assertThat(new MeetingPlan(BODY, "twelfth", VENUE, START, END, TIME_ZONE, SLOTS, LANGUAGES,
                AGENDA_SYMBOL).contentHash()).isNotEqualTo(hash);
    }

    static Stream<Named<ScheduleMeeting>> invalidPlans() {
        return Stream.of(
                Named.of("ending before it starts", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL,
                        VENUE, START, START.minusDays(1), TIME_ZONE, List.of(), LANGUAGES, AGENDA_SYMBOL)),
                Named.of("in an unknown time zone", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL,
                        VENUE, START, END, "Europe/Atlantis", SLOTS, LANGUAGES, AGENDA_SYMBOL)),
                Named.of("with a slot id used twice", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL,
                        VENUE, START, END, TIME_ZONE,
                        List.of(SLOT_1, new PlenarySlot("slot-1", END, LocalTime.of(10, 0), LocalTime.of(13, 0))),
                        LANGUAGES, AGENDA_SYMBOL)),
                Named.of("with a slot ending when it starts", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY,
                        ORDINAL, VENUE, START, END, TIME_ZONE,
                        List.of(new PlenarySlot("slot-1", START, LocalTime.of(10, 0), LocalTime.of(10, 0))),
                        LANGUAGES, AGENDA_SYMBOL)),
                Named.of("with a slot ending before it starts", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY,
                        ORDINAL, VENUE, START, END, TIME_ZONE,
                        List.of(new PlenarySlot("slot-1", START, LocalTime.of(13, 0), LocalTime.of(10, 0))),
                        LANGUAGES, AGENDA_SYMBOL)),
                Named.of("with a slot before the first day", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY,
                        ORDINAL, VENUE, START, END, TIME_ZONE,
                        List.of(new PlenarySlot("slot-1", START.minusDays(1), LocalTime.of(10, 0),
                                LocalTime.of(13, 0))),
                        LANGUAGES, AGENDA_SYMBOL)),
                Named.of("with a slot after the last day", new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY,
                        ORDINAL, VENUE, START, END, TIME_ZONE,
                        List.of(new PlenarySlot("slot-1", END.plusDays(1), LocalTime.of(10, 0),
                                LocalTime.of(13, 0))),
                        LANGUAGES, AGENDA_SYMBOL)));
    }

    @ParameterizedTest(name = "a plan {0} is refused")
    @MethodSource("invalidPlans")
    void givenNothing_whenSchedulingAnInvalidPlan_thenItIsRefused(ScheduleMeeting invalid) {
        fixture.givenNoPriorActivity()
                .when(invalid)
                .expectException(violation("INVALID_PLAN"))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenSchedulingAOneDayMeetingWithoutSlots_thenItIsAccepted() {
        // boundaries: start == end is a valid one-day meeting; slots may be planned later
        ScheduleMeeting oneDay = new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL, VENUE, START, START,
                TIME_ZONE, List.of(), LANGUAGES, AGENDA_SYMBOL);
        MeetingPlan expected = new MeetingPlan(BODY, ORDINAL, VENUE, START, START, TIME_ZONE, List.of(), LANGUAGES,
                AGENDA_SYMBOL);

        fixture.givenNoPriorActivity()
                .when(oneDay)
                .expectEvents(new MeetingScheduled(MEETING_ID, BUREAU_ID, BODY,
                        ORDINAL, VENUE, START, START, TIME_ZONE, List.of(), LANGUAGES, AGENDA_SYMBOL, 1,
                        expected.contentHash()));
    }

    // ---------------------------------------------------------------- ReviseMeetingPlan

    @Test
    void givenScheduledMeeting_whenRevisingThePlan_thenVersionTwoIsRecordedKeepingBodyAndOrdinal() {
        fixture.given(scheduledHistory())
                .when(revisePlan())
                .expectEvents(planRevised());
    }

    @Test
    void givenRevisedPlan_whenRevisingAgain_thenTheVersionKeepsCounting() {
        ReviseMeetingPlan backToVienna = new ReviseMeetingPlan(MEETING_ID, VENUE, START, END, TIME_ZONE, SLOTS,
                LANGUAGES, AGENDA_SYMBOL);

        fixture.given(then(scheduledHistory(), planRevised()))
                .when(backToVienna)
                .expectEvents(new MeetingPlanRevised(MEETING_ID, VENUE, START, END, TIME_ZONE, SLOTS, LANGUAGES,
                        AGENDA_SYMBOL, 3, plan().contentHash()));
    }

    @Test
    void givenPlanUnderSilence_whenRevisingThePlan_thenItIsRefused() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject())))
                .when(revisePlan())
                .expectException(violation("PLAN_UNDER_SILENCE"))
                .expectExceptionMessage(containsString(PLAN_PROCEDURE))
                .expectNoEvents();
    }

    @Test
    void givenIssuedAgenda_whenRevisingThePlan_thenItIsRefused() {
        fixture.given(issuedHistory())
                .when(revisePlan())
                .expectException(violation("AGENDA_ISSUED"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaItemInASlot_whenRevisingThePlanWithoutThatSlot_thenItIsRefused() {
        // given: item 2 is placed in slot-3, which the revision drops
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-3", "item-2", null, 0)))
                // when
                .when(revisePlan())
                // then
                .expectException(violation("SLOT_HAS_ASSIGNMENTS"))
                .expectExceptionMessage(containsString("slot-3"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaItemInAKeptSlot_whenRevisingThePlan_thenItIsAccepted() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-2", null, 0)))
                .when(revisePlan())
                .expectEvents(planRevised());
    }

    @Test
    void givenSlotEmptiedAgain_whenRevisingThePlanWithoutThatSlot_thenItIsAccepted() {
        fixture.given(then(draftHistory(),
                new SlotAssigned(MEETING_ID, "slot-3", "item-2", null, 0),
                new SlotUnassigned(MEETING_ID, "slot-3", "item-2", null)))
                .when(revisePlan())
                .expectEvents(planRevised());
    }

    @Test
    void givenScheduledMeeting_whenRevisingToAnInvalidPlan_thenItIsRefused() {
        // slot-3 is on 11 September, outside the revised dates
        ReviseMeetingPlan invalid = new ReviseMeetingPlan(MEETING_ID, NEW_VENUE, NEW_START, NEW_END, NEW_ZONE,
                List.of(NEW_SLOT_1, SLOT_3), NEW_LANGUAGES, NEW_SYMBOL);

        fixture.given(scheduledHistory())
                .when(invalid)
                .expectException(violation("INVALID_PLAN"))
                .expectNoEvents();
    }

    @Test
    void givenConfirmedPlan_whenRevisingThePlan_thenItIsAcceptedAsANewVersion() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT)))
                .when(revisePlan())
                .expectEvents(planRevised());
    }

    // ---------------------------------------------------------------- ConfirmMeetingPlan

    @Test
    void givenPlanUnderSilence_whenItsProcedureConfirmsIt_thenThePinnedVersionIsConfirmed() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject())))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(), APPROVED_AT))
                .expectEvents(new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(),
                        APPROVED_AT));
    }

    @Test
    void givenRevisedPlanUnderSilence_whenConfirmed_thenTheConfirmationCarriesTheRevisedVersion() {
        fixture.given(then(scheduledHistory(), planRevised(), circulated(PLAN_PROCEDURE, revisedPlanSubject())))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, revisedPlanSubject(), APPROVED_AT))
                .expectEvents(new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 2, revisedPlan().contentHash(),
                        APPROVED_AT));
    }

    @Test
    void givenPlanNotUnderSilence_whenConfirming_thenItIsRefused() {
        fixture.given(scheduledHistory())
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenPlanUnderAnotherProcedure_whenConfirming_thenItIsRefused() {
        fixture.given(then(scheduledHistory(), circulated(OTHER_PROCEDURE, planSubject())))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenPlanUnderSilence_whenTheConfirmationPinsAnotherVersion_thenItIsRefused() {
        SilenceSubject otherVersion = new SilenceSubject(SubjectKind.MEETING_PLAN, 2, plan().contentHash());

        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject())))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, otherVersion, APPROVED_AT))
                .expectException(violation("SUBJECT_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void givenPlanUnderSilence_whenTheConfirmationPinsAnotherText_thenItIsRefused() {
        SilenceSubject otherText = new SilenceSubject(SubjectKind.MEETING_PLAN, 1, revisedPlan().contentHash());

        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject())))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, otherText, APPROVED_AT))
                .expectException(violation("SUBJECT_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void givenPlanConfirmedByAProcedure_whenTheSameProcedureConfirmsAgain_thenNothingHappens() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT)))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(),
                        APPROVED_AT.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenPlanConfirmedByAProcedure_whenAnotherProcedureConfirms_thenItIsRefused() {
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT)))
                .when(new ConfirmMeetingPlan(MEETING_ID, OTHER_PROCEDURE, planSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenPlanConfirmed_whenRevisingIt_thenTheFormerConfirmationNoLongerCounts() {
        // the revision needs a new confirmation; the old procedure's outcome is no longer a harmless repeat
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT),
                planRevised()))
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(), APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenPlanConfirmed_whenRevisingIt_thenThePlanIsNoLongerFrozen() {
        // the confirmation ended the silence procedure, so the plan may change (and be confirmed) again
        fixture.given(then(scheduledHistory(), circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingPlanConfirmed(MEETING_ID, PLAN_PROCEDURE, 1, plan().contentHash(), APPROVED_AT),
                planRevised(), circulated(OTHER_PROCEDURE, revisedPlanSubject())))
                .when(new ConfirmMeetingPlan(MEETING_ID, OTHER_PROCEDURE, revisedPlanSubject(),
                        Instant.parse("2020-08-01T12:00:00Z")))
                .expectEvents(new MeetingPlanConfirmed(MEETING_ID, OTHER_PROCEDURE, 2, revisedPlan().contentHash(),
                        Instant.parse("2020-08-01T12:00:00Z")));
    }
}
