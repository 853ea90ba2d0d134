package org.agendaledger.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The events of the streams the history has read, kept in memory: a stored event never changes and a stream only
 * grows at its end, so a stream read once is read again only from its next sequence number. Every read still asks
 * the store for that tail, so each answer holds every event stored before it, on any node. Bounded by the number of
 * events kept ({@code agenda-ledger.history.kept-events}), the least recently read streams leaving first; the
 * events are kept deserialized, without their stored form. The integrity checks read the event table itself, never
 * this.
 */
@Component
public class StoredStreams {

    private final EventStore eventStore;
    private final Cache<String, List<DomainEventMessage<?>>> streams;

    public StoredStreams(EventStore eventStore, @Value("${agenda-ledger.history.kept-events:50000}") long keptEvents) {
        this.eventStore = eventStore;
        this.streams = Caffeine.newBuilder()
                // evicts in the reading thread, at once, not later in a pool
                .executor(Runnable::run)
                .maximumWeight(keptEvents)
                .<String, List<DomainEventMessage<?>>>weigher((id, events) -> events.size())
                .build();
    }

    /** Every event of the stream, from sequence 0 (never a snapshot), in order. */
    List<DomainEventMessage<?>> read(String aggregateId) {
        List<DomainEventMessage<?>> known = streams.getIfPresent(aggregateId);
        long next = known == null ? 0 : known.get(known.size() - 1).getSequenceNumber() + 1;
        List<DomainEventMessage<?>> tail = new ArrayList<>();
        eventStore.readEvents(aggregateId, next).forEachRemaining(event -> tail.add(kept(event)));
        if (tail.isEmpty()) {
            return known == null ? List.of() : known;
        }
        List<DomainEventMessage<?>> all = new ArrayList<>((known == null ? 0 : known.size()) + tail.size());
        if (known != null) {
            all.addAll(known);
        }
        all.addAll(tail);
        List<DomainEventMessage<?>> stream = Collections.unmodifiableList(all);
        // of two readers, the one that read further is kept
        streams.asMap().merge(aggregateId, stream, (kept, read) -> kept.size() >= read.size() ? kept : read);
        return stream;
    }

    /** The event with its payload and metadata read once, and its stored form let go. */
    private static DomainEventMessage<?> kept(DomainEventMessage<?> event) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier(),
                event.getTimestamp());
    }
}
