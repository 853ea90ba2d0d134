package org.agendaledger.query.silence;

import static org.agendaledger.query.silence.SilenceEvents.DEADLINE;
import static org.agendaledger.query.silence.SilenceEvents.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.Reaction;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.junit.jupiter.api.Test;

class SilenceProcedureEvolutionTest {

    private final SilenceEvents sp = new SilenceEvents("sp-topics");

    @Test
    void aFreshlyCirculatedProcedureIsOpenWithEveryAddresseeSilentAndItsDeadlineInTheStatedZone() {
        SilenceProcedureView view = view(Instant.parse("2020-05-01T15:00:00Z"), sp.started("a", "b"));

        assertThat(view.status()).isEqualTo(ProcedureStatus.OPEN);
        assertThat(view.subject()).isEqualTo(SilenceEvents.TOPICS);
        assertThat(view.deadline().instant()).isEqualTo(DEADLINE);
        assertThat(view.deadline().timeZone()).isEqualTo("Europe/Vienna");
        assertThat(view.deadline().local()).isEqualTo(OffsetDateTime.parse("2020-05-01T18:00:00+02:00"));
        assertThat(view.timeLeft()).isEqualTo(Duration.ofHours(1));
        assertThat(view.outcome()).isNull();
        assertThat(view.addressees()).extracting(SilenceProcedureView.Addressee::state)
                .containsExactly(AddresseeState.SILENT, AddresseeState.SILENT);
    }

    @Test
    void aMemberWhoCommentedAndThenObjectedIsObjectedAndKeepsBothReactions() {
        SilenceProcedureView view = view(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z"),
                sp.broken("a", BreachKind.OBJECTION, "2020-04-27T10:00:00Z"));

        SilenceProcedureView.Addressee a = addressee(view, "a");
        assertThat(a.state()).isEqualTo(AddresseeState.OBJECTED);
        assertThat(a.reactions()).extracting(SilenceProcedureView.Reaction::kind)
                .containsExactly(ReactionKind.COMMENT, ReactionKind.OBJECTION);
        assertThat(a.reactions().get(1).channel()).isEqualTo(Channel.LETTER);
        assertThat(a.reactions().get(1).reference()).isEqualTo("letter of 2020-04-27T10:00:00Z");
        assertThat(addressee(view, "b").state()).isEqualTo(AddresseeState.SILENT);
    }

    @Test
    void theFirstBreachInTimeDecidesTheOutcomeAndFurtherObjectionsAreRecordedForTheirAuthors() {
        SilenceProcedureView view = view(sp.started("a", "b", "c"),
                sp.broken("a", BreachKind.AMENDMENT, "2020-04-27T10:00:00Z"),
                sp.further("b", BreachKind.OBJECTION, "2020-04-28T10:00:00Z"),
                sp.comment("c", "2020-04-26T10:00:00Z"));

        assertThat(view.status()).isEqualTo(ProcedureStatus.BROKEN);
        assertThat(view.outcome()).isEqualTo(new SilenceProcedureView.Outcome(null, "a",
                Instant.parse("2020-04-27T10:00:00Z"), BreachKind.AMENDMENT));
        assertThat(states(view)).containsEntry("a", AddresseeState.PROPOSED_AMENDMENT)
                .containsEntry("b", AddresseeState.OBJECTED)
                .containsEntry("c", AddresseeState.COMMENTED);
        assertThat(view.timeLeft()).as("a broken procedure waits for nobody").isZero();
    }

