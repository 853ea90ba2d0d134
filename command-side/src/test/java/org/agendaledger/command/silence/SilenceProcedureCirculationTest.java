package org.agendaledger.command.silence;

import static org.agendaledger.command.shared.RuleViolationWithCode.invalidFields;
import static org.agendaledger.command.shared.RuleViolationWithCode.unknownReference;
import static org.agendaledger.command.shared.RuleViolationWithCode.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauRoster;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingPins;
import org.agendaledger.command.shared.SilenceOutcomes.ConfirmMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.StatedTimeZone;
import org.agendaledger.command.silence.SilenceCommands.BreakSilence;
import org.agendaledger.command.silence.SilenceCommands.RecirculateRevisedText;
import org.agendaledger.command.silence.SilenceCommands.StartSilenceProcedure;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.events.meeting.Topic;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.RevisedTextRecirculated;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Circulation spans three aggregates. The procedure under test lives in the fixture; the meeting and the Bureau
 * live in an {@link InMemoryLedger} whose streams are seeded through their own command handlers, and whose
 * repositories the circulation loads inside the fixture's unit of work.
 */
class SilenceProcedureCirculationTest {

    static final String PROCEDURE = "sp-1";
    static final String MEETING = "cnd-63";
    static final String BUREAU = "cnd-bureau";
    static final String VIENNA = "Europe/Vienna";
    static final Duration MINIMUM_PERIOD = Duration.ofHours(72);
    static final Instant NOW = Instant.parse("2020-04-27T10:00:00Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(4)).plus(Duration.ofHours(6));

    static final Addressee CHAIR = new Addressee("chair", "Chair (WEOG)");
    static final Addressee VP_GRULAC = new Addressee("vp-grulac", "Vice-President (GRULAC)");
    static final Addressee VP_AFRICA = new Addressee("vp-africa", "Vice-President (African States)");
    static final Addressee RAPPORTEUR = new Addressee("rapporteur", "Rapporteur (Asia-Pacific)");

    static final List<PlenarySlot> SLOTS = List.of(
            new PlenarySlot("p1", LocalDate.of(2020, 6, 22), LocalTime.of(10, 0), LocalTime.of(13, 0)),
            new PlenarySlot("p2", LocalDate.of(2020, 6, 22), LocalTime.of(15, 0), LocalTime.of(18, 0)));

    static ScheduleMeeting scheduleMeeting() {
        return new ScheduleMeeting(MEETING, BUREAU, "Commission on Narcotic Drugs", "sixty-third",
                "Vienna International Centre", LocalDate.of(2020, 6, 22), LocalDate.of(2020, 6, 26), VIENNA, SLOTS,
                List.of("en", "fr", "es"), "E/CN.7/2020/1");
    }

    static ReviseMeetingPlan moveOnline() {
        return new ReviseMeetingPlan(MEETING, "online", LocalDate.of(2020, 6, 22), LocalDate.of(2020, 6, 26), VIENNA,
                SLOTS, List.of("en", "fr", "es"), "E/CN.7/2020/1");
    }

    static Object[] bureauWithOneRetirement() {
        return new Object[]{
                new EstablishBureau(BUREAU, "Extended Bureau of the CND"),
                new AppointBureauMember(BUREAU, CHAIR.memberId(), CHAIR.displayName()),
                new AppointBureauMember(BUREAU, VP_GRULAC.memberId(), VP_GRULAC.displayName()),
                new AppointBureauMember(BUREAU, VP_AFRICA.memberId(), VP_AFRICA.displayName()),
                new RetireBureauMember(BUREAU, VP_GRULAC.memberId()),
                new AppointBureauMember(BUREAU, RAPPORTEUR.memberId(), RAPPORTEUR.displayName())};
    }

    static Map<String, Object> at(Instant businessTime) {
        return Map.of("businessTime", businessTime.toString());
    }

    private InMemoryLedger ledger;
    private FixtureConfiguration<SilenceProcedure> fixture;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryLedger();
        fixture = new AggregateTestFixture<>(SilenceProcedure.class);
        fixture.registerAnnotatedCommandHandler(
                new SilenceProcedureCirculation(new MeetingPins(ledger.meetings), new BureauRoster(ledger.bureaus),
                        fixture.getRepository(), MINIMUM_PERIOD));
    }

