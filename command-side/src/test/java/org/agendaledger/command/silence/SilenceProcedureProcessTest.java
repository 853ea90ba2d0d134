package org.agendaledger.command.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveAgendaVersion;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ConfirmMeetingPlan;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.agendaledger.command.silence.SilenceCommands.ApproveViaSilenceProcedure;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.agendaledger.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SilenceProcedureProcessTest {

    static final String PROCEDURE = "sp-topics-1";
    static final String MEETING = "cnd-63";
    static final String DEADLINE_NAME = "silence-deadline";
    static final String DELIVERY_NAME = "outcome-delivery";
    static final Instant NOW = Instant.parse("2020-04-27T10:00:00Z");
    static final Instant DEADLINE = Instant.parse("2020-05-01T16:00:00Z");
    static final Instant LATER_DEADLINE = Instant.parse("2020-05-05T16:00:00Z");
    static final List<Addressee> ADDRESSEES = List.of(new Addressee("chair", "Chair (WEOG)"),
            new Addressee("vp-africa", "Vice-President (African States)"));

    private SagaTestFixture<SilenceProcedureProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SilenceProcedureProcess.class);
        fixture.registerResource(new OwnTransactionDispatch(
                DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build(), Runnable::run));
    }

    /**
     * The receiving side: the first {@code failures} commands of the given type fail as an unreachable store would;
     * every other command lands.
     */
    private void commandsFailFirst(int failures, Class<?> type) {
        AtomicInteger calls = new AtomicInteger();
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (type.isInstance(payload) && calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("the event store is unreachable");
            }
            return null;
        });
    }

    static SilenceSubject subject(SubjectKind kind) {
        return new SilenceSubject(kind, 3, "sha256:" + kind.name().toLowerCase());
    }

    static SilenceProcedureStarted started(SubjectKind kind) {
        return new SilenceProcedureStarted(PROCEDURE, MEETING, "cnd-bureau", subject(kind), "text", NOW, DEADLINE,
                "Europe/Vienna", ADDRESSEES, null);
    }

    static SilenceProcedureStarted started() {
        return started(SubjectKind.SUBSTANTIVE_TOPICS);
    }

    static SilenceProcedureApproved approved(SubjectKind kind, Instant deadline) {
        return new SilenceProcedureApproved(PROCEDURE, MEETING, subject(kind), deadline, deadline, ADDRESSEES,
                List.of());
    }

    // ------------------------------------------------------------------------------------------------ the deadline

    @Test
    void givenNothing_whenProcedureStarts_thenTheDeadlineIsScheduledAtTheDeadlineInstant() {
        fixture.givenCurrentTime(NOW)
                .whenAggregate(PROCEDURE).publishes(started())
                .expectActiveSagas(1)
                .expectAssociationWith("procedureId", PROCEDURE)
                .expectScheduledDeadline(DEADLINE, PROCEDURE)
                .expectScheduledDeadlineWithName(DEADLINE, DEADLINE_NAME)
                .expectNoDispatchedCommands();
    }

    @Test
    void givenRunningProcedure_whenDeadlineIsExtended_thenItIsRescheduledAtTheNewDeadlineOnly() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenAggregate(PROCEDURE).publishes(
                        new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(LATER_DEADLINE, DEADLINE_NAME)
                .expectNoScheduledDeadlineWithName(DEADLINE, DEADLINE_NAME)
                .expectNoDispatchedCommands();
    }

    @Test
    void givenUnbrokenSilence_whenDeadlinePasses_thenApprovalIsDispatchedAsTheSystemAtTheDeadline() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DEADLINE_NAME)
                .expectDispatchedCommands(new ApproveViaSilenceProcedure(PROCEDURE))
                .expectDispatchedCommandsMatching(onlyDispatched(new ApproveViaSilenceProcedure(PROCEDURE), DEADLINE))
                // the process ends only when the approval is recorded
                .expectActiveSagas(1);
    }

    @Test
    void givenUnbrokenSilence_whenTimeStopsJustBeforeTheDeadline_thenNothingIsDispatched() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenTimeAdvancesTo(DEADLINE.minusSeconds(1))
                .expectTriggeredDeadlines()
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(DEADLINE, DEADLINE_NAME);
    }

    @Test
    void givenUnbrokenSilenceWithComments_whenDeadlinePasses_thenApprovalIsStillDispatched() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(), new SilenceCommentRecorded(PROCEDURE, "chair",
                        "Typo.", NOW.plusSeconds(60), Channel.ONLINE, null))
                .whenTimeAdvancesTo(DEADLINE)
                .expectDispatchedCommandsMatching(onlyDispatched(new ApproveViaSilenceProcedure(PROCEDURE), DEADLINE));
    }

    @Test
    void givenExtendedDeadline_whenTheOriginalDeadlinePasses_thenNothingIsDispatched() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(),
                        new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                .whenTimeAdvancesTo(DEADLINE.plus(Duration.ofHours(1)))
                .expectTriggeredDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void givenExtendedDeadline_whenTheNewDeadlinePasses_thenApprovalIsDispatchedOnceAtTheNewDeadline() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(),
                        new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                .whenTimeAdvancesTo(LATER_DEADLINE.plus(Duration.ofDays(1)))
                .expectTriggeredDeadlinesWithName(DEADLINE_NAME)
                .expectDispatchedCommandsMatching(
                        onlyDispatched(new ApproveViaSilenceProcedure(PROCEDURE), LATER_DEADLINE));
    }

    @Test
    void givenAnotherProceduresEvents_whenTheyArePublished_thenThisProcessIsNotAffected() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenAggregate("sp-other").publishes(new SilenceBroken("sp-other", "chair", BreachKind.OBJECTION,
                        "No.", NOW.plusSeconds(60), Channel.ONLINE, null))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(DEADLINE, DEADLINE_NAME)
                .expectNoDispatchedCommands();
    }

    // ------------------------------------------------------------------------------------------------ the outcome

    @Test
    void givenPlanUnderSilence_whenApproved_thenMeetingPlanIsConfirmedAtTheDeadlineAndTheProcessEnds()
            throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(SubjectKind.MEETING_PLAN))
                .andThenTimeAdvancesTo(DEADLINE)
                .whenAggregate(PROCEDURE).publishes(approved(SubjectKind.MEETING_PLAN, DEADLINE))
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ConfirmMeetingPlan(MEETING, PROCEDURE, subject(SubjectKind.MEETING_PLAN), DEADLINE),
                        DEADLINE))
                .expectActiveSagas(0);
    }

    @Test
    void givenTopicsUnderSilence_whenApproved_thenSubstantiveTopicsAreApprovedAtTheDeadlineAndTheProcessEnds()
            throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(SubjectKind.SUBSTANTIVE_TOPICS))
                .andThenTimeAdvancesTo(DEADLINE)
                .whenAggregate(PROCEDURE).publishes(approved(SubjectKind.SUBSTANTIVE_TOPICS, DEADLINE))
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ApproveSubstantiveTopics(MEETING, PROCEDURE, subject(SubjectKind.SUBSTANTIVE_TOPICS),
                                DEADLINE),
                        DEADLINE))
                .expectActiveSagas(0);
    }

    @Test
    void givenAgendaUnderSilence_whenApproved_thenAgendaVersionIsApprovedAtTheDeadlineAndTheProcessEnds()
            throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(SubjectKind.AGENDA))
                .andThenTimeAdvancesTo(DEADLINE)
                .whenAggregate(PROCEDURE).publishes(approved(SubjectKind.AGENDA, DEADLINE))
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ApproveAgendaVersion(MEETING, PROCEDURE, subject(SubjectKind.AGENDA), DEADLINE),
                        DEADLINE))
                .expectActiveSagas(0);
    }

    @Test
    void givenExtendedDeadline_whenApproved_thenTheOutcomeIsDatedAtTheExtendedDeadline() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(SubjectKind.AGENDA),
                        new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                .andThenTimeAdvancesTo(LATER_DEADLINE)
                .whenAggregate(PROCEDURE).publishes(approved(SubjectKind.AGENDA, LATER_DEADLINE))
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ApproveAgendaVersion(MEETING, PROCEDURE, subject(SubjectKind.AGENDA), LATER_DEADLINE),
                        LATER_DEADLINE))
                .expectActiveSagas(0);
    }

    @Test
    void givenRunningProcedure_whenSilenceIsBroken_thenTheDeadlineIsCancelledTheSubjectReleasedAndTheProcessEnds() {
        Instant brokenAt = NOW.plus(Duration.ofDays(1));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenAggregate(PROCEDURE).publishes(new SilenceBroken(PROCEDURE, "vp-africa", BreachKind.OBJECTION,
                        "We object.", brokenAt, Channel.LETTER, "letter of 28 April"))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ReleaseFromSilence(MEETING, PROCEDURE, "SILENCE_BROKEN"), brokenAt))
                .expectActiveSagas(0);
    }

    @Test
    void givenBrokenSilence_whenTheDeadlinePasses_thenNoDeadlineFiresAndNothingIsDispatched() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(), new SilenceBroken(PROCEDURE, "chair",
                        BreachKind.AMENDMENT, "Amend.", NOW.plusSeconds(3600), Channel.ONLINE, null))
                .whenTimeAdvancesTo(DEADLINE.plus(Duration.ofDays(30)))
                .expectTriggeredDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void givenExtendedDeadline_whenSilenceIsBroken_thenTheExtendedDeadlineIsCancelled() {
        Instant brokenAt = DEADLINE.plus(Duration.ofDays(1));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(),
                        new SilenceDeadlineExtended(PROCEDURE, DEADLINE, LATER_DEADLINE, "Holiday"))
                .whenAggregate(PROCEDURE).publishes(new SilenceBroken(PROCEDURE, "chair", BreachKind.OBJECTION,
                        "No.", brokenAt, Channel.ONLINE, null))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ReleaseFromSilence(MEETING, PROCEDURE, "SILENCE_BROKEN"), brokenAt))
                .expectActiveSagas(0);
    }

    @Test
    void givenRunningProcedure_whenItIsWithdrawn_thenTheDeadlineIsCancelledTheSubjectReleasedAndTheProcessEnds() {
        Instant withdrawnAt = NOW.plus(Duration.ofDays(2));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenAggregate(PROCEDURE).publishes(
                        new SilenceProcedureWithdrawn(PROCEDURE, "Dates under review", withdrawnAt))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommandsMatching(onlyDispatched(
                        new ReleaseFromSilence(MEETING, PROCEDURE, "WITHDRAWN"), withdrawnAt))
                .expectActiveSagas(0);
    }

    @Test
    void givenWithdrawnProcedure_whenTheDeadlinePasses_thenNoDeadlineFiresAndNothingIsDispatched() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(),
                        new SilenceProcedureWithdrawn(PROCEDURE, "Dates under review", NOW.plusSeconds(3600)))
                .whenTimeAdvancesTo(DEADLINE.plus(Duration.ofDays(30)))
                .expectTriggeredDeadlines()
                .expectNoDispatchedCommands();
    }

    // ------------------------------------------------------------------------------------------------ delivery until it lands

    @Test
    void givenApprovedTopics_whenTheDeliveryFails_thenItIsScheduledAgainThroughTheDeadlineManagerAndTheProcessWaits()
            throws Exception {
        commandsFailFirst(1, ApproveSubstantiveTopics.class);
        Object outcome = new ApproveSubstantiveTopics(MEETING, PROCEDURE, subject(SubjectKind.SUBSTANTIVE_TOPICS),
                DEADLINE);
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(SubjectKind.SUBSTANTIVE_TOPICS))
                .andThenTimeAdvancesTo(DEADLINE)
                .whenAggregate(PROCEDURE).publishes(approved(SubjectKind.SUBSTANTIVE_TOPICS, DEADLINE))
                .expectDispatchedCommands(outcome)
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), DELIVERY_NAME)
                .expectScheduledDeadline(Duration.ofSeconds(1), new SilenceProcedureProcess.PendingOutcome(
                        SilenceProcedureProcess.Outcome.APPROVE_TOPICS, subject(SubjectKind.SUBSTANTIVE_TOPICS),
                        DEADLINE, 1))
                .expectActiveSagas(1);
    }

    @Test
    void givenAFailedDelivery_whenItsRetryComes_thenTheOutcomeIsSentAgainAtTheDeadlineAndTheProcessEnds()
            throws Exception {
        commandsFailFirst(1, ConfirmMeetingPlan.class);
        Object outcome = new ConfirmMeetingPlan(MEETING, PROCEDURE, subject(SubjectKind.MEETING_PLAN), DEADLINE);
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started(SubjectKind.MEETING_PLAN))
                .andThenTimeAdvancesTo(DEADLINE)
                .andThenAggregate(PROCEDURE).published(approved(SubjectKind.MEETING_PLAN, DEADLINE))
                .whenTimeElapses(Duration.ofSeconds(1))
                // the fixture lists the deadline that fired while the scene was set as well
                .expectTriggeredDeadlinesWithName(DEADLINE_NAME, DELIVERY_NAME)
                .expectDispatchedCommandsMatching(onlyDispatched(outcome, DEADLINE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void givenADeliveryThatKeepsFailing_whenRetriesComeAndGo_thenThePauseDoublesAndTheProcessNeverGivesUp()
            throws Exception {
        commandsFailFirst(4, ReleaseFromSilence.class);
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .andThenAggregate(PROCEDURE).published(
                        new SilenceProcedureWithdrawn(PROCEDURE, "Dates under review", NOW))
                // attempts 2, 3 and 4 fail after pauses of 1, 2 and 4 seconds; the fifth, 8 s later, lands
                .whenTimeElapses(Duration.ofSeconds(1 + 2 + 4 + 7))
                .expectScheduledDeadline(Duration.ofSeconds(1), new SilenceProcedureProcess.PendingOutcome(
                        SilenceProcedureProcess.Outcome.RELEASE_WITHDRAWN, null, NOW, 4))
                .expectActiveSagas(1);
        assertThat(SilenceProcedureProcess.pauseAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SilenceProcedureProcess.pauseAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SilenceProcedureProcess.pauseAfter(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givenBrokenSilence_whenTheMeetingRefusesTheReleaseByItsRules_thenNothingIsRetriedAndTheProcessEnds() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            throw new RuleViolation("MEETING_CLOSED", "The meeting is closed.");
        });
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenAggregate(PROCEDURE).publishes(new SilenceBroken(PROCEDURE, "chair", BreachKind.OBJECTION,
                        "No.", NOW.plusSeconds(60), Channel.ONLINE, null))
                .expectDispatchedCommands(new ReleaseFromSilence(MEETING, PROCEDURE, "SILENCE_BROKEN"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void givenUnbrokenSilence_whenTheApprovalAtTheDeadlineFails_thenItIsTriedAgainAndStillDatedAtTheDeadline()
            throws Exception {
        commandsFailFirst(1, ApproveViaSilenceProcedure.class);
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(PROCEDURE).published(started())
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DEADLINE_NAME, DEADLINE_NAME)
                .expectDispatchedCommandsMatching(new TypeSafeMatcher<List<CommandMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                        return commands.size() == 2 && commands.stream().allMatch(c -> c.getPayload().equals(
                                new ApproveViaSilenceProcedure(PROCEDURE))
                                && DEADLINE.toString().equals(c.getMetaData().get("businessTime")));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("two approvals, both dated at the deadline");
                    }
                })
                .expectActiveSagas(1);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * Exactly one command was dispatched: this payload, sent as the system (actor "system", role "SYSTEM") at the
     * given business time.
     */
    static Matcher<List<CommandMessage<?>>> onlyDispatched(Object payload, Instant businessTime) {
        Map<String, Object> metaData = Map.of("businessTime", businessTime.toString(), "actor", "system",
                "role", "SYSTEM");
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                return commands.size() == 1
                        && payload.equals(commands.get(0).getPayload())
                        && commands.get(0).getMetaData().entrySet().containsAll(metaData.entrySet());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("exactly one command ").appendValue(payload).appendText(" with metadata ")
                        .appendValue(metaData);
            }

            @Override
            protected void describeMismatchSafely(List<CommandMessage<?>> commands, Description mismatch) {
                mismatch.appendText("dispatched ");
                commands.forEach(c -> mismatch.appendValue(c.getPayload()).appendText(" with metadata ")
                        .appendValue(c.getMetaData()).appendText("; "));
            }
        };
    }
}
