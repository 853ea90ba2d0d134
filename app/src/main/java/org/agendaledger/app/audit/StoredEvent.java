package org.agendaledger.app.audit;

import tools.jackson.databind.JsonNode;

/**
 * One event as it was recorded: a row of the event table or a line of an export, with the payload and metadata
 * as JSON trees. {@code aggregateType} is {@code null} for an event that is not an aggregate's (the storage engine
 * keeps it as a one-event stream named after its id); {@code globalIndex} is the position in the whole store.
 */
record StoredEvent(long globalIndex, String aggregateId, String aggregateType, long sequenceNumber, String eventId,
                   String payloadType, String payloadRevision, String timestamp, JsonNode payload,
                   JsonNode metaData) {

    /** The hash recorded with the event, or {@code null} when it carries none. */
    String hash() {
        return meta(CanonicalEvent.HASH);
    }

    /** The link to its predecessor recorded with the event, or {@code null}. */
    String previousHash() {
        return meta(CanonicalEvent.PREVIOUS_HASH);
    }

    /** The facts the hash covers as they are now, linked as the event says it is. */
    CanonicalEvent canonical() {
        return new CanonicalEvent(aggregateId, aggregateType, sequenceNumber, payloadType, payloadRevision,
                CanonicalJson.of(payload), meta(CanonicalEvent.BUSINESS_TIME), meta(CanonicalEvent.ACTOR),
                previousHash());
    }

    private String meta(String key) {
        return metaData != null && metaData.isObject() ? CanonicalJson.text(metaData.get(key)) : null;
    }
}
