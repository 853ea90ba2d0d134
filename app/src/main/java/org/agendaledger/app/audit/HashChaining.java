package org.agendaledger.app.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code hashForm}, {@code previousHash} and {@code hash} to the metadata of every event as it is published,
 * linking it to the event before it in its aggregate's stream ({@link CanonicalEvent}, in {@link HashForm#CURRENT}).
 * <p>
 * The event store runs its dispatch interceptors when a unit of work prepares to commit, on all the events it
 * staged (and again on events staged meanwhile), just before appending them: the sequence numbers are final, and
 * the events of one command — several aggregates, an aggregate created and changed — arrive in the order they
 * were applied. The predecessor of an event is then the previous event of the same stream intercepted in this
 * unit of work (remembered in its resources), or else the last stored event of the aggregate. Published outside a
 * unit of work, the events of one publication are linked among themselves the same way.
 * <p>
 * The event is hashed as the storage engine will write it: payload and metadata serialized with the event
 * serializer (the same serializer and objects the engine then writes), the recording time formatted as the engine
 * formats its {@code time_stamp} column, read back into a {@link StoredEvent} exactly as a row is read.
 */
final class HashChaining implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(HashChaining.class);
    private static final String LINKS = HashChaining.class.getName() + ".links";
    /** The previous hash when the predecessor cannot be found or carries no hash (the checks will say so). */
    private static final String UNKNOWN = "";
    /** Not known before the row is inserted; no form covers it. */
    private static final long NOT_YET_STORED = -1;

    private record Link(long sequenceNumber, String hash) {
    }

    private final Serializer eventSerializer;
    private final EventStore eventStore;

    HashChaining(Serializer eventSerializer, EventStore eventStore) {
        this.eventSerializer = eventSerializer;
        this.eventStore = eventStore;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Link> links = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getOrComputeResource(LINKS, key -> new HashMap<>())
                : new HashMap<>();
        return (index, message) -> chained(message, links);
    }

    private EventMessage<?> chained(EventMessage<?> message, Map<String, Link> links) {
        // an event that is not an aggregate's is stored as a one-event stream named after its id
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> event ? event : null;
        String aggregateId = domain != null ? domain.getAggregateIdentifier() : message.getIdentifier();
        long sequenceNumber = domain != null ? domain.getSequenceNumber() : 0;
        String previousHash = previousHash(aggregateId, sequenceNumber, links);
        MetaData linked = message.getMetaData().withoutKeys(java.util.Set.of(CanonicalEvent.HASH))
                .and(CanonicalEvent.HASH_FORM, HashForm.CURRENT.tag)
                .and(CanonicalEvent.PREVIOUS_HASH, previousHash);
        SerializedObject<byte[]> payload = message.serializePayload(eventSerializer, byte[].class);
        StoredEvent asStored = new StoredEvent(NOT_YET_STORED, aggregateId, domain != null ? domain.getType() : null,
                sequenceNumber, message.getIdentifier(), payload.getType().getName(), payload.getType().getRevision(),
                DateTimeUtils.formatInstant(message.getTimestamp()), CanonicalJson.MAPPER.readTree(payload.getData()),
                CanonicalJson.MAPPER.readTree(eventSerializer.serialize(linked, byte[].class).getData()));
        String hash = asStored.canonical().hash();
        links.put(aggregateId, new Link(sequenceNumber, hash));
        return message.withMetaData(linked.and(CanonicalEvent.HASH, hash));
    }

    private String previousHash(String aggregateId, long sequenceNumber, Map<String, Link> links) {
        if (sequenceNumber == 0) {
            return CanonicalEvent.GENESIS;
        }
        Link earlier = links.get(aggregateId);
        if (earlier != null && earlier.sequenceNumber() == sequenceNumber - 1) {
            return earlier.hash();
        }
        // the store's events come first; the staged ones it appends carry no hash yet and were found above
        DomainEventStream stored = eventStore.readEvents(aggregateId, sequenceNumber - 1);
        if (stored.hasNext() && stored.peek().getSequenceNumber() == sequenceNumber - 1) {
            Object hash = stored.peek().getMetaData().get(CanonicalEvent.HASH);
            if (hash != null) {
                return hash.toString();
            }
        }
        log.warn("Event {} of {} is chained to an unknown predecessor: event {} is not stored or has no hash",
                sequenceNumber, aggregateId, sequenceNumber - 1);
        return UNKNOWN;
    }
}
