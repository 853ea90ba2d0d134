package org.agendaledger.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * When a read model has reached a store position, decided from what the database holds: its stored tokens, its
 * dead letters and the event table, on a real (in-memory) database with the application's own schema.
 */
class ReadModelProgressTest {

    private static final String READ_MODEL = "meeting-view";
    /** Two segments: aggregates whose id hashes to an even number go to segment 0, the others to segment 1. */
    private static final Segment[] SEGMENTS = Segment.computeSegments(0, 1);

    private JdbcTemplate jdbc;
    private Serializer serializer;
    private ReadModelProgress progress;
    private long head;

    @BeforeEach
    void aStoreWithTheApplicationsSchema() throws Exception {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (var connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V1__axon_infrastructure.sql"));
        }
        jdbc = new JdbcTemplate(dataSource);
        serializer = new Serializers().serializer(new AnnotationRevisionResolver());
        EventStore eventStore = mock(EventStore.class);
        when(eventStore.createHeadToken()).thenAnswer(i -> new GlobalSequenceTrackingToken(head));
        // the read model handles meetings being scheduled, not Bureau members being appointed
        EventHandlerInvoker handlers = mock(EventHandlerInvoker.class);
        when(handlers.canHandleType(any())).thenAnswer(i -> i.getArgument(0) == MeetingScheduled.class);
        AbstractEventProcessor processor = mock(AbstractEventProcessor.class);
        when(processor.eventHandlerInvoker()).thenReturn(handlers);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(READ_MODEL)).thenReturn(Optional.of(processor));
        progress = new ReadModelProgress(eventStore, processing, new StoredTokens(dataSource, serializer), dataSource,
                false);
    }

    @Test
    void givenEverySegmentAtOrPastThePosition_thenTheReadModelHasReachedIt() {
        events(1, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(12));
        token(1, gapAware(15));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).reached()).isTrue();
    }

    @Test
    void givenASegmentShortOfThePositionWithAnEventItHandles_thenTheReadModelIsBehind() {
        events(1, 11, aggregateOf(0), MeetingScheduled.class);
        events(12, 12, aggregateOf(1), MeetingScheduled.class);
        token(0, gapAware(12));
        token(1, gapAware(11));

        ReadModelProgress.Standing standing = progress.standing(12, Set.of(READ_MODEL));
        assertThat(standing.reached()).isFalse();
        assertThat(standing.behind()).containsExactly(READ_MODEL);
        assertThat(standing.blocked()).isFalse();
    }

    @Test
    void givenASegmentShortOfThePositionOnlyByEventsItDoesNotHandle_thenItHasNothingLeftToDo() {
        // its processor stores the token of events it skips only every few seconds
        events(1, 10, aggregateOf(0), MeetingScheduled.class);
        events(11, 11, aggregateOf(1), BureauMemberAppointed.class);
        events(12, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(12));
        token(1, gapAware(10));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).reached()).isTrue();
    }

    @Test
    void givenASegmentShortOfThePositionOnlyByEventsOfAnotherSegment_thenItHasNothingLeftToDo() {
        events(1, 10, aggregateOf(1), MeetingScheduled.class);
        events(11, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(12));
        token(1, gapAware(10));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).reached()).isTrue();
    }

    @Test
    void givenAGapThatNowHoldsACommittedEvent_thenTheSegmentHasNotHandledItYet() {
        // segment 0 went past 11 while its transaction was still open; it has committed since
        events(1, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(12, 11L));
        token(1, gapAware(12));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).behind()).containsExactly(READ_MODEL);
    }

    @Test
    void givenAGapThatHoldsNothing_thenItDoesNotHoldTheReaderUp() {
        // position 11 was taken by a transaction that rolled back (a refused duplicate), or that is still open
        events(1, 10, aggregateOf(0), MeetingScheduled.class);
        events(12, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(12, 11L));
        token(1, gapAware(12, 11L));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).reached()).isTrue();
    }

    @Test
    void givenAGapAfterThePosition_thenItDoesNotMatter() {
        events(1, 12, aggregateOf(0), MeetingScheduled.class);
        events(14, 14, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(14, 13L));
        token(1, gapAware(14, 13L));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).reached()).isTrue();
    }

    @Test
    void givenAReplayShortOfThePosition_thenTheReadModelIsBehind() {
        events(1, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, ReplayToken.createReplayToken(gapAware(12), gapAware(5)));
        token(1, gapAware(12));

        assertThat(progress.standing(12, Set.of(READ_MODEL)).behind()).containsExactly(READ_MODEL);
    }

    @Test
    void givenAReadModelWithoutAnyStoredSegment_thenItIsBehind() {
        events(1, 3, aggregateOf(0), MeetingScheduled.class);

        assertThat(progress.standing(3, Set.of(READ_MODEL)).behind()).containsExactly(READ_MODEL);
    }

    @Test
    void givenAnEventUpToThePositionParkedInTheDeadLetterQueue_thenTheReadModelIsBlocked() {
        events(1, 12, aggregateOf(0), MeetingScheduled.class);
        token(0, gapAware(12));
        token(1, gapAware(12));
        parked("event-9", gapAware(9));

        ReadModelProgress.Standing standing = progress.standing(12, Set.of(READ_MODEL));
        assertThat(standing.blocked()).isTrue();
        assertThat(standing.parked()).isEqualTo(Map.of(READ_MODEL, List.of("event-9")));
        // a reader asking for an earlier position is not held up by it
        assertThat(progress.standing(8, Set.of(READ_MODEL)).reached()).isTrue();
    }

    @Test
    void givenNothingAskedFor_thenNothingIsWaitedFor() {
        assertThat(progress.standing(12, Set.of()).reached()).isTrue();
        assertThat(progress.standing(ReadModelProgress.EMPTY, Set.of(READ_MODEL)).reached()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ the store

    private static TrackingToken gapAware(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, List.of(gaps));
    }

    /** An aggregate id that the sequencing sends to the given segment. */
    private static String aggregateOf(int segment) {
        for (int i = 0;; i++) {
            String id = "aggregate-" + i;
            if (SEGMENTS[segment].matches(id)) {
                return id;
            }
        }
    }

    private void events(long from, long to, String aggregateId, Class<?> type) {
        for (long position = from; position <= to; position++) {
            jdbc.update("INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                    + "event_identifier, payload, payload_type, time_stamp) VALUES (?, ?, ?, 'Meeting', ?, ?, ?, ?)",
                    position, aggregateId, position, "event-" + position,
                    "{}".getBytes(StandardCharsets.UTF_8), type.getName(), "2026-01-01T00:00:00Z");
            head = Math.max(head, position);
        }
    }

    private void token(int segment, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        jdbc.update(
                "INSERT INTO token_entry (processor_name, segment, token, token_type, owner) VALUES (?, ?, ?, ?, ?)",
                READ_MODEL, segment, serialized.getData(), serialized.getType().getName(), "node-1");
    }

    private void parked(String eventId, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        jdbc.update("INSERT INTO dead_letter_entry (dead_letter_identifier, processing_group, sequence_identifier, "
                + "sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, token_type, "
                + "token, enqueued_at) VALUES (?, ?, ?, 0, 'event', ?, '2026-01-01T00:00:00Z', ?, ?, ?, ?, "
                + "'2026-01-01T00:00:00Z')", "letter-" + eventId, READ_MODEL, aggregateOf(0), eventId,
                MeetingScheduled.class.getName(), "{}".getBytes(StandardCharsets.UTF_8),
                serialized.getType().getName(), serialized.getData());
    }
}