    @Test
    void anObjectionAfterTheDeadlineIsLateAndTheApprovalStands() {
        SilenceProcedureView view = view(sp.started("a", "b", "c"), sp.comment("b", "2020-04-25T10:00:00Z"),
                sp.approved(List.of()), sp.late("a", "2020-05-02T08:00:00Z"), sp.late("b", "2020-05-02T09:00:00Z"));

        assertThat(view.status()).isEqualTo(ProcedureStatus.APPROVED);
        assertThat(view.outcome()).isEqualTo(new SilenceProcedureView.Outcome(DEADLINE, null, null, null));
        assertThat(states(view)).containsEntry("a", AddresseeState.LATE)
                .containsEntry("b", AddresseeState.LATE)
                .containsEntry("c", AddresseeState.SILENT);
        assertThat(addressee(view, "a").reactions()).singleElement()
                .satisfies(r -> assertThat(r.late()).isTrue())
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ReactionKind.OBJECTION));
    }

    @Test
    void aLateObjectionAfterAnObjectionInTimeLeavesTheMemberObjected() {
        SilenceProcedureView view = view(sp.started("a"), sp.broken("a", BreachKind.OBJECTION,
                "2020-04-27T10:00:00Z"), sp.late("a", "2020-05-03T10:00:00Z"));

        assertThat(addressee(view, "a").state()).isEqualTo(AddresseeState.OBJECTED);
        assertThat(addressee(view, "a").reactions()).extracting(SilenceProcedureView.Reaction::late)
                .containsExactly(false, true);
        assertThat(view.status()).isEqualTo(ProcedureStatus.BROKEN);
    }

    @Test
    void approvalWithCommentsIsDatedAtTheDeadlineAndTheCommentersAreCommented() {
        Reaction comment = new Reaction("b", "Editorial comment of b", Instant.parse("2020-04-25T10:00:00Z"),
                Channel.ONLINE, null);
        SilenceProcedureView view = view(DEADLINE.plusSeconds(60), sp.started("a", "b"),
                sp.comment("b", "2020-04-25T10:00:00Z"), sp.approved(List.of(comment), "a", "b"));

        assertThat(view.status()).isEqualTo(ProcedureStatus.APPROVED);
        assertThat(view.outcome().approvedAt()).isEqualTo(view.deadline().instant());
        assertThat(states(view)).containsEntry("a", AddresseeState.SILENT).containsEntry("b",
                AddresseeState.COMMENTED);
        assertThat(view.timeLeft()).isZero();
    }

    @Test
    void extensionsMoveTheDeadlineAndAreKeptInOrderWithTheirReasons() {
        Instant first = DEADLINE.plus(Duration.ofDays(3));
        Instant second = first.plus(Duration.ofDays(1));
        SilenceProcedureView view = view(DEADLINE.plusSeconds(3600), sp.started("a"),
                sp.extended(DEADLINE, first, "Public holiday"), sp.extended(first, second, "Translations late"));

        assertThat(view.deadline().instant()).isEqualTo(second);
        assertThat(view.deadline().timeZone()).as("the stated zone is kept").isEqualTo("Europe/Vienna");
        assertThat(view.extensions()).containsExactly(
                new SilenceProcedureView.Extension(DEADLINE, first, "Public holiday"),
                new SilenceProcedureView.Extension(first, second, "Translations late"));
        assertThat(view.status()).isEqualTo(ProcedureStatus.OPEN);
        assertThat(view.timeLeft()).as("the old deadline has passed, the new one not")
                .isEqualTo(Duration.between(DEADLINE.plusSeconds(3600), second));
    }

    @Test
    void aWithdrawnProcedureKeepsItsReasonHasNoOutcomeAndNoTimeLeft() {
        SilenceProcedureView view = view(START.plusSeconds(3600), sp.started("a"),
                sp.withdrawn("The venue changes", "2020-04-25T10:00:00Z"));

        assertThat(view.status()).isEqualTo(ProcedureStatus.WITHDRAWN);
        assertThat(view.withdrawal()).isEqualTo(new SilenceProcedureView.Withdrawal("The venue changes",
                Instant.parse("2020-04-25T10:00:00Z")));
        assertThat(view.outcome()).isNull();
        assertThat(view.timeLeft()).isZero();
    }

    @Test
    void anOpenProcedurePastItsDeadlineHasNoTimeLeftWhileItsApprovalIsPending() {
        assertThat(view(DEADLINE, sp.started("a")).timeLeft()).isZero();
        assertThat(view(DEADLINE.plusSeconds(5), sp.started("a")).timeLeft()).isZero();
        assertThat(view(DEADLINE.minusSeconds(5), sp.started("a")).timeLeft()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aRecirculationIsLinkedBothWays() {
        SilenceEvents revised = new SilenceEvents("sp-topics-rev");
        List<SilenceProcedureState> states = SilenceProcedureEvolution.replay(List.of(
                sp.started("a"), sp.broken("a", BreachKind.OBJECTION, "2020-04-27T10:00:00Z"),
                revised.started(Instant.parse("2020-04-28T08:00:00Z"), "sp-topics", "a"),
                sp.recirculatedAs("sp-topics-rev")));

        Map<String, SilenceProcedureView> views = states.stream()
                .map(s -> SilenceProcedureView.of(s, START))
                .collect(Collectors.toMap(SilenceProcedureView::procedureId, Function.identity()));
        assertThat(views.get("sp-topics").recirculatedAs()).isEqualTo("sp-topics-rev");
        assertThat(views.get("sp-topics").recirculationOf()).isNull();
        assertThat(views.get("sp-topics-rev").recirculationOf()).isEqualTo("sp-topics");
        assertThat(views.get("sp-topics-rev").recirculatedAs()).isNull();
    }

    @Test
    void aReplayFoldsOnlyTheProceduresThatStartedAndIgnoresOtherStreams() {
        SilenceEvents other = new SilenceEvents("sp-not-started-yet");
        MeetingScheduled scheduled = new MeetingScheduled(SilenceEvents.MEETING, "bureau", "Working Group", "tenth",
                "Vienna", null, null, "Europe/Vienna", List.of(), List.of(), "SYMBOL", 1, "sha256:plan");
        List<SilenceProcedureState> states = SilenceProcedureEvolution.replay(List.of(scheduled, sp.started("a"),
                other.comment("a", "2020-04-25T10:00:00Z")));

        assertThat(states).extracting(s -> s.procedureId).containsExactly("sp-topics");
    }

    @Test
    void aReactionOfSomeoneWhoWasNotAnAddresseeIsAnInconsistencyNotSilence() {
        SilenceProcedureState state = SilenceProcedureEvolution.started(sp.started("a"));

        assertThatThrownBy(() -> SilenceProcedureEvolution.apply(state, sp.comment("z", "2020-04-25T10:00:00Z")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'z'");
    }

    @Test
    void eachAddresseeHasTheirOwnNoticesAndTheAnswerWhetherTheyWereToldOfTheCirculation() {
        SilenceProcedureView view = view(sp.started("a", "b", "c", "d", "e"),
                sp.notice("n1", NoticeKind.CIRCULATION, "a", NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, "b", NoticeOutcome.NO_ADDRESS, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, "c", NoticeOutcome.HELD_IN_OUTBOX, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, "d", NoticeOutcome.REFUSED, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, null, NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"),
                sp.notice("n2", NoticeKind.REMINDER, "a", NoticeOutcome.ACCEPTED, "2020-04-30T08:00:00Z"));

        SilenceProcedureView.Addressee a = addressee(view, "a");
        assertThat(a.notices()).extracting(SilenceProcedureView.Notice::kind)
                .containsExactly(NoticeKind.CIRCULATION, NoticeKind.REMINDER);
        SilenceProcedureView.Notice circulation = a.notices().get(0);
        assertThat(circulation.to()).containsExactly("a@mission.example.org");
        assertThat(circulation.queuedAt()).isEqualTo(Instant.parse("2020-04-24T08:00:01Z"));
        assertThat(circulation.acceptedAt()).isEqualTo(Instant.parse("2020-04-24T08:00:06Z"));
        assertThat(circulation.messageId()).isEqualTo("<n1@ledger>");
        assertThat(circulation.serverReply()).isEqualTo("250 OK");
        assertThat(a.notified()).isEqualTo(new SilenceProcedureView.Notified(NoticeAnswer.NOTIFIED,
                Instant.parse("2020-04-24T08:00:06Z"), "notified of the circulation at 2020-04-24T08:00:06Z"));
        assertThat(addressee(view, "b").notified().summary()).isEqualTo("not notified: no address");
        assertThat(addressee(view, "c").notified().summary()).isEqualTo("held in the outbox (no mail server)");
        assertThat(addressee(view, "d").notified().summary()).isEqualTo("refused by the mail server");
        assertThat(addressee(view, "e").notified().answer()).isEqualTo(NoticeAnswer.PENDING);
        assertThat(addressee(view, "e").notified().summary()).isEqualTo("pending");
        assertThat(addressee(view, "e").notices()).isEmpty();
        assertThat(view.secretariatCopies()).singleElement()
                .satisfies(n -> assertThat(n.to()).containsExactly("secretariat@mission.example.org"));
    }

    @Test
    void aReminderAloneDoesNotAnswerWhetherTheMemberWasToldOfTheCirculation() {
        SilenceProcedureView view = view(sp.started("a"),
                sp.notice("n2", NoticeKind.REMINDER, "a", NoticeOutcome.ACCEPTED, "2020-04-30T08:00:00Z"));

        assertThat(addressee(view, "a").notified().answer()).isEqualTo(NoticeAnswer.PENDING);
        assertThat(addressee(view, "a").notices()).hasSize(1);
    }

    @Test
    void aNoticeRecordedAfterTheApprovalIsKeptAndTheApprovalStands() {
        SilenceProcedureView view = view(sp.started("a"), sp.approved(List.of(), "a"),
                sp.notice("n9", NoticeKind.APPROVED, "a", NoticeOutcome.ACCEPTED, "2020-05-01T16:00:10Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, "a", NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"));

        assertThat(view.status()).isEqualTo(ProcedureStatus.APPROVED);
        assertThat(view.outcome()).isEqualTo(new SilenceProcedureView.Outcome(DEADLINE, null, null, null));
        assertThat(addressee(view, "a").notices()).extracting(SilenceProcedureView.Notice::kind)
                .containsExactly(NoticeKind.APPROVED, NoticeKind.CIRCULATION);
        assertThat(addressee(view, "a").notified().answer()).isEqualTo(NoticeAnswer.NOTIFIED);
    }

    @Test
    void aNoticeRecordedAgainForTheSameRecipientReplacesTheEarlierRecord() {
        SilenceProcedureView view = view(sp.started("a", "b"),
                sp.notice("n1", NoticeKind.CIRCULATION, "a", NoticeOutcome.HELD_IN_OUTBOX, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, "b", NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, "a", NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"));

        assertThat(addressee(view, "a").notices()).singleElement()
                .satisfies(n -> assertThat(n.outcome()).isEqualTo(NoticeOutcome.ACCEPTED));
        assertThat(addressee(view, "a").notified().answer()).isEqualTo(NoticeAnswer.NOTIFIED);
        assertThat(addressee(view, "b").notices()).hasSize(1);
    }

    private SilenceProcedureView view(SilenceProcedureEvent... events) {
        return view(START, events);
    }

    private SilenceProcedureView view(Instant now, SilenceProcedureEvent... events) {
        List<SilenceProcedureState> states = SilenceProcedureEvolution.replay(List.of(events));
        assertThat(states).hasSize(1);
        return SilenceProcedureView.of(states.get(0), now);
    }

    private static SilenceProcedureView.Addressee addressee(SilenceProcedureView view, String memberId) {
        return view.addressees().stream().filter(a -> a.memberId().equals(memberId)).findFirst().orElseThrow();
    }

    private static Map<String, AddresseeState> states(SilenceProcedureView view) {
        return view.addressees().stream().collect(Collectors.toMap(SilenceProcedureView.Addressee::memberId,
                SilenceProcedureView.Addressee::state));
    }
}
