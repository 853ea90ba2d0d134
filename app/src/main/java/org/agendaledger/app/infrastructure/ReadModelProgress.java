package org.agendaledger.app.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the read models have come through the event store: read-your-writes for anyone who sent a command and is
 * about to read what it changed, on whichever node.
 * <p>
 * Every command answer carries the store's position after the command ({@link #head()}, read once its events are
 * committed). A read model has reached a position when every segment of its processor has handled every committed
 * event up to it: the segment's stored token is at or past it, none of the positions below it that the token still
 * waits for (a gap: an event whose transaction had not committed when the segment went past) holds a committed
 * event, and no event up to it is parked in the read model's dead-letter queue. A gap left by a transaction that was
 * rolled back, or that was still open when the command's answer was given, holds nothing the caller saw, so it does
 * not hold the caller up. Everything is read from the database (tokens, dead letters, the event table), so the
 * answer is the same on every node.
 */
@Component
public class ReadModelProgress {

    /** Where nothing has been stored yet. */
    public static final long EMPTY = -1;

    /** Whether the read models asked for have reached a position, and if not, which are behind and which blocked. */
    public record Standing(long position, List<String> behind, Map<String, List<String>> parked) {

        public boolean reached() {
            return behind.isEmpty() && parked.isEmpty();
        }

        /** Blocked by a parked event: waiting longer will not help until it is retried. */
        public boolean blocked() {
            return !parked.isEmpty();
        }
    }

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final JdbcTemplate jdbc;
    private final boolean eventsInDatabase;

