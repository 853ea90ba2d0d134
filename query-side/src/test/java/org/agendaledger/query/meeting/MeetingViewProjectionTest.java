package org.agendaledger.query.meeting;

import static org.agendaledger.query.RecordedEvents.secretariat;
import static org.agendaledger.query.meeting.MeetingEvents.MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.query.RecordedEvents;
import org.agendaledger.query.history.MeetingHistory;
import org.agendaledger.query.history.StoredStreams;
import org.agendaledger.query.live.ChangeSignal;
import org.agendaledger.query.live.LiveUpdates;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.agendaledger.query.lifecycle.MeetingStatus;
import org.agendaledger.query.testing.RacingJdbc;

/** The meeting list on the real migration (H2), fed event by event as its processor would, and "as of" from the store. */
class MeetingViewProjectionTest {

    private final EmbeddedDatabase database = (EmbeddedDatabase) RecordedEvents
            .database("V100__meeting_and_agenda_views.sql");
    private final RacingJdbc jdbc = new RacingJdbc(database, "meeting_view", MEETING);
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final MeetingViewProjection projection = new MeetingViewProjection(new MeetingViewRows(jdbc),
            new MeetingHistory(new StoredStreams(eventStore, 10_000)), emitter, new LiveUpdates(ChangeSignal.NONE));
    private final RecordedEvents store = new RecordedEvents();
    private final List<MeetingSummary> sent = new ArrayList<>();
    private Instant businessTime = Instant.parse("2031-01-01T09:00:00Z");

    @BeforeEach
    void follow() {
        UpdateHandlerRegistration<MeetingSummary> following = emitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(new FindMeeting(MEETING, null),
                        ResponseTypes.optionalInstanceOf(MeetingSummary.class),
                        ResponseTypes.instanceOf(MeetingSummary.class)),
                64);
        following.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(sent::add);
    }

    @AfterEach
    void close() {
        eventStore.shutDown();
        database.shutdown();
    }

    @Test
    void afterEveryEventTheStoredMeetingIsTheMeetingAsOfThatEvent() {
        for (MeetingEvent event : MeetingEvents.life()) {
            // when
            Instant at = handle(event);

            // then
            MeetingSummary stored = projection.handle(new FindMeeting(MEETING, null)).orElseThrow();
            assertThat(projection.handle(new FindMeeting(MEETING, at))).as(event.getClass().getSimpleName())
                    .contains(stored);
        }
        assertThat(projection.handle(new FindMeeting(MEETING, null))).hasValueSatisfying(meeting -> {
            assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
            assertThat(meeting.venue()).isEqualTo("Vienna International Centre");
            assertThat(meeting.planConfirmed()).isTrue();
            assertThat(meeting.topicsApproved()).isTrue();
        });
        assertThat(projection.handle(new FindMeeting(MEETING, Instant.parse("2030-12-31T00:00:00Z"))))
                .as("before it was scheduled").isEmpty();
    }

    @Test
    void theStatusIsStoredAsEachStepOfTheLifecycleLeavesIt() {
        List<MeetingStatus> statuses = new ArrayList<>();
        for (MeetingEvent event : MeetingEvents.life()) {
            handle(event);
            statuses.add(projection.handle(new FindMeeting(MEETING, null)).orElseThrow().status());
        }

        assertThat(statuses).containsExactly(MeetingStatus.SCHEDULED, MeetingStatus.SCHEDULED,
                MeetingStatus.SCHEDULED, MeetingStatus.SCHEDULED, MeetingStatus.SCHEDULED,
                MeetingStatus.AGENDA_DRAFTED, MeetingStatus.AGENDA_DRAFTED, MeetingStatus.AGENDA_DRAFTED,
                MeetingStatus.AGENDA_ISSUED, MeetingStatus.OPEN, MeetingStatus.AGENDA_ADOPTED,
                MeetingStatus.AGENDA_ADOPTED, MeetingStatus.CLOSED);
    }

    @Test
    void anEventHandledTwiceChangesTheMeetingOnceAndOnlyAChangeIsSent() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (MeetingEvent event : List.of(MeetingEvents.scheduled(), MeetingEvents.planConfirmed(),
                MeetingEvents.topicsProposed(), MeetingEvents.agendaProposed())) {
            messages.add(store.record("Meeting", MEETING, event, secretariat("2031-01-01T09:00:00Z")));
        }
        deliver(messages, ReplayStatus.REGULAR);
        List<Map<String, Object>> table = table();

        deliver(messages, ReplayStatus.REGULAR);
        deliver(messages, ReplayStatus.REPLAY);

        assertThat(table()).isEqualTo(table);
        assertThat(table).singleElement().satisfies(row -> {
            assertThat(row.get("STATUS")).isEqualTo("AGENDA_DRAFTED");
            assertThat(row.get("LAST_SEQUENCE")).isEqualTo(3L);
        });
        assertThat(sent).as("scheduled, confirmed, drafted: the topics change nothing in the list")
                .extracting(MeetingSummary::status, MeetingSummary::planConfirmed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MeetingStatus.SCHEDULED, false),
                        org.assertj.core.groups.Tuple.tuple(MeetingStatus.SCHEDULED, true),
                        org.assertj.core.groups.Tuple.tuple(MeetingStatus.AGENDA_DRAFTED, true));
    }

    @Test
    void aFoldThatAnotherHandlerOvertookIsRefusedInsteadOfOverwritingIt() {
        handle(MeetingEvents.scheduled());
        handle(MeetingEvents.agendaProposed());

        // another delivery of the meeting's events stores its fold between this handler's read and its write
        jdbc.overtakeNextWrite();
        assertThatThrownBy(() -> handle(MeetingEvents.issued()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("moved past sequence 1 while event 2 was applied");

        assertThat(table()).singleElement().satisfies(row -> {
            assertThat(row.get("LAST_SEQUENCE")).isEqualTo(2L);
            assertThat(row.get("STATUS")).as("the overtaking fold is kept, not overwritten")
                    .isEqualTo("AGENDA_DRAFTED");
        });
    }

    /** Records the event in the store at the next business time and hands it to the projection; that time. */
    private Instant handle(MeetingEvent event) {
        businessTime = businessTime.plusSeconds(3600);
        DomainEventMessage<?> message = store.record("Meeting", MEETING, event, secretariat(businessTime.toString()));
        eventStore.publish(message);
        projection.on(event, message.getSequenceNumber(), ReplayStatus.REGULAR);
        return businessTime;
    }

    private void deliver(List<DomainEventMessage<?>> messages, ReplayStatus replay) {
        for (DomainEventMessage<?> message : messages) {
            projection.on((MeetingEvent) message.getPayload(), message.getSequenceNumber(), replay);
        }
    }

    private List<Map<String, Object>> table() {
        return jdbc.queryForList("SELECT * FROM meeting_view ORDER BY meeting_id");
    }
}
