package org.agendaledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The streams kept in memory answer as the store does: every event stored before a read is in it, in order, and the
 * store is asked only for what it has not given before.
 */
class StoredStreamsTest {

    /** Counts the events the store hands out, to see how much of a stream each read asks for. */
    private final AtomicInteger handedOut = new AtomicInteger();
    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine() {
        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            DomainEventStream events = super.readEvents(aggregateIdentifier, firstSequenceNumber);
            return DomainEventStream.of(events.asStream().peek(e -> handedOut.incrementAndGet()));
        }
    };
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aStreamReadAgainHoldsEveryEventStoredSinceAndAsksOnlyForThose() {
        StoredStreams streams = new StoredStreams(store, 1_000);
        append("m-1", 0, 3);
        assertThat(payloads(streams.read("m-1"))).containsExactly("m-1/0", "m-1/1", "m-1/2");
        assertThat(handedOut.getAndSet(0)).isEqualTo(3);

        append("m-1", 3, 2);
        assertThat(payloads(streams.read("m-1"))).containsExactly("m-1/0", "m-1/1", "m-1/2", "m-1/3", "m-1/4");
        assertThat(handedOut.getAndSet(0)).isEqualTo(2);

        assertThat(payloads(streams.read("m-1"))).hasSize(5);
        assertThat(handedOut.get()).isZero();
    }

    @Test
    void aStreamThatLeftTheBoundIsReadWholeAgain() {
        StoredStreams streams = new StoredStreams(store, 4);
        append("m-1", 0, 3);
        append("m-2", 0, 3);
        streams.read("m-1");
        streams.read("m-2");
        streams.read("m-2");
        handedOut.set(0);

        // at most four events are kept: whichever stream left is read whole again, and answers whole
        assertThat(payloads(streams.read("m-1"))).containsExactly("m-1/0", "m-1/1", "m-1/2");
        assertThat(payloads(streams.read("m-2"))).containsExactly("m-2/0", "m-2/1", "m-2/2");
        assertThat(handedOut.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownStreamIsEmpty() {
        assertThat(new StoredStreams(store, 10).read("nothing")).isEmpty();
    }

    private void append(String aggregateId, int first, int count) {
        for (int i = first; i < first + count; i++) {
            store.publish(new GenericDomainEventMessage<>("Meeting", aggregateId, i, aggregateId + "/" + i));
        }
    }

    private static List<Object> payloads(List<DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}