    public ReadModelProgress(EventStore eventStore, EventProcessingConfiguration processing, StoredTokens tokens,
                             DataSource dataSource,
                             @Value("${axon.axonserver.enabled:false}") boolean eventsInAxonServer) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = new JdbcTemplate(dataSource);
        this.eventsInDatabase = !eventsInAxonServer;
    }

    /** The position of the newest event stored, {@link #EMPTY} for an empty store. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return EMPTY;
        }
        OptionalLong position = head.position();
        return position.orElse(EMPTY);
    }

    /** The read models: every streaming processor that can be replayed (the silence-procedure process is not one). */
    public Set<String> readModels() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .map(StreamingEventProcessor::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Where the given read models stand relative to {@code position}. */
    public Standing standing(long position, Collection<String> readModels) {
        if (position <= EMPTY || readModels.isEmpty()) {
            return new Standing(position, List.of(), Map.of());
        }
        Map<String, List<StoredTokens.Segment>> segments = new HashMap<>();
        tokens.segments().forEach(s -> segments.computeIfAbsent(s.processor(), k -> new ArrayList<>()).add(s));
        Map<String, List<String>> parked = new LinkedHashMap<>();
        for (StoredTokens.ParkedEvent event : tokens.parked()) {
            if (readModels.contains(event.processingGroup()) && event.token() != null
                    && event.token().position().orElse(Long.MAX_VALUE) <= position) {
                parked.computeIfAbsent(event.processingGroup(), k -> new ArrayList<>()).add(event.eventId());
            }
        }
        Pending pending = new Pending(position);
        List<String> behind = new ArrayList<>();
        for (String readModel : new TreeSet<>(readModels)) {
            List<StoredTokens.Segment> ofReadModel = segments.getOrDefault(readModel, List.of());
            if (ofReadModel.isEmpty() || !reached(readModel, ofReadModel, pending)) {
                behind.add(readModel);
            }
        }
        return new Standing(position, behind, parked);
    }

    /**
     * Whether every segment of a read model has handled what it must up to the position. A segment whose stored token
     * is short of it may still have nothing left to do: its processor stores the token of events it does not handle
     * (of other types, or of aggregates of other segments) only every few seconds, so the events in between are
     * looked at, and only those this segment would handle keep it behind.
     */
    private boolean reached(String readModel, List<StoredTokens.Segment> segments, Pending pending) {
        Segment[] shapes = Segment.computeSegments(segments.stream().mapToInt(StoredTokens.Segment::segment).toArray());
        Map<Integer, Segment> shapeOf = new HashMap<>();
        for (Segment shape : shapes) {
            shapeOf.put(shape.getSegmentId(), shape);
        }
        EventHandlerInvoker handlers = handlersOf(readModel);
        for (StoredTokens.Segment segment : segments) {
            TrackingToken token = segment.token();
            if (token == null) {
                return false;
            }
            long at = token.position().orElse(EMPTY);
            if (at >= pending.position && !(token instanceof GapAwareTrackingToken gapAware
                    && gapAware.getGaps().headSet(pending.position + 1).stream().anyMatch(pending::committed))) {
                continue;
            }
            if (handlers == null) {
                return false;
            }
            Segment shape = shapeOf.get(segment.segment());
            Set<Long> gaps = token instanceof GapAwareTrackingToken gapAware
                    ? gapAware.getGaps().headSet(pending.position + 1) : Set.of();
            Optional<List<StoredEventKey>> events = pending.eventsAfter(at, gaps);
            if (events.isEmpty() || events.get().stream().anyMatch(e -> e.handledBy(handlers, shape))) {
                return false;
            }
        }
        return true;
    }

    private EventHandlerInvoker handlersOf(String readModel) {
        return processing.eventProcessor(readModel)
                .filter(AbstractEventProcessor.class::isInstance)
                .map(p -> ((AbstractEventProcessor) p).eventHandlerInvoker())
                .orElse(null);
    }

    /** An event as the sequencing of a processor sees it: position, sequence (its aggregate), type. */
    private record StoredEventKey(long globalIndex, String aggregateId, String payloadType) {

        boolean handledBy(EventHandlerInvoker handlers, Segment segment) {
            Class<?> type = EventTypes.named(payloadType);
            return type != null && handlers.canHandleType(type) && segment != null && segment.matches(aggregateId);
        }
    }

    /**
     * What is committed up to the position, read from the event table at most once per question: the positions of
     * the gaps that hold a committed event, and the events after the slowest segment.
     */
    private final class Pending {

        /** Beyond this many events a read model is simply behind (a rebuild, a processor that was down). */
        private static final int LOOK_AT_MOST = 2000;

        private final long position;
        private final Map<Long, Boolean> committedGaps = new HashMap<>();
        private long loadedAfter = Long.MAX_VALUE;
        private final Map<Long, StoredEventKey> events = new HashMap<>();

        private Pending(long position) {
            this.position = position;
        }

        boolean committed(long gap) {
            if (!eventsInDatabase) {
                return true;
            }
            return committedGaps.computeIfAbsent(gap, g -> !jdbc.queryForList(
                    "SELECT global_index FROM domain_event_entry WHERE global_index = ?", Long.class, g).isEmpty());
        }

        /** The committed events after {@code at} up to the position and at the given gaps; empty when too many. */
        Optional<List<StoredEventKey>> eventsAfter(long at, Set<Long> gaps) {
            if (!eventsInDatabase || position - at > LOOK_AT_MOST || gaps.size() > LOOK_AT_MOST) {
                return Optional.empty();
            }
            if (at < loadedAfter) {
                jdbc.query("SELECT global_index, aggregate_identifier, payload_type FROM domain_event_entry "
                        + "WHERE global_index > ? AND global_index <= ?",
                        (java.sql.ResultSet row) -> {
                            events.put(row.getLong(1), new StoredEventKey(row.getLong(1), row.getString(2),
                                    row.getString(3)));
                        }, at, Math.min(position, loadedAfter));
                loadedAfter = at;
            }
            List<StoredEventKey> after = new ArrayList<>();
            events.values().stream().filter(e -> e.globalIndex() > at).forEach(after::add);
            for (Long gap : gaps) {
                if (gap <= at && committed(gap)) {
                    after.addAll(jdbc.query("SELECT global_index, aggregate_identifier, payload_type "
                            + "FROM domain_event_entry WHERE global_index = ?",
                            (row, n) -> new StoredEventKey(
                                    row.getLong(1), row.getString(2), row.getString(3)),
                            gap));
                }
            }
            return Optional.of(after);
        }
    }

    /**
     * Waits (up to {@code patience}, looking every 20 ms) until the read models have reached {@code position}; returns
     * at once when one is blocked by a parked event.
     */
    public Standing await(long position, Collection<String> readModels, Duration patience) {
        Instant until = Instant.now().plus(patience);
        Standing standing = standing(position, readModels);
        while (!standing.reached() && !standing.blocked() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return standing;
            }
            standing = standing(position, readModels);
        }
        return standing;
    }

}
