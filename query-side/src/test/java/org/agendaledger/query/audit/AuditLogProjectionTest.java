package org.agendaledger.query.audit;

import static org.agendaledger.query.RecordedEvents.acting;
import static org.agendaledger.query.RecordedEvents.secretariat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.query.RecordedEvents;
import org.agendaledger.query.audit.AuditQueries.FindAuditEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored audit log on a real database: every event once, with its meeting, filtered and paged. */
class AuditLogProjectionTest {

    private static final String MEETING = "wg4-2031";
    private static final SilenceSubject TOPICS = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 1, "sha256:t-1");

    private final EmbeddedDatabase database = (EmbeddedDatabase) RecordedEvents.database("V121__audit_log.sql");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final AuditLogProjection projection = new AuditLogProjection(jdbc, JsonMapper.builder().build());
    private final RecordedEvents store = new RecordedEvents();
    private long position = 100;

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void theSameEventHandledTwiceLeavesOneRow() {
        EventMessage<?> opened = tracked(store.record("Meeting", MEETING, new MeetingOpened(MEETING,
                Instant.parse("2031-09-10T08:00:00Z")), secretariat("2031-09-10T08:00:00Z")));

        projection.on(opened.getPayload(), opened);
        projection.on(opened.getPayload(), opened);

        assertThat(all().total()).isEqualTo(1);
    }

    @Test
    void everyEventIsLoggedWithItsPositionStreamPayloadMetadataAndTimes() {
        DomainEventMessage<?> issued = store.record("Meeting", MEETING, new ProvisionalAgendaIssued(MEETING,
                "CTOC/COP/WG.4/2031/1", LocalDate.of(2031, 6, 4), "General", "English", 4, "sha256:a-4"),
                secretariat("2031-06-04T10:00:00Z"));
        EventMessage<?> tracked = tracked(issued);
        projection.on(tracked.getPayload(), tracked);

        AuditEvent logged = all().events().get(0);

        assertThat(logged.position()).isEqualTo(101);
        assertThat(logged.eventId()).isEqualTo(issued.getIdentifier());
        assertThat(logged.aggregateId()).isEqualTo(MEETING);
        assertThat(logged.aggregateType()).isEqualTo("Meeting");
        assertThat(logged.sequenceNumber()).isEqualTo(0);
        assertThat(logged.meetingId()).isEqualTo(MEETING);
        assertThat(logged.payloadType()).isEqualTo("ProvisionalAgendaIssued");
        assertThat(logged.payload().get("symbol").asString()).isEqualTo("CTOC/COP/WG.4/2031/1");
        assertThat(logged.payload().get("dateOfIssue").asString()).isEqualTo("2031-06-04");
        assertThat(logged.payload().get("agendaVersion").asInt()).isEqualTo(4);
        JsonNode metaData = logged.metaData();
        assertThat(metaData.get("actor").asString()).isEqualTo("secretariat");
        assertThat(metaData.get("correlationId").asString()).isEqualTo("corr-secretariat-2031-06-04T10:00:00Z");
        assertThat(metaData.get("businessTime").asString()).isEqualTo("2031-06-04T10:00:00Z");
        assertThat(logged.businessTime()).isEqualTo(Instant.parse("2031-06-04T10:00:00Z"));
        assertThat(logged.recordedAt()).isEqualTo(issued.getTimestamp());
        assertThat(logged.actor()).isEqualTo("secretariat");
        assertThat(logged.role()).isEqualTo("SECRETARIAT");
    }

    @Test
    void aProceduresEventsBelongToTheMeetingItWasStartedOnAndABureausToNone() {
        handleAll(List.of(
                store.record("Bureau", "bureau-1", new BureauEstablished("bureau-1", "Bureau"),
                        secretariat("2031-01-01T08:00:00Z")),
                started("2031-04-24T08:00:00Z"),
                broken("member-b", "2031-04-27T09:30:00Z")));

        assertThat(all().events()).extracting(AuditEvent::payloadType, AuditEvent::meetingId).containsExactly(
                tuple("BureauEstablished", null),
                tuple("SilenceProcedureStarted", MEETING),
                tuple("SilenceBroken", MEETING));
        assertThat(page(new FindAuditEvents(MEETING, null, null, null, null, 0, 100)).total()).isEqualTo(2);
    }

    @Test
    void theLogIsInTheStoresOrderNewestLastWhateverOrderTheSegmentsDeliveredIn() {
        // two streams, two segments: the later event of the store may well be handled first
        EventMessage<?> first = tracked(started("2031-04-24T08:00:00Z"));
        EventMessage<?> second = tracked(store.record("Bureau", "bureau-1", new BureauEstablished("bureau-1",
                "Bureau"), secretariat("2031-01-01T08:00:00Z")));
        EventMessage<?> untracked = store.record("Meeting", MEETING,
                new MeetingOpened(MEETING, Instant.parse("2031-09-10T08:00:00Z")), secretariat("2031-09-10T08:00:00Z"));

        projection.on(untracked.getPayload(), untracked);
        projection.on(second.getPayload(), second);
        projection.on(first.getPayload(), first);

        assertThat(all().events()).extracting(AuditEvent::payloadType)
                .containsExactly("SilenceProcedureStarted", "BureauEstablished", "MeetingOpened");
        assertThat(all().events()).extracting(AuditEvent::position).containsExactly(101L, 102L, null);
    }

    @Test
    void duringAReplayThePositionIsStillTheEventsOwn() {
        DomainEventMessage<?> event = started("2031-04-24T08:00:00Z");
        EventMessage<?> replayed = new GenericTrackedDomainEventMessage<>(
                ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(500, List.of()), GapAwareTrackingToken
                        .newInstance(42, List.of())),
                event);

        projection.on(replayed.getPayload(), replayed);

        assertThat(all().events().get(0).position()).isEqualTo(42);
    }

    @Test
    void filtersByMeetingTypeActorAndBusinessTimeCombine() {
        handleAll(List.of(
                started("2031-04-24T08:00:00Z"),
                broken("member-b", "2031-04-27T09:30:00Z"),
                broken("member-c", "2031-04-28T09:30:00Z"),
                store.record("Meeting", "other-meeting", new MeetingOpened("other-meeting",
                        Instant.parse("2031-04-28T10:00:00Z")), secretariat("2031-04-28T10:00:00Z"))));

        assertThat(payloadTypes(new FindAuditEvents(null, "SilenceBroken", null, null, null, 0, 100)))
                .containsExactly("SilenceBroken", "SilenceBroken");
        assertThat(actors(new FindAuditEvents(null, null, "member-c", null, null, 0, 100)))
                .containsExactly("member-c");
        assertThat(actors(new FindAuditEvents(null, null, null, Instant.parse("2031-04-27T09:30:00Z"),
                Instant.parse("2031-04-28T09:30:00Z"), 0, 100))).containsExactly("member-b", "member-c");
        assertThat(actors(new FindAuditEvents(MEETING, null, "secretariat", null, null, 0, 100)))
                .as("the other meeting's opening is not this meeting's").containsExactly("secretariat");
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapAndCountTheWhole() {
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(started("2031-04-24T08:00:00Z"));
        for (int i = 0; i < 4; i++) {
            events.add(broken("member-" + i, "2031-04-2" + (5 + i) + "T09:30:00Z"));
        }
        handleAll(events);

        AuditPage first = page(new FindAuditEvents(null, null, null, null, null, 0, 2));
        AuditPage second = page(new FindAuditEvents(null, null, null, null, null, 1, 2));
        AuditPage last = page(new FindAuditEvents(null, null, null, null, null, 2, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.events()).extracting(AuditEvent::actor).containsExactly("secretariat", "member-0");
        assertThat(second.events()).extracting(AuditEvent::actor).containsExactly("member-1", "member-2");
        assertThat(last.events()).extracting(AuditEvent::actor).containsExactly("member-3");
        assertThat(List.of(last.page(), last.size())).containsExactly(2, 2);
    }

    @Test
    void aResetClearsTheLog() {
        handleAll(List.of(started("2031-04-24T08:00:00Z")));

        projection.reset();

        assertThat(all().total()).isZero();
    }

    private DomainEventMessage<?> started(String businessTime) {
        return store.record("SilenceProcedure", "sp-topics", new SilenceProcedureStarted("sp-topics", MEETING,
                "bureau-1", TOPICS, "Circulated", Instant.parse(businessTime), Instant.parse("2031-05-01T16:00:00Z"),
                "Europe/Vienna", List.of(new Addressee("member-b", "B")), null), secretariat(businessTime));
    }

    private DomainEventMessage<?> broken(String memberId, String businessTime) {
        return store.record("SilenceProcedure", "sp-topics", new SilenceBroken("sp-topics", memberId,
                BreachKind.OBJECTION, "No.", Instant.parse(businessTime), Channel.ONLINE, null),
                acting(memberId, "BUREAU_MEMBER", memberId, businessTime));
    }

    /** As the processor hands an event over: with the token of its place in the store. */
    private EventMessage<?> tracked(DomainEventMessage<?> event) {
        position++;
        return new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(position, List.of()), event);
    }

    private void handleAll(List<? extends EventMessage<?>> events) {
        events.stream().map(e -> tracked((DomainEventMessage<?>) e)).forEach(e -> projection.on(e.getPayload(), e));
    }

    private AuditPage all() {
        return page(new FindAuditEvents(null, null, null, null, null, 0, 500));
    }

    private AuditPage page(FindAuditEvents query) {
        return projection.handle(query);
    }

    private List<String> payloadTypes(FindAuditEvents query) {
        return page(query).events().stream().map(AuditEvent::payloadType).toList();
    }

    private List<String> actors(FindAuditEvents query) {
        return page(query).events().stream().map(AuditEvent::actor).toList();
    }
}
