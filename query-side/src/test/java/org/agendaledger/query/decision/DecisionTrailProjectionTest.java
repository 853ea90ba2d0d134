package org.agendaledger.query.decision;

import static org.agendaledger.query.RecordedEvents.acting;
import static org.agendaledger.query.RecordedEvents.secretariat;
import static org.agendaledger.query.RecordedEvents.system;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.query.RecordedEvents;
import org.agendaledger.query.decision.DecisionQueries.FindDecisions;
import org.agendaledger.query.history.MeetingHistory;
import org.agendaledger.query.history.StoredStreams;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import tools.jackson.databind.json.JsonMapper;

/** The stored decision trail on a real database: idempotent, cleared by a reset, and the same as a replay. */
class DecisionTrailProjectionTest {

    private static final String MEETING = "wg4-2031";
    private static final SilenceSubject TOPICS = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 1, "sha256:t-1");

    private final EmbeddedDatabase database = (EmbeddedDatabase) RecordedEvents.database("V120__decision_trail.sql",
            "V260__decision_trail_notices.sql");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final DecisionTrailProjection projection = new DecisionTrailProjection(jdbc, JsonMapper.builder().build(),
            new MeetingHistory(new StoredStreams(eventStore, 10_000)));
    private final RecordedEvents store = new RecordedEvents();

    @AfterEach
    void close() {
        eventStore.shutDown();
        database.shutdown();
    }

    @Test
    void theSameEventHandledTwiceLeavesOneRow() {
        List<DomainEventMessage<?>> story = story();

        story.forEach(this::handle);
        story.forEach(this::handle); // a redelivery, or a replay over the existing rows

        assertThat(count("decision_trail")).isEqualTo(5);
        assertThat(count("decision_trail_circulation")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT event_id FROM decision_trail", String.class)).doesNotHaveDuplicates();
    }

    @Test
    void theStoredTrailAnswersExactlyAsTheTrailReplayedFromTheSameEvents() {
        List<DomainEventMessage<?>> story = story();
        story.forEach(this::handle);

        List<Decision> stored = projection.handle(new FindDecisions(MEETING, null));

        assertThat(stored).extracting(Decision::kind).containsExactly(DecisionKind.MEETING_PLAN_CONFIRMED,
                DecisionKind.SILENCE_BROKEN, DecisionKind.PROVISIONAL_AGENDA_ISSUED, DecisionKind.AGENDA_ADOPTED,
                DecisionKind.REPORT_ADOPTED);
        assertThat(stored).isEqualTo(DecisionMapping.trail(story));
        assertThat(stored.get(4).version()).as("the report seals the adopted version").isEqualTo(4);
        assertThat(stored.get(3).amendments()).containsExactly("Item 3 before item 2");
    }

    @Test
    void asOfAnInstantTheTrailIsRebuiltFromTheStoreWithOnlyWhatWasDecidedByThen() {
        List<DomainEventMessage<?>> story = story();
        eventStore.publish(new ArrayList<EventMessage<?>>(story));

        List<Decision> beforeTheMeeting = projection.handle(new FindDecisions(MEETING,
                Instant.parse("2031-09-01T00:00:00Z")));

        assertThat(beforeTheMeeting).extracting(Decision::kind).containsExactly(DecisionKind.MEETING_PLAN_CONFIRMED,
                DecisionKind.SILENCE_BROKEN, DecisionKind.PROVISIONAL_AGENDA_ISSUED);
        assertThat(beforeTheMeeting.get(1).memberId()).isEqualTo("member-b");
        assertThat(count("decision_trail")).as("answered from the store, not the table").isZero();
    }

    @Test
    void aResetClearsTheTrailAndTheCirculations() {
        story().forEach(this::handle);

        projection.reset();

        assertThat(count("decision_trail")).isZero();
        assertThat(count("decision_trail_circulation")).isZero();
        assertThat(projection.handle(new FindDecisions(MEETING, null))).isEmpty();
    }

    @Test
    void aDecisionBySilenceShowsWhoWasToldOfTheCirculationAndWhenEvenWhenTheNoticesCameAfterIt() {
        List<DomainEventMessage<?>> story = story();
        story.forEach(this::handle);
        assertThat(broken(projection.handle(new FindDecisions(MEETING, null))).notified())
                .as("nothing recorded yet").containsExactly(new Decision.Notified("member-b", null, null),
                        new Decision.Notified("member-c", null, null));

        List<DomainEventMessage<?>> notices = List.of(
                notice("n1", "member-b", NoticeOutcome.HELD_IN_OUTBOX, null),
                notice("n1", "member-c", NoticeOutcome.NO_ADDRESS, null),
                notice("n1", "member-b", NoticeOutcome.ACCEPTED, "2031-04-24T08:00:07.123456789Z"),
                notice("n1", null, NoticeOutcome.ACCEPTED, "2031-04-24T08:00:08Z"));
        notices.forEach(this::handle);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM decision_trail_notice ORDER BY 1, 2, 3");
        story.forEach(this::handle);
        notices.forEach(this::handle); // a redelivery, or a replay over the existing rows

        assertThat(jdbc.queryForList("SELECT * FROM decision_trail_notice ORDER BY 1, 2, 3")).isEqualTo(rows)
                .hasSize(2);
        List<Decision> stored = projection.handle(new FindDecisions(MEETING, null));
        assertThat(broken(stored).notified()).containsExactly(
                new Decision.Notified("member-b", NoticeOutcome.ACCEPTED,
                        Instant.parse("2031-04-24T08:00:07.123456Z")),
                new Decision.Notified("member-c", NoticeOutcome.NO_ADDRESS, null));
        assertThat(stored.get(0).notified()).as("a procedure whose start the trail never saw").isEmpty();
        assertThat(stored.get(2).notified()).as("not decided by silence").isEmpty();
        List<DomainEventMessage<?>> all = new ArrayList<>(story);
        all.addAll(notices);
        assertThat(stored).isEqualTo(DecisionMapping.trail(all));
    }

    @Test
    void asOfAnInstantTheTrailShowsOnlyTheNoticesRecordedByThen() {
        List<DomainEventMessage<?>> all = new ArrayList<>(story());
        all.add(notice("n1", "member-b", NoticeOutcome.ACCEPTED, "2031-04-24T08:00:07Z"));
        eventStore.publish(new ArrayList<EventMessage<?>>(all));

        Decision before = broken(projection.handle(new FindDecisions(MEETING,
                Instant.parse("2031-05-01T00:00:00Z"))));
        Decision after = broken(projection.handle(new FindDecisions(MEETING,
                Instant.parse("2031-06-01T00:00:00Z"))));

        assertThat(before.notified()).extracting(Decision.Notified::outcome).containsOnlyNulls();
        assertThat(after.notified().get(0).outcome()).isEqualTo(NoticeOutcome.ACCEPTED);
    }

    @Test
    void aResetClearsTheNotices() {
        story().forEach(this::handle);
        handle(notice("n1", "member-b", NoticeOutcome.ACCEPTED, "2031-04-24T08:00:07Z"));

        projection.reset();

        assertThat(count("decision_trail_notice")).isZero();
    }

    private static Decision broken(List<Decision> trail) {
        return trail.stream().filter(d -> d.kind() == DecisionKind.SILENCE_BROKEN).findFirst().orElseThrow();
    }

    /** A circulation notice of sp-topics, recorded (business time) on 15 May 2031, after the silence was broken. */
    private DomainEventMessage<?> notice(String noticeId, String member, NoticeOutcome outcome, String acceptedAt) {
        return store.record("SilenceProcedure", "sp-topics", new NoticeDelivered("sp-topics", noticeId,
                NoticeKind.CIRCULATION, member, List.of(member + "@mission.example.org"), List.of(), "Topics",
                Instant.parse("2031-04-24T08:00:01Z"), acceptedAt == null ? null : Instant.parse(acceptedAt),
                outcome, "<" + noticeId + "@ledger>", "250 OK", 1, null), system("2031-05-15T00:00:00Z"));
    }

    /** A plan confirmed, topics broken by a member, then issue, adoption and report, in recording order. */
    private List<DomainEventMessage<?>> story() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(meeting(new MeetingPlanConfirmed(MEETING, "sp-plan", 1, "sha256:plan-1",
                Instant.parse("2031-03-06T17:00:00Z")), system("2031-03-06T17:00:00Z")));
        events.add(meeting(new SubjectCirculatedUnderSilence(MEETING, "sp-topics", TOPICS),
                secretariat("2031-04-24T08:00:00Z")));
        events.add(store.record("SilenceProcedure", "sp-topics", new SilenceProcedureStarted("sp-topics", MEETING,
                "bureau-1", TOPICS, "Circulated", Instant.parse("2031-04-24T08:00:00Z"),
                Instant.parse("2031-05-01T16:00:00Z"), "Europe/Vienna", List.of(new Addressee("member-b", "B"),
                        new Addressee("member-c", "C")),
                null), secretariat("2031-04-24T08:00:00Z")));
        events.add(store.record("SilenceProcedure", "sp-topics", new SilenceBroken("sp-topics", "member-b",
                BreachKind.AMENDMENT, "Add 'protection'.", Instant.parse("2031-04-27T09:30:00Z"), Channel.ONLINE,
                null), acting("member-b", "BUREAU_MEMBER", "member-b", "2031-04-27T09:30:00Z")));
        events.add(meeting(new SubjectReleasedFromSilence(MEETING, "sp-topics", TOPICS, "SILENCE_BROKEN"),
                system("2031-04-27T09:30:00Z")));
        events.add(meeting(new ProvisionalAgendaIssued(MEETING, "CTOC/COP/WG.4/2031/1", LocalDate.of(2031, 6, 4),
                "General", "English", 4, "sha256:a-4"), secretariat("2031-06-04T10:00:00Z")));
        events.add(meeting(new AgendaAdopted(MEETING, 4, "sha256:a-4", false,
                List.of(new OralAmendment("Item 3 before item 2")), Instant.parse("2031-09-10T08:05:00Z")),
                secretariat("2031-09-10T08:05:00Z")));
        events.add(meeting(new ReportAdopted(MEETING, null, Instant.parse("2031-09-11T15:30:00Z")),
                secretariat("2031-09-11T15:30:00Z")));
        events.add(meeting(new MeetingClosed(MEETING, 4, "sha256:a-4", Instant.parse("2031-09-11T15:30:00Z")),
                secretariat("2031-09-11T15:30:00Z")));
        return events;
    }

    private DomainEventMessage<?> meeting(Object payload, Map<String, ?> metaData) {
        return store.record("Meeting", MEETING, payload, metaData);
    }

    private void handle(EventMessage<?> event) {
        if (event.getPayload() instanceof MeetingEvent e) {
            projection.on(e, event);
        } else if (event.getPayload() instanceof SilenceProcedureEvent e) {
            projection.on(e, event);
        }
    }

    private int count(String table) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return count == null ? 0 : count;
    }
}
