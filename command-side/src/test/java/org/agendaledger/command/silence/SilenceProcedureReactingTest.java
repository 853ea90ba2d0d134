package org.agendaledger.command.silence;

import static org.agendaledger.command.shared.RuleViolationWithCode.invalidFields;
import static org.agendaledger.command.shared.RuleViolationWithCode.notPermitted;
import static org.agendaledger.command.shared.RuleViolationWithCode.violation;
import static org.agendaledger.command.silence.SilenceProcedureTest.BEFORE_DEADLINE;
import static org.agendaledger.command.silence.SilenceProcedureTest.PROCEDURE;
import static org.agendaledger.command.silence.SilenceProcedureTest.brokenBy;
import static org.agendaledger.command.silence.SilenceProcedureTest.started;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.Map;
import org.agendaledger.command.silence.SilenceCommands.BreakSilence;
import org.agendaledger.command.silence.SilenceCommands.CommentOnProposal;
import org.agendaledger.events.EventMetaData;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who may react to a proposal, and how: judged by the procedure on the role and member the command is sent by
 * ({@link EventMetaData#ROLE}, {@link EventMetaData#MEMBER_ID}), as the API and the pages send every command.
 */
class SilenceProcedureReactingTest {

    private FixtureConfiguration<SilenceProcedure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SilenceProcedure.class);
    }

    /** Sent by a Bureau member's user, acting as {@code memberId}, received before the deadline. */
    static Map<String, Object> sentByMember(String memberId) {
        Map<String, Object> metaData = new HashMap<>(SilenceProcedureTest.receivedAt(BEFORE_DEADLINE));
        metaData.put(EventMetaData.ROLE, EventMetaData.BUREAU_MEMBER_ROLE);
        if (memberId != null) {
            metaData.put(EventMetaData.MEMBER_ID, memberId);
        }
        return metaData;
    }

    /** Sent by the secretariat, received before the deadline. */
    static Map<String, Object> sentBySecretariat() {
        Map<String, Object> metaData = new HashMap<>(SilenceProcedureTest.receivedAt(BEFORE_DEADLINE));
        metaData.put(EventMetaData.ROLE, EventMetaData.SECRETARIAT_ROLE);
        return metaData;
    }

    // ------------------------------------------------------------------------------------------------ a member

    @Nested
    class AMember {

        @Test
        void givenOpenProcedure_whenAMemberObjectsNamingNobody_thenSilenceIsBrokenInTheirNameOnline() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, null, BreachKind.OBJECTION, "We object.", null, null),
                            sentByMember("vp-grulac"))
                    .expectEvents(new SilenceBroken(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "We object.",
                            BEFORE_DEADLINE, Channel.ONLINE, null));
        }

        @Test
        void givenOpenProcedure_whenAMemberCommentsNamingThemselves_thenTheCommentIsRecordedOnline() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "chair", "A typo.", Channel.ONLINE, null),
                            sentByMember("chair"))
                    .expectEvents(new SilenceCommentRecorded(PROCEDURE, "chair", "A typo.", BEFORE_DEADLINE,
                            Channel.ONLINE, null));
        }

        @Test
        void givenOpenProcedure_whenAMemberObjectsInAnotherMembersName_thenItIsNotPermitted() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "In GRULAC's name.", null,
                            null), sentByMember("chair"))
                    .expectException(notPermitted("NOT_AS_THEMSELVES"))
                    .expectExceptionMessage(containsString("as themselves"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenAMemberCommentsInAnotherMembersName_thenItIsNotPermitted() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "vp-africa", "A remark.", null, null),
                            sentByMember("chair"))
                    .expectException(notPermitted("NOT_AS_THEMSELVES"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenAUserActingForNoMemberObjects_thenItIsNotPermitted() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", null, null),
                            sentByMember(null))
                    .expectException(notPermitted("NOT_ACTING_FOR_A_MEMBER"))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenAMemberSaysTheirObjectionCameByLetter_thenTheChannelIsRefused() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, null, BreachKind.OBJECTION, "No.", Channel.LETTER, null),
                            sentByMember("chair"))
                    .expectException(invalidFields("INVALID_REACTION",
                            Map.of("channel", "A Bureau member reacts online; leave the channel out.")))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenAMemberGivesTheReferenceOfALetter_thenTheReferenceIsRefused() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, null, "A comment.", null, "letter of 1 May"),
                            sentByMember("chair"))
                    .expectException(invalidFields("INVALID_REACTION", Map.of("reference",
                            "Only the secretariat records the reference of a letter or message; leave it out.")))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenAMemberWhoIsNotAnAddresseeObjects_thenItIsNotPermitted() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, null, BreachKind.OBJECTION, "Not on this Bureau.", null, null),
                            sentByMember("vp-weog"))
                    .expectException(notPermitted("NOT_AN_ADDRESSEE"))
                    .expectExceptionMessage(containsString("Only the addressees of this silence procedure"))
                    .expectNoEvents();
        }

        @Test
        void givenBrokenProcedure_whenAnotherMemberObjectsOnline_thenAFurtherObjectionIsRecorded() {
            fixture.given(started(), brokenBy(SilenceProcedureTest.CHAIR, BEFORE_DEADLINE.minusSeconds(60)))
                    .when(new BreakSilence(PROCEDURE, null, BreachKind.OBJECTION, "We object too.", null, null),
                            sentByMember("vp-africa"))
                    .expectEvents(new FurtherObjectionRecorded(PROCEDURE, "vp-africa", BreachKind.OBJECTION,
                            "We object too.", BEFORE_DEADLINE, Channel.ONLINE, null));
        }
    }

    // ------------------------------------------------------------------------------------------------ secretariat

    @Nested
    class TheSecretariat {

        @Test
        void givenOpenProcedure_whenTheSecretariatRecordsALetter_thenSilenceIsBrokenWithItsChannelAndReference() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "GRULAC objects.",
                            Channel.LETTER, "letter of 28 April 2020"), sentBySecretariat())
                    .expectEvents(new SilenceBroken(PROCEDURE, "vp-grulac", BreachKind.OBJECTION, "GRULAC objects.",
                            BEFORE_DEADLINE, Channel.LETTER, "letter of 28 April 2020"));
        }

        @Test
        void givenOpenProcedure_whenTheSecretariatRecordsAReactionWithoutMemberChannelOrReference_thenEachIsRefused() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, null, BreachKind.OBJECTION, "No.", null, null),
                            sentBySecretariat())
                    .expectException(invalidFields("INVALID_REACTION", Map.of(
                            "memberId", "Name the member whose reaction you are recording.",
                            "channel", "Say how the reaction was received: LETTER, EMAIL or NOTE_VERBALE.",
                            "reference", "Identify the letter or message, e.g. \"letter of 28 April 2020\".")))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenTheSecretariatRecordsAnOnlineComment_thenTheChannelIsRefused() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "chair", "A typo.", Channel.ONLINE, "e-mail"),
                            sentBySecretariat())
                    .expectException(invalidFields("INVALID_REACTION", Map.of(
                            "channel", "Say how the reaction was received: LETTER, EMAIL or NOTE_VERBALE.")))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenTheSecretariatRecordsAnEmailWithABlankReference_thenTheReferenceIsRefused() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, "chair", "A typo.", Channel.EMAIL, "  "),
                            sentBySecretariat())
                    .expectException(invalidFields("INVALID_REACTION", Map.of(
                            "reference", "Identify the letter or message, e.g. \"letter of 28 April 2020\".")))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenTheSecretariatRecordsALetterFromSomeoneNotAddressed_thenTheRuleSaysSo() {
            // not a matter of permission: the secretariat may record letters, this one is from a non-addressee
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "vp-weog", BreachKind.OBJECTION, "No.", Channel.LETTER,
                            "letter of 1 May"), sentBySecretariat())
                    .expectException(violation("NOT_AN_ADDRESSEE"))
                    .expectExceptionMessage(org.hamcrest.Matchers.not(containsString("Only the addressees")))
                    .expectNoEvents();
        }
    }

    // ------------------------------------------------------------------------------------------------ no role

    @Nested
    class SentByNobodySignedIn {

        @Test
        void givenOpenProcedure_whenALetterWithoutReferenceIsSent_thenTheReferenceIsRefused() {
            fixture.given(started())
                    .when(new BreakSilence(PROCEDURE, "chair", BreachKind.OBJECTION, "No.", Channel.NOTE_VERBALE,
                            null), SilenceProcedureTest.receivedAt(BEFORE_DEADLINE))
                    .expectException(invalidFields("INVALID_REACTION", Map.of(
                            "reference", "Identify the letter or message, e.g. \"letter of 28 April 2020\".")))
                    .expectNoEvents();
        }

        @Test
        void givenOpenProcedure_whenAnOnlineReactionWithAReferenceOrWithoutAMemberIsSent_thenBothAreRefused() {
            fixture.given(started())
                    .when(new CommentOnProposal(PROCEDURE, null, "A typo.", Channel.ONLINE, "e-mail"),
                            SilenceProcedureTest.receivedAt(BEFORE_DEADLINE))
                    .expectException(invalidFields("INVALID_REACTION", Map.of(
                            "memberId", "Name the member whose reaction you are recording.",
                            "reference", "An online reaction has no reference; leave it out.")))
                    .expectNoEvents();
        }
    }
}
