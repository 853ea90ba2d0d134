package org.agendaledger.command.silence;

import static org.agendaledger.command.shared.RuleViolationWithCode.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.agendaledger.command.shared.RuleViolationWithCode.unknownReference;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.silence.SilenceCommands.ApproveViaSilenceProcedure;
import org.agendaledger.command.silence.SilenceCommands.BreakSilence;
import org.agendaledger.command.silence.SilenceCommands.CommentOnProposal;
import org.agendaledger.command.silence.SilenceCommands.ExtendSilenceDeadline;
import org.agendaledger.command.silence.SilenceCommands.WithdrawSilenceProcedure;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.LateObjectionRecorded;
import org.agendaledger.events.silence.Reaction;
import org.agendaledger.events.silence.RevisedTextRecirculated;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of one silence procedure. "Business time" (when a letter was received) comes from the command's
 * {@code businessTime} metadata; the recording clock is the fixture's current time.
 */
class SilenceProcedureTest {

    static final String PROCEDURE = "sp-plan-1";
    static final String MEETING = "cnd-63";
    static final String BUREAU = "cnd-bureau";
    static final SilenceSubject SUBJECT = new SilenceSubject(SubjectKind.MEETING_PLAN, 2, "sha256:plan-v2");
    static final String ZONE = "Europe/Vienna";
    static final Instant STARTED_AT = Instant.parse("2020-04-27T10:00:00Z");
    /** 18:00 on 1 May 2020, Vienna time. */
    static final Instant DEADLINE = Instant.parse("2020-05-01T16:00:00Z");
    static final Instant LATER_DEADLINE = Instant.parse("2020-05-05T16:00:00Z");

    static final Addressee CHAIR = new Addressee("chair", "Chair (WEOG)");
    static final Addressee VP_GRULAC = new Addressee("vp-grulac", "Vice-President (GRULAC)");
    static final Addressee VP_AFRICA = new Addressee("vp-africa", "Vice-President (African States)");
    static final List<Addressee> ADDRESSEES = List.of(CHAIR, VP_GRULAC, VP_AFRICA);

    static final Instant BEFORE_DEADLINE = Instant.parse("2020-04-30T09:15:00Z");
    static final Instant AFTER_DEADLINE = Instant.parse("2020-05-02T08:00:00Z");

