package org.agendaledger.app.infrastructure;

import java.util.Objects;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes a snapshot of an aggregate type only when it is of the type's current revision and reads back; any other
 * is passed over (logged), and the aggregate is rebuilt from its whole stream, as if it had no snapshot. Axon would
 * fail the command on a snapshot it cannot read; a snapshot is only a cache, so it must never decide an answer.
 * Snapshots of other types pass.
 */
final class ReadableSnapshots implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadableSnapshots.class);

    private final Class<?> type;
    private final String revision;
    private final Serializer serializer;

    ReadableSnapshots(Class<?> type, String revision, Serializer serializer) {
        this.type = type;
        this.revision = revision;
        this.serializer = serializer;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        SerializedObject<?> payload = snapshot.getPayload();
        if (!type.getName().equals(payload.getType().getName())) {
            return true;
        }
        if (!Objects.equals(revision, payload.getType().getRevision())) {
            log.info("The snapshot of {} {} at {} is of revision {}, not {}: its stream is replayed whole",
                    type.getSimpleName(), snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(),
                    payload.getType().getRevision(), revision);
            return false;
        }
        try {
            serializer.deserialize(payload);
            return true;
        } catch (RuntimeException e) {
            log.warn("The snapshot of {} {} at {} cannot be read ({}): its stream is replayed whole",
                    type.getSimpleName(), snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(),
                    e.getMessage());
            return false;
        }
    }
}