    @AfterEach
    void tearDown() {
        ledger.shutDown();
    }

    // ------------------------------------------------------------------------------------------------ start

    @Test
    void givenMeetingPlanAndBureau_whenPlanIsCirculated_thenProcedureStartsWithCurrentMembersAndPinnedPlanVersion() {
        // given
        ledger.given(bureauWithOneRetirement());
        ledger.given(scheduleMeeting(), moveOnline());
        MeetingPlanRevised revised = ledger.last(MEETING, MeetingPlanRevised.class);
        SilenceSubject planV2 = new SilenceSubject(SubjectKind.MEETING_PLAN, 2, revised.planHash());

        // when / then
        fixture.givenNoPriorActivity()
                .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan, version 2",
                        DEADLINE, null), at(NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(planV2)
                .expectEvents(new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, planV2, "Plan, version 2", NOW,
                        DEADLINE, VIENNA, List.of(CHAIR, VP_AFRICA, RAPPORTEUR), null));

        // and the meeting pinned and froze the same version, in the same unit of work
        assertThat(ledger.stream(MEETING)).last()
                .isEqualTo(new SubjectCirculatedUnderSilence(MEETING, PROCEDURE, planV2));
    }

    @Test
    void givenMembersWithContactsAndASecretariatAddress_whenCirculated_thenBothAreFrozenAsTheyStandAtCirculation() {
        org.agendaledger.events.bureau.MemberContact chair = new org.agendaledger.events.bureau.MemberContact(
                List.of("chair@mission.example.org"), List.of(), "fr", "Europe/Paris", false);
        ledger.given(new EstablishBureau(BUREAU, "Extended Bureau of the CND"),
                new AppointBureauMember(BUREAU, CHAIR.memberId(), CHAIR.displayName(), chair),
                new AppointBureauMember(BUREAU, VP_AFRICA.memberId(), VP_AFRICA.displayName()),
                new org.agendaledger.command.bureau.BureauCommands.SetSecretariatAddress(BUREAU,
                        "secretariat@unodc.example.org"));
        ledger.given(scheduleMeeting(), moveOnline());
        MeetingPlanRevised revised = ledger.last(MEETING, MeetingPlanRevised.class);
        SilenceSubject planV2 = new SilenceSubject(SubjectKind.MEETING_PLAN, 2, revised.planHash());

        fixture.givenNoPriorActivity()
                .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan, version 2",
                        DEADLINE, null), at(NOW))
                .expectEvents(new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, planV2, "Plan, version 2", NOW,
                        DEADLINE, VIENNA, List.of(new Addressee(CHAIR.memberId(), CHAIR.displayName(), chair),
                                VP_AFRICA),
                        null, "secretariat@unodc.example.org"));
    }

    @Test
    void givenTwoVersionsOfTheTopics_whenTopicsAreCirculated_thenTheCurrentVersionAndItsHashArePinned() {
        ledger.given(bureauWithOneRetirement());
        ledger.given(scheduleMeeting(),
                new ProposeSubstantiveTopics(MEETING, List.of(new Topic("t1", "World drug problem"))),
                new ProposeSubstantiveTopics(MEETING, List.of(new Topic("t1", "World drug problem"),
                        new Topic("t2", "Scheduling decisions"))));
        SubstantiveTopicsProposed current = ledger.last(MEETING, SubstantiveTopicsProposed.class);
        SilenceSubject topicsV2 = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 2, current.contentHash());
        assertThat(current.topicsVersion()).isEqualTo(2);

        fixture.givenNoPriorActivity()
                .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.SUBSTANTIVE_TOPICS, "Topics",
                        DEADLINE, VIENNA), at(NOW))
                .expectEvents(new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, topicsV2, "Topics", NOW,
                        DEADLINE, VIENNA, List.of(CHAIR, VP_AFRICA, RAPPORTEUR), null));
        assertThat(ledger.stream(MEETING)).last()
                .isEqualTo(new SubjectCirculatedUnderSilence(MEETING, PROCEDURE, topicsV2));
    }

    @Test
    void givenAgendaChangedAfterItWasProposed_whenAgendaIsCirculated_thenTheCurrentAgendaVersionIsPinned() {
        ledger.given(bureauWithOneRetirement());
        ledger.given(scheduleMeeting(),
                new ProposeAgenda(MEETING, List.of(new AgendaItemContent("i1", ItemKind.ORGANIZATIONAL,
                        "Election of officers", List.of(), List.of(), List.of()))),
                new AddAgendaItem(MEETING, "i2", ItemKind.ADOPTION_OF_REPORT, "Adoption of the report", null));
        AgendaItemAdded current = ledger.last(MEETING, AgendaItemAdded.class);
        SilenceSubject agendaV2 = new SilenceSubject(SubjectKind.AGENDA, 2, current.contentHash());

        fixture.givenNoPriorActivity()
                .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.AGENDA, "Draft agenda", DEADLINE,
                        null), at(NOW))
                .expectEvents(new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, agendaV2, "Draft agenda", NOW,
                        DEADLINE, VIENNA, List.of(CHAIR, VP_AFRICA, RAPPORTEUR), null));
    }

    @Test
    void givenNoBusinessTime_whenPlanIsCirculated_thenItStartsAtTheRecordingClockInTheStatedTimeZone() {
        ledger.given(bureauWithOneRetirement());
        ledger.given(scheduleMeeting());
        SilenceSubject planV1 = new SilenceSubject(SubjectKind.MEETING_PLAN, 1,
                ledger.last(MEETING, MeetingScheduled.class).planHash());

        fixture.givenCurrentTime(NOW)
                .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan", DEADLINE,
                        "America/New_York"))
                .expectEvents(new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, planV1, "Plan", NOW, DEADLINE,
                        "America/New_York", List.of(CHAIR, VP_AFRICA, RAPPORTEUR), null));
    }

    @Test
    void givenDeadlineExactlyTheMinimumPeriodAway_whenPlanIsCirculated_thenItStarts() {
        ledger.given(bureauWithOneRetirement());
        ledger.given(scheduleMeeting());
        SilenceSubject planV1 = new SilenceSubject(SubjectKind.MEETING_PLAN, 1,
                ledger.last(MEETING, MeetingScheduled.class).planHash());
        Instant earliestDeadline = NOW.plus(MINIMUM_PERIOD);

        fixture.givenNoPriorActivity()
                .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan",
                        earliestDeadline, null), at(NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, planV1, "Plan", NOW,
                        earliestDeadline, VIENNA, List.of(CHAIR, VP_AFRICA, RAPPORTEUR), null));
    }

    // ------------------------------------------------------------------------------------------------ refusals

    @Nested
    class RefusingToStart {

        private int meetingEventsBefore;

        private void givenMeetingAnd(Object... bureauCommands) {
            ledger.given(bureauCommands);
            ledger.given(scheduleMeeting());
            meetingEventsBefore = ledger.stream(MEETING).size();
        }

        private void thenTheMeetingIsUntouched() {
            assertThat(ledger.stream(MEETING)).hasSize(meetingEventsBefore)
                    .noneMatch(SubjectCirculatedUnderSilence.class::isInstance);
        }

        @Test
        void givenBureauWhoseMembersAllRetired_whenPlanIsCirculated_thenItIsRefusedAndNothingIsStored() {
            givenMeetingAnd(new EstablishBureau(BUREAU, "Extended Bureau"),
                    new AppointBureauMember(BUREAU, "chair", "Chair"),
                    new RetireBureauMember(BUREAU, "chair"));

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan", DEADLINE,
                            null), at(NOW))
                    .expectException(violation("BUREAU_HAS_NO_MEMBERS"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenDeadlineStatedInAnOffset_whenPlanIsCirculated_thenTheTimeZoneIsRefusedAndNothingIsStored() {
            givenMeetingAnd(bureauWithOneRetirement());

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan", DEADLINE,
                            "+02:00"), at(NOW))
                    .expectException(invalidFields(StatedTimeZone.CODE, Map.of("timeZone", StatedTimeZone.SENTENCE)))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenDeadlineOneMinuteShortOfTheMinimumPeriod_whenPlanIsCirculated_thenItIsRefusedAsTooSoon() {
            givenMeetingAnd(bureauWithOneRetirement());

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan",
                            NOW.plus(MINIMUM_PERIOD).minusSeconds(60), null), at(NOW))
                    .expectException(violation("DEADLINE_TOO_SOON"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenDeadlineBeforeTheTimeOfCirculation_whenPlanIsCirculated_thenItIsRefusedAsNotAfterStart() {
            givenMeetingAnd(bureauWithOneRetirement());

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan",
                            NOW.minusSeconds(1), null), at(NOW))
                    .expectException(violation("DEADLINE_NOT_AFTER_START"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenNoTopicsProposed_whenTopicsAreCirculated_thenItIsRefusedAsUnknownAndNothingIsStored() {
            givenMeetingAnd(bureauWithOneRetirement());

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.SUBSTANTIVE_TOPICS, "Topics",
                            DEADLINE, null), at(NOW))
                    .expectException(unknownReference("NO_TOPICS"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenNoAgendaProposed_whenAgendaIsCirculated_thenItIsRefusedAsUnknownAndNothingIsStored() {
            givenMeetingAnd(bureauWithOneRetirement());

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.AGENDA, "Agenda", DEADLINE,
                            null), at(NOW))
                    .expectException(unknownReference("NO_AGENDA"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenPlanAlreadyUnderAnotherSilenceProcedure_whenPlanIsCirculatedAgain_thenItIsRefused() {
            ledger.given(bureauWithOneRetirement());
            ledger.given(scheduleMeeting());
            ledger.pin(MEETING, "sp-0", SubjectKind.MEETING_PLAN);
            meetingEventsBefore = ledger.stream(MEETING).size();

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan", DEADLINE,
                            null), at(NOW))
                    .expectException(violation("ALREADY_UNDER_SILENCE"))
                    .expectNoEvents();
            assertThat(ledger.stream(MEETING)).hasSize(meetingEventsBefore)
                    .last().isInstanceOf(SubjectCirculatedUnderSilence.class)
                    .extracting(e -> ((SubjectCirculatedUnderSilence) e).procedureId()).isEqualTo("sp-0");
        }

        @Test
        void givenPlanAlreadyConfirmedByAnEarlierProcedure_whenPlanIsCirculated_thenItIsRefused() {
            ledger.given(bureauWithOneRetirement());
            ledger.given(scheduleMeeting());
            ledger.pin(MEETING, "sp-0", SubjectKind.MEETING_PLAN);
            SilenceSubject pinned = ledger.last(MEETING, SubjectCirculatedUnderSilence.class).subject();
            ledger.given(new ConfirmMeetingPlan(MEETING, "sp-0", pinned, NOW));
            meetingEventsBefore = ledger.stream(MEETING).size();

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan", DEADLINE,
                            null), at(NOW))
                    .expectException(violation("PLAN_ALREADY_CONFIRMED"))
                    .expectNoEvents();
            assertThat(ledger.stream(MEETING)).hasSize(meetingEventsBefore);
        }

        @Test
        void givenNoSuchMeeting_whenSomethingIsCirculated_thenItIsRefusedAsNotFound() {
            ledger.given(bureauWithOneRetirement());

            fixture.givenNoPriorActivity()
                    .when(new StartSilenceProcedure(PROCEDURE, "no-such-meeting", SubjectKind.MEETING_PLAN, "Plan",
                            DEADLINE, null), at(NOW))
                    .expectException(AggregateNotFoundException.class)
                    .expectNoEvents();
        }
    }

    // ------------------------------------------------------------------------------------------------ recirculation

    @Nested
    class RefusingToRecirculate {

        private SilenceSubject planV1;
        private int meetingEventsBefore;

        /** Meeting plan v1 circulated under sp-1, silence broken, and (as the process does) released again. */
        @BeforeEach
        void givenPlanReleasedAfterSilenceWasBroken() {
            ledger.given(bureauWithOneRetirement());
            ledger.given(scheduleMeeting());
            ledger.pin(MEETING, PROCEDURE, SubjectKind.MEETING_PLAN);
            planV1 = ledger.last(MEETING, SubjectCirculatedUnderSilence.class).subject();
            ledger.given(new ReleaseFromSilence(MEETING, PROCEDURE, "SILENCE_BROKEN"));
        }

        private SilenceProcedureStarted sp1Started() {
            return new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, planV1, "Plan", NOW, DEADLINE, VIENNA,
                    List.of(CHAIR, VP_AFRICA, RAPPORTEUR), null);
        }

        private SilenceBroken sp1Broken() {
            return new SilenceBroken(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", NOW.plusSeconds(3600),
                    Channel.ONLINE, null);
        }

        private RecirculateRevisedText recirculate() {
            return new RecirculateRevisedText("sp-2", PROCEDURE, "Plan, revised", DEADLINE.plus(Duration.ofDays(7)),
                    null);
        }

        private void thenTheMeetingIsUntouched() {
            assertThat(ledger.stream(MEETING)).hasSize(meetingEventsBefore);
        }

        @Test
        void givenProcedureStillOpen_whenRevisedTextIsRecirculated_thenItIsRefusedAsNotBroken() {
            ledger.given(moveOnline());
            meetingEventsBefore = ledger.stream(MEETING).size();

            fixture.given(sp1Started())
                    .when(recirculate(), at(NOW.plus(Duration.ofDays(1))))
                    .expectException(violation("NOT_BROKEN"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenBrokenProcedureAlreadyFollowedUp_whenRevisedTextIsRecirculatedAgain_thenItIsRefused() {
            ledger.given(moveOnline());
            meetingEventsBefore = ledger.stream(MEETING).size();

            fixture.given(sp1Started(), sp1Broken(), new RevisedTextRecirculated(PROCEDURE, "sp-2"))
                    .when(new RecirculateRevisedText("sp-3", PROCEDURE, "Plan, revised again",
                            DEADLINE.plus(Duration.ofDays(7)), null), at(NOW.plus(Duration.ofDays(1))))
                    .expectException(violation("ALREADY_RECIRCULATED"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenBrokenProcedureButUnchangedText_whenRecirculated_thenItIsRefusedAndNeitherProcedureNorMeetingChange() {
            meetingEventsBefore = ledger.stream(MEETING).size();

            fixture.given(sp1Started(), sp1Broken())
                    .when(recirculate(), at(NOW.plus(Duration.ofDays(1))))
                    .expectException(violation("TEXT_NOT_REVISED"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }

        @Test
        void givenBrokenProcedureAndRevisedPlan_whenDeadlineIsTooSoon_thenItIsRefused() {
            ledger.given(moveOnline());
            meetingEventsBefore = ledger.stream(MEETING).size();
            Instant recirculatedAt = NOW.plus(Duration.ofDays(1));

            fixture.given(sp1Started(), sp1Broken())
                    .when(new RecirculateRevisedText("sp-2", PROCEDURE, "Plan, revised",
                            recirculatedAt.plus(Duration.ofHours(24)), null), at(recirculatedAt))
                    .expectException(violation("DEADLINE_TOO_SOON"))
                    .expectNoEvents();
            thenTheMeetingIsUntouched();
        }
    }

    /**
     * A successful re-circulation stores events in two procedures (the broken one and the new one). The aggregate
     * fixture holds exactly one aggregate instance and rejects events of a second identifier, so the happy path is
     * checked here on real event-sourcing repositories sharing one in-memory event store.
     */
    @Nested
    class AcrossRealRepositories {

        private final Instant startedAt = NOW;
        private final Instant brokenAt = NOW.plus(Duration.ofDays(1));
        private final Instant recirculatedAt = NOW.plus(Duration.ofDays(2));
        private final Instant newDeadline = recirculatedAt.plus(Duration.ofDays(5));

        @BeforeEach
        void givenPlanCirculatedAndSilenceBroken() {
            ledger.withCirculation(MINIMUM_PERIOD);
            ledger.given(bureauWithOneRetirement());
            ledger.given(scheduleMeeting());
            ledger.send(new StartSilenceProcedure(PROCEDURE, MEETING, SubjectKind.MEETING_PLAN, "Plan", DEADLINE,
                    null), startedAt);
            ledger.send(new BreakSilence(PROCEDURE, "vp-africa", BreachKind.AMENDMENT, "Hold it online.",
                    Channel.ONLINE, null), brokenAt);
            // what the silence-procedure process does when silence is broken
            ledger.send(new ReleaseFromSilence(MEETING, PROCEDURE, "SILENCE_BROKEN"));
        }

        @Test
        void givenRevisedPlan_whenRevisedTextIsRecirculated_thenANewLinkedProcedurePinsTheRevisedVersion() {
            // given: the plan is revised and the Bureau changed since the first circulation
            ledger.given(moveOnline(), new AppointBureauMember(BUREAU, "vp-eeg", "Vice-President (EEG)"));
            MeetingPlanRevised revised = ledger.last(MEETING, MeetingPlanRevised.class);
            SilenceSubject planV2 = new SilenceSubject(SubjectKind.MEETING_PLAN, 2, revised.planHash());

            // when
            SilenceSubject result = ledger.send(new RecirculateRevisedText("sp-2", PROCEDURE, "Plan, revised",
                    newDeadline, null), recirculatedAt);

            // then
            assertThat(result).isEqualTo(planV2);
            assertThat(ledger.stream("sp-2")).containsExactly(new SilenceProcedureStarted("sp-2", MEETING, BUREAU,
                    planV2, "Plan, revised", recirculatedAt, newDeadline, VIENNA,
                    List.of(CHAIR, VP_AFRICA, RAPPORTEUR, new Addressee("vp-eeg", "Vice-President (EEG)")),
                    PROCEDURE));
            assertThat(ledger.stream(PROCEDURE)).last().isEqualTo(new RevisedTextRecirculated(PROCEDURE, "sp-2"));
            assertThat(ledger.stream(MEETING)).last()
                    .isEqualTo(new SubjectCirculatedUnderSilence(MEETING, "sp-2", planV2));
        }

        @Test
        void givenUnchangedPlan_whenRevisedTextIsRecirculated_thenNothingIsStoredInAnyStream() {
            int meetingEvents = ledger.stream(MEETING).size();
            int brokenEvents = ledger.stream(PROCEDURE).size();

            assertThatThrownBy(() -> ledger.send(new RecirculateRevisedText("sp-2", PROCEDURE, "Same plan",
                    newDeadline, null), recirculatedAt))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).code()).isEqualTo("TEXT_NOT_REVISED");

            assertThat(ledger.stream("sp-2")).isEmpty();
            assertThat(ledger.stream(PROCEDURE)).hasSize(brokenEvents);
            assertThat(ledger.stream(MEETING)).hasSize(meetingEvents);
        }

        @Test
        void givenMemberAppointedAfterCirculation_whenTheyObject_thenTheyAreNotAnAddressee() {
            ledger.given(moveOnline(), new AppointBureauMember(BUREAU, "vp-eeg", "Vice-President (EEG)"));
            ledger.send(new RecirculateRevisedText("sp-2", PROCEDURE, "Plan, revised", newDeadline, null),
                    recirculatedAt);
            ledger.given(new AppointBureauMember(BUREAU, "vp-weog", "Vice-President (WEOG)"),
                    new RetireBureauMember(BUREAU, CHAIR.memberId()));

            assertThatThrownBy(() -> ledger.send(new BreakSilence("sp-2", "vp-weog", BreachKind.OBJECTION, "No.",
                    Channel.ONLINE, null), recirculatedAt.plus(Duration.ofHours(1))))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).code()).isEqualTo("NOT_AN_ADDRESSEE");

            // a member who retired after circulation stays an addressee of it
            ledger.send(new BreakSilence("sp-2", CHAIR.memberId(), BreachKind.OBJECTION, "No.", Channel.ONLINE,
                    null), recirculatedAt.plus(Duration.ofHours(2)));
            assertThat(ledger.stream("sp-2")).last().isInstanceOf(SilenceBroken.class);
        }
    }
}
