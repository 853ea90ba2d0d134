package org.agendaledger.app.audit;

import org.agendaledger.events.EventMetaData;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event as it was recorded: a row of the event table or a line of an export, with the payload and metadata
 * as JSON trees. {@code aggregateType} is {@code null} for an event that is not an aggregate's (the storage engine
 * keeps it as a one-event stream named after its id); {@code globalIndex} is the position in the whole store.
 */
record StoredEvent(long globalIndex, String aggregateId, String aggregateType, long sequenceNumber, String eventId,
                   String payloadType, String payloadRevision, String timestamp, JsonNode payload,
                   JsonNode metaData)
        implements ExportRecord {

    /** The hash recorded with the event, or {@code null} when it carries none. */
    String hash() {
        return meta(CanonicalEvent.HASH);
    }

    /** The link to its predecessor recorded with the event, or {@code null}. */
    String previousHash() {
        return meta(CanonicalEvent.PREVIOUS_HASH);
    }

    /** The form the event says it was hashed in; empty when it names a form this version does not know. */
    Optional<HashForm> hashForm() {
        return HashForm.ofMarker(meta(CanonicalEvent.HASH_FORM));
    }

    /**
     * The facts the hash covers as they are now, in the form the event says it was hashed in, linked as the event
     * says it is.
     *
     * @throws IllegalStateException when the event names a form this version does not know ({@link #hashForm()})
     */
    CanonicalEvent canonical() {
        HashForm form = hashForm().orElseThrow(() -> new IllegalStateException(
                "Event " + sequenceNumber + " of " + aggregateId + " names an unknown hash form"));
        if (form == HashForm.V1) {
            return new CanonicalEvent.Version1(aggregateId, aggregateType, sequenceNumber, payloadType,
                    payloadRevision, CanonicalJson.of(payload), meta(EventMetaData.BUSINESS_TIME),
                    meta(EventMetaData.ACTOR), previousHash());
        }
        return new CanonicalEvent.Version2(aggregateId, aggregateType, sequenceNumber, eventId, timestamp,
                payloadType, payloadRevision, CanonicalJson.of(payload), CanonicalJson.of(unlinkedMetaData()),
                previousHash());
    }

    /** The metadata without the chain's own links, which the hash cannot cover (one of them is the hash). */
    private JsonNode unlinkedMetaData() {
        if (metaData == null || !metaData.isObject()) {
            return metaData == null ? JsonNodeFactory.instance.nullNode() : metaData;
        }
        ObjectNode copy = ((ObjectNode) metaData).deepCopy();
        copy.remove(CanonicalEvent.HASH);
        copy.remove(CanonicalEvent.PREVIOUS_HASH);
        return copy;
    }

    private String meta(String key) {
        return metaData != null && metaData.isObject() ? CanonicalJson.text(metaData.get(key)) : null;
    }
}
