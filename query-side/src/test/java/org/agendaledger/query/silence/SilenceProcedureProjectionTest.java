package org.agendaledger.query.silence;

import static org.agendaledger.query.silence.SilenceEvents.DEADLINE;
import static org.agendaledger.query.silence.SilenceEvents.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.query.RecordedEvents;
import org.agendaledger.query.history.MeetingHistory;
import org.agendaledger.query.history.StoredStreams;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindSilenceProcedure;
import org.agendaledger.query.live.ChangeSignal;
import org.agendaledger.query.live.LiveUpdates;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.json.JsonMapper;

/** The stored read model on the real migration (H2), fed event by event as the processor would. */
class SilenceProcedureProjectionTest {

    private static final Instant NOW = Instant.parse("2020-04-30T12:00:00Z");

    private final SilenceEvents sp = new SilenceEvents("sp-topics");
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final List<SilenceProcedureView> sent = new ArrayList<>();
    private JdbcTemplate jdbc;
    private SilenceProcedureProjection projection;

    @BeforeEach
    void freshDatabase() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V110__silence_procedure_view.sql"))
                .execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        projection = new SilenceProcedureProjection(new SilenceProcedureRows(jdbc, JsonMapper.builder().build()),
                null, emitter, Clock.fixed(NOW, ZoneOffset.UTC),
                new LiveUpdates(ChangeSignal.NONE));
        subscribe(FindMeetingProcedures.current(MEETING)).getUpdates()
                .map(SubscriptionQueryUpdateMessage::getPayload).subscribe(sent::add);
    }

    @Test
    void redeliveringEveryEventChangesNothingTwiceAndTellsSubscribersNothingTwice() {
        List<SilenceProcedureEvent> events = List.of(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z"),
                sp.broken("a", BreachKind.OBJECTION, "2020-04-26T10:00:00Z"),
                sp.further("b", BreachKind.AMENDMENT, "2020-04-27T10:00:00Z"));
        deliver(events, ReplayStatus.REGULAR);
        List<Map<String, Object>> procedures = table("silence_procedure_view");
        List<Map<String, Object>> addressees = table("silence_procedure_addressee");

        deliver(events, ReplayStatus.REGULAR);
        deliver(events, ReplayStatus.REPLAY);

        assertThat(table("silence_procedure_view")).isEqualTo(procedures);
        assertThat(table("silence_procedure_addressee")).isEqualTo(addressees);
        assertThat(procedures).singleElement().satisfies(row -> assertThat(row.get("LAST_SEQUENCE")).isEqualTo(3L));
        SilenceProcedureView.Addressee a = current().addressees().get(0);
        assertThat(a.reactions()).as("the comment and the objection once each").hasSize(2);
        assertThat(sent).hasSize(4);
    }

    @Test
    void everyChangeIsSentToTheSubscribersOfTheMeetingOnlyAndNotDuringAReplay() {
        List<SilenceProcedureView> ofAnotherMeeting = new ArrayList<>();
        List<SilenceProcedureView> asOfAnInstant = new ArrayList<>();
        subscribe(FindMeetingProcedures.current("another-meeting")).getUpdates()
                .map(SubscriptionQueryUpdateMessage::getPayload).subscribe(ofAnotherMeeting::add);
        subscribe(new FindMeetingProcedures(MEETING, NOW)).getUpdates()
                .map(SubscriptionQueryUpdateMessage::getPayload).subscribe(asOfAnInstant::add);

        deliver(List.of(sp.started("a", "b")), ReplayStatus.REPLAY);
        deliver(List.of(sp.started("a", "b"), sp.comment("b", "2020-04-25T10:00:00Z")), ReplayStatus.REGULAR);

        assertThat(sent).singleElement().satisfies(view -> {
            assertThat(view.procedureId()).isEqualTo("sp-topics");
            assertThat(view.addressees().get(1).state()).isEqualTo(AddresseeState.COMMENTED);
            assertThat(view.timeLeft()).isEqualTo(Duration.between(NOW, DEADLINE));
        });
        assertThat(ofAnotherMeeting).isEmpty();
        assertThat(asOfAnInstant).as("a past state does not change").isEmpty();
    }

    @Test
    void theProceduresOfAMeetingAreListedOpenFirstThenClosedNewestFirst() {
        SilenceEvents oldOpen = new SilenceEvents("sp-old-open");
        SilenceEvents newOpen = new SilenceEvents("sp-new-open");
        SilenceEvents newClosed = new SilenceEvents("sp-new-closed");
        deliver(List.of(oldOpen.started(Instant.parse("2020-04-01T08:00:00Z"), null, "a")), ReplayStatus.REGULAR);
        deliver(List.of(newClosed.started(Instant.parse("2020-04-20T08:00:00Z"), null, "a"),
                newClosed.withdrawn("Replaced", "2020-04-21T08:00:00Z")), ReplayStatus.REGULAR);
        deliver(List.of(newOpen.started(Instant.parse("2020-04-10T08:00:00Z"), null, "a")), ReplayStatus.REGULAR);

        assertThat(projection.handle(FindMeetingProcedures.current(MEETING)))
                .extracting(SilenceProcedureView::procedureId)
                .containsExactly("sp-new-open", "sp-old-open", "sp-new-closed");
        assertThat(projection.handle(FindMeetingProcedures.current("another-meeting"))).isEmpty();
    }

    @Test
    void theInboxHoldsTheOpenProceduresAddressedToTheMemberInTheMeetingsTimeZoneUntilTheyEnd() {
        projection.on(new MeetingScheduled(MEETING, "bureau", "Working Group", "tenth", "Vienna",
                LocalDate.of(2031, 9, 10), LocalDate.of(2031, 9, 11), "Europe/Vienna", List.of(), List.of(), "S",
                1, "sha256:1"), 0);
        projection.on(new MeetingPlanRevised(MEETING, "New York", LocalDate.of(2031, 9, 10),
                LocalDate.of(2031, 9, 11), "America/New_York", List.of(), List.of(), "S", 2, "sha256:2"), 1);
        SilenceEvents toOthers = new SilenceEvents("sp-to-others");
        deliver(List.of(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z")), ReplayStatus.REGULAR);
        deliver(List.of(toOthers.started("b", "c")), ReplayStatus.REGULAR);

        Inbox inbox = projection.handle(new FindInbox("a"));

        assertThat(inbox.memberId()).isEqualTo("a");
        assertThat(inbox.items()).singleElement().satisfies(item -> {
            assertThat(item.procedureId()).isEqualTo("sp-topics");
            assertThat(item.meetingId()).isEqualTo(MEETING);
            assertThat(item.deadline().instant()).isEqualTo(DEADLINE);
            assertThat(item.deadline().timeZone()).isEqualTo("America/New_York");
            assertThat(item.deadline().local()).isEqualTo(OffsetDateTime.parse("2020-05-01T12:00:00-04:00"));
            assertThat(item.timeLeft()).isEqualTo(Duration.between(NOW, DEADLINE));
            assertThat(item.state()).isEqualTo(AddresseeState.COMMENTED);
            assertThat(item.reactions()).hasSize(1);
        });
        assertThat(projection.handle(new FindInbox("b")).items()).extracting(Inbox.Item::procedureId)
                .containsExactlyInAnyOrder("sp-topics", "sp-to-others");
        assertThat(projection.handle(new FindInbox("nobody")).items()).isEmpty();

        deliver(List.of(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z"),
                sp.broken("b", BreachKind.OBJECTION, "2020-04-26T10:00:00Z")), ReplayStatus.REGULAR);

        assertThat(projection.handle(new FindInbox("a")).items()).isEmpty();
        assertThat(projection.handle(new FindInbox("b")).items()).extracting(Inbox.Item::procedureId)
                .containsExactly("sp-to-others");
        assertThat(jdbc.queryForObject("SELECT state FROM silence_procedure_addressee WHERE procedure_id = ? "
                + "AND member_id = ?", String.class, "sp-topics", "b")).isEqualTo("OBJECTED");
    }

    @Test
    void aFollowedInboxReceivesTheWholeInboxWhenAProcedureAddressedToTheMemberStartsChangesAndEnds() {
        // given
        List<Inbox> ofA = new ArrayList<>();
        List<Inbox> ofC = new ArrayList<>();
        subscribe(new FindInbox("a")).getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(ofA::add);
        subscribe(new FindInbox("c")).getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(ofC::add);

        // when
        deliver(List.of(sp.started("a", "b")), ReplayStatus.REGULAR);
        deliver(List.of(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z")), ReplayStatus.REGULAR);
        deliver(List.of(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z"),
                sp.broken("b", BreachKind.OBJECTION, "2020-04-26T10:00:00Z")), ReplayStatus.REGULAR);

        // then
        assertThat(ofA).hasSize(3);
        assertThat(ofA.get(0).memberId()).isEqualTo("a");
        assertThat(ofA.get(0).items()).singleElement().satisfies(item -> {
            assertThat(item.procedureId()).isEqualTo("sp-topics");
            assertThat(item.state()).isEqualTo(AddresseeState.SILENT);
            assertThat(item.timeLeft()).isEqualTo(Duration.between(NOW, DEADLINE));
        });
        assertThat(ofA.get(1).items()).singleElement()
                .satisfies(item -> assertThat(item.state()).isEqualTo(AddresseeState.COMMENTED));
        assertThat(ofA.get(2).items()).as("broken: no longer open, so out of the inbox").isEmpty();
        assertThat(ofC).as("not an addressee").isEmpty();
    }

    @Test
    void anInboxIsToldNothingDuringAReplayNorAboutAProcedureNotAddressedToTheMember() {
        // given
        List<Inbox> ofA = new ArrayList<>();
        subscribe(new FindInbox("a")).getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(ofA::add);

        // when
        deliver(List.of(sp.started("a", "b"), sp.comment("b", "2020-04-25T10:00:00Z")), ReplayStatus.REPLAY);
        deliver(List.of(new SilenceEvents("sp-to-b").started("b")), ReplayStatus.REGULAR);

        // then
        assertThat(ofA).isEmpty();
    }

    @Test
    void anInboxShowsTheStatedZoneWhileTheMeetingsOwnIsNotKnownYet() {
        deliver(List.of(sp.started("a")), ReplayStatus.REGULAR);

        assertThat(projection.handle(new FindInbox("a")).items()).singleElement()
                .satisfies(item -> assertThat(item.deadline().timeZone()).isEqualTo("Europe/Vienna"));
    }

    @Test
    void aResetForgetsEverythingSoTheReplayRebuildsIt() {
        projection.on(new MeetingScheduled(MEETING, "bureau", "Working Group", "tenth", "Vienna",
                LocalDate.of(2031, 9, 10), LocalDate.of(2031, 9, 11), "Europe/Vienna", List.of(), List.of(), "S",
                1, "sha256:1"), 0);
        deliver(List.of(sp.started("a")), ReplayStatus.REGULAR);

        projection.reset();

        assertThat(projection.handle(new FindSilenceProcedure("sp-topics", null))).isEmpty();
        for (String table : List.of("silence_procedure_view", "silence_procedure_addressee",
                "silence_procedure_meeting")) {
            assertThat(table(table)).as(table).isEmpty();
        }
        deliver(List.of(sp.started("a")), ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindSilenceProcedure("sp-topics", null))).isPresent();
    }

    @Test
    void aFoldThatAnotherDeliveryOvertookIsRefusedInsteadOfOverwritingIt() {
        deliver(List.of(sp.started("a", "b"), sp.comment("a", "2020-04-25T10:00:00Z")), ReplayStatus.REGULAR);
        SilenceProcedureRows rows = new SilenceProcedureRows(jdbc, JsonMapper.builder().build());
        SilenceProcedureRows.Stored read = rows.load("sp-topics").orElseThrow();
        // another delivery of the procedure's events stores its fold after this one read the row
        jdbc.update("UPDATE silence_procedure_view SET last_sequence = 2 WHERE procedure_id = 'sp-topics'");
        List<Map<String, Object>> overtaken = table("silence_procedure_view");

        SilenceProcedureEvent broken = sp.broken("b", BreachKind.OBJECTION, "2020-04-26T10:00:00Z");
        SilenceProcedureEvolution.apply(read.state(), broken);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.update(read.state(), read.lastSequence(), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("moved past sequence 1 while event 2 was applied");

        assertThat(table("silence_procedure_view")).isEqualTo(overtaken);
    }

    @Test
    void aNoticeRedeliveredOrReplayedIsRecordedOnceAndAfterTheApprovalLeavesItApproved() {
        List<SilenceProcedureEvent> events = List.of(sp.started("a", "b"), sp.approved(List.of(), "a", "b"),
                sp.notice("n1", NoticeKind.CIRCULATION, "a", NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"),
                sp.notice("n1", NoticeKind.CIRCULATION, null, NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"));
        deliver(events, ReplayStatus.REGULAR);
        List<Map<String, Object>> procedures = table("silence_procedure_view");
        List<Map<String, Object>> addressees = table("silence_procedure_addressee");

        deliver(events, ReplayStatus.REGULAR);
        deliver(events, ReplayStatus.REPLAY);

        assertThat(table("silence_procedure_view")).isEqualTo(procedures);
        assertThat(table("silence_procedure_addressee")).isEqualTo(addressees);
        SilenceProcedureView view = current();
        assertThat(view.status()).isEqualTo(ProcedureStatus.APPROVED);
        assertThat(view.outcome().approvedAt()).isEqualTo(DEADLINE);
        assertThat(view.addressees().get(0).notices()).as("one notice, once").hasSize(1);
        assertThat(view.addressees().get(0).notified().answer()).isEqualTo(NoticeAnswer.NOTIFIED);
        assertThat(view.addressees().get(1).notified().answer()).isEqualTo(NoticeAnswer.PENDING);
        assertThat(view.secretariatCopies()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM silence_procedure_view", String.class))
                .isEqualTo("APPROVED");
    }

    @Test
    void aResetForgetsTheNoticesWithTheProcedure() {
        deliver(List.of(sp.started("a"),
                sp.notice("n1", NoticeKind.CIRCULATION, "a", NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z")),
                ReplayStatus.REGULAR);

        projection.reset();
        deliver(List.of(sp.started("a")), ReplayStatus.REPLAY);

        assertThat(current().addressees().get(0).notices()).isEmpty();
    }

    @Test
    void asOfAnInstantTheProcedureHasTheNoticesRecordedByThenOnly() {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build();
        try {
            RecordedEvents store = new RecordedEvents();
            eventStore.publish(List.<EventMessage<?>>of(
                    store.record("Meeting", MEETING, new SubjectCirculatedUnderSilence(MEETING, "sp-topics",
                            SilenceEvents.TOPICS), RecordedEvents.secretariat("2020-04-24T08:00:00Z")),
                    store.record("SilenceProcedure", "sp-topics", sp.started("a"),
                            RecordedEvents.secretariat("2020-04-24T08:00:00Z")),
                    store.record("SilenceProcedure", "sp-topics", sp.notice("n1", NoticeKind.CIRCULATION, "a",
                            NoticeOutcome.ACCEPTED, "2020-04-24T08:00:01Z"),
                            RecordedEvents.system("2020-04-24T08:00:06Z"))));
            SilenceProcedureProjection asOf = new SilenceProcedureProjection(
                    new SilenceProcedureRows(jdbc, JsonMapper.builder().build()),
                    new ProceduresAsOf(new MeetingHistory(new StoredStreams(eventStore, 10_000)), eventStore), emitter,
                    Clock.fixed(NOW, ZoneOffset.UTC), new LiveUpdates(ChangeSignal.NONE));

            SilenceProcedureView before = asOf.handle(new FindSilenceProcedure("sp-topics",
                    Instant.parse("2020-04-24T08:00:05Z"))).orElseThrow();
            SilenceProcedureView after = asOf.handle(new FindSilenceProcedure("sp-topics",
                    Instant.parse("2020-04-24T08:00:06Z"))).orElseThrow();

            assertThat(before.addressees().get(0).notices()).isEmpty();
            assertThat(before.addressees().get(0).notified().answer()).isEqualTo(NoticeAnswer.PENDING);
            assertThat(after.addressees().get(0).notices()).hasSize(1);
            assertThat(after.addressees().get(0).notified().acceptedAt())
                    .isEqualTo(Instant.parse("2020-04-24T08:00:06Z"));
        } finally {
            eventStore.shutDown();
        }
    }

    private void deliver(List<SilenceProcedureEvent> events, ReplayStatus replay) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            projection.on(events.get(sequence), sequence, replay);
        }
    }

    private SilenceProcedureView current() {
        return projection.handle(new FindSilenceProcedure("sp-topics", null)).orElseThrow();
    }

    // @formatter:off: a signature too long to align its parameters under the parenthesis
    private org.axonframework.queryhandling.UpdateHandlerRegistration<SilenceProcedureView> subscribe(
            FindMeetingProcedures query) {
    // @formatter:on
        return emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(query,
                ResponseTypes.multipleInstancesOf(SilenceProcedureView.class),
                ResponseTypes.instanceOf(SilenceProcedureView.class)), 64);
    }

    private org.axonframework.queryhandling.UpdateHandlerRegistration<Inbox> subscribe(FindInbox query) {
        return emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(query,
                ResponseTypes.instanceOf(Inbox.class), ResponseTypes.instanceOf(Inbox.class)), 64);
    }

    private List<Map<String, Object>> table(String name) {
        return jdbc.queryForList("SELECT * FROM " + name + " ORDER BY 1, 2");
    }
}