    private FixtureConfiguration<SilenceProcedure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SilenceProcedure.class);
    }

    static SilenceProcedureStarted started() {
        return new SilenceProcedureStarted(PROCEDURE, MEETING, BUREAU, SUBJECT, "Proposed plan, version 2",
                STARTED_AT, DEADLINE, ZONE, ADDRESSEES, null);
    }

    static Map<String, Object> receivedAt(Instant businessTime) {
        return Map.of("businessTime", businessTime.toString());
    }

    static SilenceBroken brokenBy(Addressee member, Instant at) {
        return new SilenceBroken(PROCEDURE, member.memberId(), BreachKind.OBJECTION, "We object to the dates.", at,
                Channel.ONLINE, null);
    }

    static SilenceProcedureWithdrawn withdrawn() {
        return new SilenceProcedureWithdrawn(PROCEDURE, "Dates under review", BEFORE_DEADLINE);
    }

    static SilenceProcedureApproved approved() {
        return new SilenceProcedureApproved(PROCEDURE, MEETING, SUBJECT, DEADLINE, DEADLINE, ADDRESSEES, List.of());
    }

    // ------------------------------------------------------------------------------------------------ break silence

    @Nested
    class BreakingSilence {

        @Test
        void givenOpenProcedure_whenAddresseeObjectsBeforeDeadline_thenSilenceIsBrokenAtTheTimeOfReceipt() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "We object.",
                            Channel.LETTER, "letter of 30 April 2020"), receivedAt(BEFORE_DEADLINE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SilenceBroken(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "We object.",
                            BEFORE_DEADLINE, Channel.LETTER, "letter of 30 April 2020"));
        }

        @Test
        void givenOpenProcedure_whenAddresseeProposesAnAmendmentBeforeDeadline_thenSilenceIsBroken() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.AMENDMENT, "Replace 'Vienna' by 'online'.",
                            Channel.ONLINE, null), receivedAt(BEFORE_DEADLINE))
                    .expectEvents(new SilenceBroken(PROCEDURE, "chair", BreachKind.AMENDMENT,
                            "Replace 'Vienna' by 'online'.", BEFORE_DEADLINE, Channel.ONLINE, null));
        }

        @Test
        void givenNoBusinessTimeInMetadata_whenAddresseeObjects_thenTheRecordingClockIsTheTimeOfReceipt() {
            Instant now = Instant.parse("2020-04-29T12:00:00Z");
            fixture.givenCurrentTime(now)
                    .andGiven(started())
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", Channel.ONLINE, null))
                    .expectEvents(new SilenceBroken(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", now,
                            Channel.ONLINE, null));
        }

        @Test
        void givenOpenProcedure_whenSomeoneWhoIsNotAnAddresseeObjects_thenItIsRefusedAndNothingIsRecorded() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "vp-asia", BreachKind.OBJECTION, "We object.", Channel.EMAIL,
                            "e-mail of 30 April"), receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("NOT_AN_ADDRESSEE"))
                    .expectNoEvents();
        }

        @Test
        void givenSilenceAlreadyBroken_whenAnotherAddresseeObjectsBeforeDeadline_thenFurtherObjectionIsRecorded() {
            fixture.given(started(), brokenBy(VP_GRULAC, BEFORE_DEADLINE.minusSeconds(3600)))
                    .when(new BreakSilence(PROCEDURE, "vp-africa", BreachKind.AMENDMENT, "Add a topic.",
                            Channel.NOTE_VERBALE, "NV/2020/17"), receivedAt(BEFORE_DEADLINE))
                    .expectEvents(new FurtherObjectionRecorded(PROCEDURE, "vp-africa", BreachKind.AMENDMENT,
                            "Add a topic.", BEFORE_DEADLINE, Channel.NOTE_VERBALE, "NV/2020/17"));
        }

        @Test
        void givenOpenProcedure_whenObjectionArrivesExactlyAtTheDeadline_thenItIsALateObjectionThatBreaksNothing() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "Too late?", Channel.EMAIL,
                            "e-mail of 1 May 18:00"), receivedAt(DEADLINE))
                    .expectEvents(new LateObjectionRecorded(PROCEDURE, "chair", BreachKind.OBJECTION, "Too late?",
                            DEADLINE, Channel.EMAIL, "e-mail of 1 May 18:00", DEADLINE));
        }

        @Test
        void givenOpenProcedure_whenObjectionArrivesAfterTheDeadline_thenLateObjectionIsRecordedWithTheDeadline() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "vp-africa", BreachKind.OBJECTION, "We object.",
                            Channel.LETTER, "letter of 2 May"), receivedAt(AFTER_DEADLINE))
                    .expectEvents(new LateObjectionRecorded(PROCEDURE, "vp-africa", BreachKind.OBJECTION,
                            "We object.", AFTER_DEADLINE, Channel.LETTER, "letter of 2 May", DEADLINE));
        }

        @Test
        void givenBrokenProcedure_whenObjectionArrivesAfterTheDeadline_thenItIsRecordedAsLate() {
            fixture.given(started(), brokenBy(VP_GRULAC, BEFORE_DEADLINE))
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "Also no.", Channel.ONLINE,
                            null), receivedAt(AFTER_DEADLINE))
                    .expectEvents(new LateObjectionRecorded(PROCEDURE, "chair", BreachKind.OBJECTION, "Also no.",
                            AFTER_DEADLINE, Channel.ONLINE, null, DEADLINE));
        }

        @Test
        void givenExtendedDeadline_whenObjectionArrivesAfterTheOriginalButBeforeTheNewDeadline_thenSilenceIsBroken() {
            fixture.given(started(), new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", Channel.ONLINE, null),
                            receivedAt(AFTER_DEADLINE))
                    .expectEvents(new SilenceBroken(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", AFTER_DEADLINE,
                            Channel.ONLINE, null));
        }

        @Test
        void givenWithdrawnProcedure_whenAddresseeObjects_thenItIsRefusedAndNothingIsRecorded() {
            fixture.given(started(), withdrawn())
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", Channel.ONLINE, null),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("PROCEDURE_WITHDRAWN"))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedProcedure_whenObjectionArrivesAfterTheDeadline_thenItIsRecordedAsLate() {
            fixture.given(started(), approved())
                    .when(new BreakSilence(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "No.", Channel.LETTER,
                            "letter of 2 May"), receivedAt(AFTER_DEADLINE))
                    .expectEvents(new LateObjectionRecorded(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "No.",
                            AFTER_DEADLINE, Channel.LETTER, "letter of 2 May", DEADLINE));
        }

        @Test
        void givenApprovedProcedure_whenALetterDatedBeforeTheDeadlineIsRecordedAfterwards_thenItIsLateAndChangesNothing() {
            fixture.given(started(), approved())
                    .when(new BreakSilence(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "No.", Channel.LETTER,
                            "letter of 30 April"), receivedAt(BEFORE_DEADLINE))
                    .expectEvents(new LateObjectionRecorded(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "No.",
                            BEFORE_DEADLINE, Channel.LETTER, "letter of 30 April", DEADLINE));
        }
    }

    // ------------------------------------------------------------------------------------------------ comments

    @Nested
    class Commenting {

        @Test
        void givenOpenProcedure_whenAddresseeCommentsBeforeDeadline_thenTheCommentIsRecordedWithoutBreakingSilence() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "vp-africa", "Typo in slot 3.", Channel.EMAIL,
                            "e-mail of 30 April"), receivedAt(BEFORE_DEADLINE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SilenceCommentRecorded(PROCEDURE, "vp-africa", "Typo in slot 3.",
                            BEFORE_DEADLINE, Channel.EMAIL, "e-mail of 30 April"));
        }

        @Test
        void givenOpenProcedure_whenNonAddresseeComments_thenItIsRefusedAndNothingIsRecorded() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "observer", "Nice.", Channel.ONLINE, null),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("NOT_AN_ADDRESSEE"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenCommentArrivesAtTheDeadline_thenItIsRefusedAsDeadlinePassed() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "chair", "Late remark.", Channel.ONLINE, null),
                            receivedAt(DEADLINE))
                    .expectException(violation("DEADLINE_PASSED"))
                    .expectExceptionMessage(containsString("18:00, 1 May 2020 Europe/Vienna"))
                    .expectNoEvents();
        }

        @Test
        void givenBrokenProcedure_whenAddresseeComments_thenItIsRefused() {
            fixture.given(started(), brokenBy(CHAIR, BEFORE_DEADLINE.minusSeconds(60)))
                    .when(new CommentOnProposal(PROCEDURE, "vp-africa", "Remark.", Channel.ONLINE, null),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("SILENCE_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawnProcedure_whenAddresseeComments_thenItIsRefused() {
            fixture.given(started(), withdrawn())
                    .when(new CommentOnProposal(PROCEDURE, "vp-africa", "Remark.", Channel.ONLINE, null),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("PROCEDURE_WITHDRAWN"))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedProcedure_whenAddresseeComments_thenItIsRefused() {
            fixture.given(started(), approved())
                    .when(new CommentOnProposal(PROCEDURE, "vp-africa", "Remark.", Channel.ONLINE, null),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("PROCEDURE_APPROVED"))
                    .expectNoEvents();
        }
    }

    // ------------------------------------------------------------------------------------------------ extension

    @Nested
    class ExtendingTheDeadline {

        @Test
        void givenOpenProcedure_whenDeadlineIsExtendedBeforeItPasses_thenTheExtensionIsRecordedWithBothDeadlines() {
            fixture.given(started())
                    .when(new ExtendSilenceDeadline(PROCEDURE, LATER_DEADLINE, "Public holiday on 1 May"),
                            receivedAt(BEFORE_DEADLINE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE,
                            "Public holiday on 1 May"));
        }

        @Test
        void givenExtendedProcedure_whenExtendedAgain_thenThePreviousDeadlineIsTheExtendedOne() {
            Instant evenLater = LATER_DEADLINE.plus(Duration.ofDays(2));
            fixture.given(started(), new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                    .when(new ExtendSilenceDeadline(PROCEDURE, evenLater, "More time"), receivedAt(AFTER_DEADLINE))
                    .expectEvents(new SilenceDeadlineExtended(PROCEDURE, LATER_DEADLINE, evenLater, "More time"));
        }

        @Test
        void givenOpenProcedure_whenNewDeadlineEqualsTheCurrentOne_thenItIsRefusedAsNotLater() {
            fixture.given(started())
                    .when(new ExtendSilenceDeadline(PROCEDURE, DEADLINE, "Same"), receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("DEADLINE_NOT_LATER"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenNewDeadlineIsEarlier_thenItIsRefusedAsNotLater() {
            fixture.given(started())
                    .when(new ExtendSilenceDeadline(PROCEDURE, DEADLINE.minus(Duration.ofHours(1)), "Shorten"),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("DEADLINE_NOT_LATER"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenExtensionArrivesAtTheDeadline_thenItIsRefusedAsDeadlinePassed() {
            fixture.given(started())
                    .when(new ExtendSilenceDeadline(PROCEDURE, LATER_DEADLINE, "Too late"), receivedAt(DEADLINE))
                    .expectException(violation("DEADLINE_PASSED"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenExtensionArrivesAfterTheDeadline_thenItIsRefusedAsDeadlinePassed() {
            fixture.given(started())
                    .when(new ExtendSilenceDeadline(PROCEDURE, LATER_DEADLINE, "Too late"),
                            receivedAt(AFTER_DEADLINE))
                    .expectException(violation("DEADLINE_PASSED"))
                    .expectNoEvents();
        }

        @Test
        void givenBrokenProcedure_whenDeadlineIsExtended_thenItIsRefused() {
            fixture.given(started(), brokenBy(CHAIR, BEFORE_DEADLINE.minusSeconds(60)))
                    .when(new ExtendSilenceDeadline(PROCEDURE, LATER_DEADLINE, "More time"),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("SILENCE_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawnProcedure_whenDeadlineIsExtended_thenItIsRefused() {
            fixture.given(started(), withdrawn())
                    .when(new ExtendSilenceDeadline(PROCEDURE, LATER_DEADLINE, "More time"),
                            receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("PROCEDURE_WITHDRAWN"))
                    .expectNoEvents();
        }
    }

    // ------------------------------------------------------------------------------------------------ withdrawal

    @Nested
    class Withdrawing {

        @Test
        void givenOpenProcedure_whenWithdrawnBeforeTheDeadline_thenWithdrawalIsRecordedAtBusinessTime() {
            fixture.given(started())
                    .when(new WithdrawSilenceProcedure(PROCEDURE, "Dates under review"), receivedAt(BEFORE_DEADLINE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SilenceProcedureWithdrawn(PROCEDURE, "Dates under review", BEFORE_DEADLINE));
        }

        @Test
        void givenOpenProcedure_whenWithdrawnAtTheDeadline_thenItIsRefusedAsDeadlinePassed() {
            fixture.given(started())
                    .when(new WithdrawSilenceProcedure(PROCEDURE, "Too late"), receivedAt(DEADLINE))
                    .expectException(violation("DEADLINE_PASSED"))
                    .expectNoEvents();
        }

        @Test
        void givenBrokenProcedure_whenWithdrawn_thenItIsRefused() {
            fixture.given(started(), brokenBy(VP_AFRICA, BEFORE_DEADLINE.minusSeconds(60)))
                    .when(new WithdrawSilenceProcedure(PROCEDURE, "Broken anyway"), receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("SILENCE_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawnProcedure_whenWithdrawnAgain_thenItIsRefused() {
            fixture.given(started(), withdrawn())
                    .when(new WithdrawSilenceProcedure(PROCEDURE, "Again"), receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("PROCEDURE_WITHDRAWN"))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedProcedure_whenWithdrawn_thenItIsRefused() {
            fixture.given(started(), approved())
                    .when(new WithdrawSilenceProcedure(PROCEDURE, "Changed our mind"), receivedAt(BEFORE_DEADLINE))
                    .expectException(violation("PROCEDURE_APPROVED"))
                    .expectNoEvents();
        }
    }

    // ------------------------------------------------------------------------------------------------ approval

    @Nested
    class Approving {

        @Test
        void givenUnbrokenSilence_whenApprovedBeforeTheDeadline_thenItIsRefusedAsDeadlineNotReached() {
            fixture.givenCurrentTime(DEADLINE.minusSeconds(1))
                    .andGiven(started())
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectException(violation("DEADLINE_NOT_REACHED"))
                    .expectExceptionMessage(containsString("18:00, 1 May 2020 Europe/Vienna"))
                    .expectNoEvents();
        }

        @Test
        void givenUnbrokenSilence_whenApprovalClaimsABusinessTimeAfterTheDeadlineTooEarly_thenTheRecordingClockDecides() {
            fixture.givenCurrentTime(BEFORE_DEADLINE)
                    .andGiven(started())
                    .when(new ApproveViaSilenceProcedure(PROCEDURE), receivedAt(AFTER_DEADLINE))
                    .expectException(violation("DEADLINE_NOT_REACHED"))
                    .expectNoEvents();
        }

        @Test
        void givenUnbrokenSilence_whenApprovedExactlyAtTheDeadline_thenItIsApprovedAtTheDeadline() {
            fixture.givenCurrentTime(DEADLINE)
                    .andGiven(started())
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SilenceProcedureApproved(PROCEDURE, MEETING, SUBJECT, DEADLINE, DEADLINE,
                            ADDRESSEES, List.of()));
        }

        @Test
        void givenUnbrokenSilence_whenApprovedDaysAfterTheDeadline_thenItIsStillDatedAtTheDeadline() {
            fixture.givenCurrentTime(DEADLINE.plus(Duration.ofDays(3)))
                    .andGiven(started())
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectEvents(new SilenceProcedureApproved(PROCEDURE, MEETING, SUBJECT, DEADLINE, DEADLINE,
                            ADDRESSEES, List.of()));
        }

        @Test
        void givenCommentsDuringSilence_whenApproved_thenTheApprovalCarriesTheFrozenAddresseesAndTheComments() {
            fixture.givenCurrentTime(AFTER_DEADLINE)
                    .andGiven(started(),
                            new SilenceCommentRecorded(PROCEDURE, "vp-africa", "Typo in slot 3.", BEFORE_DEADLINE,
                                    Channel.EMAIL, "e-mail of 30 April"),
                            new SilenceCommentRecorded(PROCEDURE, "chair", "Fine.", BEFORE_DEADLINE.plusSeconds(60),
                                    Channel.ONLINE, null))
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectEvents(new SilenceProcedureApproved(PROCEDURE, MEETING, SUBJECT, DEADLINE, DEADLINE,
                            ADDRESSEES, List.of(
                                    new Reaction("vp-africa", "Typo in slot 3.", BEFORE_DEADLINE, Channel.EMAIL,
                                            "e-mail of 30 April"),
                                    new Reaction("chair", "Fine.", BEFORE_DEADLINE.plusSeconds(60), Channel.ONLINE,
                                            null))));
        }

        @Test
        void givenApprovedProcedure_whenApprovedAgain_thenNothingHappensAndNothingIsRefused() {
            fixture.givenCurrentTime(AFTER_DEADLINE)
                    .andGiven(started(), approved())
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenBrokenSilence_whenApprovedAfterTheDeadline_thenItIsRefusedAsSilenceBroken() {
            fixture.givenCurrentTime(AFTER_DEADLINE)
                    .andGiven(started(), brokenBy(VP_GRULAC, BEFORE_DEADLINE))
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectException(violation("SILENCE_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawnProcedure_whenApprovedAfterTheDeadline_thenItIsRefusedAsWithdrawn() {
            fixture.givenCurrentTime(AFTER_DEADLINE)
                    .andGiven(started(), withdrawn())
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectException(violation("PROCEDURE_WITHDRAWN"))
                    .expectNoEvents();
        }

        @Test
        void givenLateObjectionAfterTheDeadline_whenApproved_thenTheProcedureIsStillApproved() {
            fixture.givenCurrentTime(AFTER_DEADLINE)
                    .andGiven(started(), new LateObjectionRecorded(PROCEDURE, "vp-grulac", BreachKind.OBJECTION,
                            "We object.", AFTER_DEADLINE.minusSeconds(600), Channel.LETTER, "letter of 2 May",
                            DEADLINE))
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(approved());
        }

        @Test
        void givenObjectionRecordedAfterTheDeadline_whenApprovalRuns_thenTheProcedureIsApprovedAtTheDeadline() {
            // given: the deadline has passed and a member's objection is recorded only now (a late objection)
            fixture.givenCurrentTime(AFTER_DEADLINE)
                    .andGiven(started())
                    .andGivenCommands(new BreakSilence(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "We object.",
                            Channel.LETTER, "letter of 2 May"))
                    // when
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    // then
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(approved());
        }

        @Test
        void givenExtendedDeadline_whenApprovedAtTheOriginalDeadline_thenItIsRefusedAsDeadlineNotReached() {
            fixture.givenCurrentTime(DEADLINE)
                    .andGiven(started(), new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectException(violation("DEADLINE_NOT_REACHED"))
                    .expectNoEvents();
        }

        @Test
        void givenExtendedDeadline_whenApprovedAtTheNewDeadline_thenItIsApprovedAtTheNewDeadline() {
            fixture.givenCurrentTime(LATER_DEADLINE)
                    .andGiven(started(), new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                    .when(new ApproveViaSilenceProcedure(PROCEDURE))
                    .expectEvents(new SilenceProcedureApproved(PROCEDURE, MEETING, SUBJECT, LATER_DEADLINE,
                            LATER_DEADLINE, ADDRESSEES, List.of()));
        }
    }

    // ------------------------------------------------------------------------------------------------ follow-up

    @Nested
    class FollowingUpWithARevisedText {

        private final SilenceSubject revised = new SilenceSubject(SubjectKind.MEETING_PLAN, 3, "sha256:plan-v3");

        @Test
        void givenBrokenProcedure_whenRevisedTextIsRecorded_thenRecirculationIsRecorded() {
            fixture.given(started(), brokenBy(CHAIR, BEFORE_DEADLINE))
                    .whenInvoking(PROCEDURE, p -> {
                        SilenceProcedure.Circulation circulation = p.revisable();
                        assertThat(circulation).isEqualTo(new SilenceProcedure.Circulation(MEETING, SUBJECT));
                        p.recordRecirculation("sp-plan-2", revised);
                    })
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new RevisedTextRecirculated(PROCEDURE, "sp-plan-2"));
        }

        @Test
        void givenOpenProcedure_whenAskedWhetherItIsRevisable_thenItIsRefusedAsNotBroken() {
            fixture.given(started())
                    .whenInvoking(PROCEDURE, SilenceProcedure::revisable)
                    .expectException(violation("NOT_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedProcedure_whenAskedWhetherItIsRevisable_thenItIsRefusedAsNotBroken() {
            fixture.given(started(), approved())
                    .whenInvoking(PROCEDURE, SilenceProcedure::revisable)
                    .expectException(violation("NOT_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenWithdrawnProcedure_whenAskedWhetherItIsRevisable_thenItIsRefusedAsNotBroken() {
            fixture.given(started(), withdrawn())
                    .whenInvoking(PROCEDURE, SilenceProcedure::revisable)
                    .expectException(violation("NOT_BROKEN"))
                    .expectNoEvents();
        }

        @Test
        void givenAlreadyRecirculatedProcedure_whenAskedWhetherItIsRevisable_thenItIsRefusedAsAlreadyRecirculated() {
            fixture.given(started(), brokenBy(CHAIR, BEFORE_DEADLINE),
                    new RevisedTextRecirculated(PROCEDURE, "sp-plan-2"))
                    .whenInvoking(PROCEDURE, SilenceProcedure::revisable)
                    .expectException(violation("ALREADY_RECIRCULATED"))
                    .expectExceptionMessage(containsString("sp-plan-2"))
                    .expectNoEvents();
        }

        @Test
        void givenBrokenProcedure_whenTheSameTextIsRecirculated_thenItIsRefusedAsNotRevised() {
            SilenceSubject sameTextNewVersionNumber = new SilenceSubject(SubjectKind.MEETING_PLAN, 3,
                    SUBJECT.contentHash());
            fixture.given(started(), brokenBy(CHAIR, BEFORE_DEADLINE))
                    .whenInvoking(PROCEDURE, p -> p.recordRecirculation("sp-plan-2", sameTextNewVersionNumber))
                    .expectException(violation("TEXT_NOT_REVISED"))
                    .expectNoEvents();
        }
    }

    // ------------------------------------------------------------------------------------------------ circulation rules

    @Nested
    class ValidatingACirculation {

        private final Duration minimum = Duration.ofHours(72);

        @Test
        void givenNoAddressees_whenCirculationIsValidated_thenItIsRefusedAsBureauHasNoMembers() {
            assertThatThrownBy(() -> SilenceProcedure.requireValidCirculation(STARTED_AT, DEADLINE, ZONE, minimum,
                    List.of()))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).code()).isEqualTo("BUREAU_HAS_NO_MEMBERS");
        }

        @Test
        void givenDeadlineAtTheStart_whenCirculationIsValidated_thenItIsRefusedAsNotAfterStart() {
            assertThatThrownBy(() -> SilenceProcedure.requireValidCirculation(STARTED_AT, STARTED_AT, ZONE, minimum,
                    ADDRESSEES))
                    .extracting(e -> ((RuleViolation) e).code()).isEqualTo("DEADLINE_NOT_AFTER_START");
        }

        @Test
        void givenDeadlineBeforeTheStart_whenCirculationIsValidated_thenItIsRefusedAsNotAfterStart() {
            assertThatThrownBy(() -> SilenceProcedure.requireValidCirculation(STARTED_AT,
                    STARTED_AT.minusSeconds(1), ZONE, minimum, ADDRESSEES))
                    .extracting(e -> ((RuleViolation) e).code()).isEqualTo("DEADLINE_NOT_AFTER_START");
        }

        @Test
        void givenDeadlineOneMinuteShortOfTheMinimumPeriod_whenCirculationIsValidated_thenItIsRefusedAsTooSoon() {
            assertThatThrownBy(() -> SilenceProcedure.requireValidCirculation(STARTED_AT,
                    STARTED_AT.plus(minimum).minusSeconds(60), ZONE, minimum, ADDRESSEES))
                    .hasMessageContaining("72 hours")
                    .extracting(e -> ((RuleViolation) e).code()).isEqualTo("DEADLINE_TOO_SOON");
        }

        @ParameterizedTest
        @CsvSource({"PT60S, 1 minute", "PT90M, 1 hour and 30 minutes", "PT72H, 72 hours", "PT2S, 2 seconds"})
        void givenAnyMinimumPeriod_whenTheDeadlineIsTooSoon_thenTheSentenceStatesThePeriodInWords(Duration period,
                                                                                                  String words) {
            assertThatThrownBy(() -> SilenceProcedure.requireValidCirculation(STARTED_AT,
                    STARTED_AT.plus(period).minusSeconds(1), ZONE, period, ADDRESSEES))
                    .hasMessageEndingWith("leaves less than the minimum period of %s for the members to react."
                            .formatted(words));
        }

        @Test
        void givenADeadlineSetToTheSecond_whenRefused_thenTheSentenceStatesItToTheSecond() {
            assertThatThrownBy(() -> SilenceProcedure.requireValidCirculation(STARTED_AT,
                    STARTED_AT.plus(minimum).minusSeconds(1), ZONE, minimum, ADDRESSEES))
                    .hasMessageMatching("The deadline \\(\\d\\d:\\d\\d:59, .*\\) leaves less than .*");
        }

        @Test
        void givenDeadlineExactlyTheMinimumPeriodAway_whenCirculationIsValidated_thenItIsAccepted() {
            assertThatCode(() -> SilenceProcedure.requireValidCirculation(STARTED_AT, STARTED_AT.plus(minimum), ZONE,
                    minimum, ADDRESSEES)).doesNotThrowAnyException();
        }
    }

    // ------------------------------------------------------------------------------------------------ proof of notice

    @Nested
    class ProofOfNotice {

        private NoticeDelivered notice(String noticeId, String memberId) {
            return new NoticeDelivered(PROCEDURE, noticeId, NoticeKind.APPROVED, memberId,
                    List.of(memberId + "@mission.example.org"), List.of(), "Approved by silence",
                    AFTER_DEADLINE, AFTER_DEADLINE.plusSeconds(2), NoticeOutcome.ACCEPTED, "<n1@agenda-ledger>",
                    "250 OK", 1, null);
        }

        @Test
        void givenApprovedProcedure_whenANoticeIsRecorded_thenTheProofIsRecordedAfterTheEnd() {
            fixture.given(started(), approved())
                    .when(new SilenceCommands.RecordNoticeDelivery(PROCEDURE, notice("n1", "chair")))
                    .expectEvents(notice("n1", "chair"));
        }

        @Test
        void givenRecordedNotice_whenTheSameNoticeIsRecordedAgain_thenNothingIsRecorded() {
            fixture.given(started(), notice("n1", "chair"))
                    .when(new SilenceCommands.RecordNoticeDelivery(PROCEDURE, notice("n1", "chair")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenProcedure_whenANoticeNamesSomeoneWhoIsNoAddressee_thenItIsRefused() {
            fixture.given(started())
                    .when(new SilenceCommands.RecordNoticeDelivery(PROCEDURE, notice("n1", "stranger")))
                    .expectException(unknownReference("UNKNOWN_MEMBER"))
                    .expectNoEvents();
        }

        @Test
        void givenProcedure_whenTheSecretariatsCopyIsRecorded_thenItNeedsNoAddressee() {
            fixture.given(started())
                    .when(new SilenceCommands.RecordNoticeDelivery(PROCEDURE, notice("n1", null)))
                    .expectEvents(notice("n1", null));
        }
    }
}
