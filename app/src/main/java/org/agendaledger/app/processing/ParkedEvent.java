package org.agendaledger.app.processing;

import java.time.Instant;

/**
 * An event parked in a processing group's dead-letter queue, as the secretariat and the auditor see it: which event,
 * of which aggregate, why its handler failed, since when, how often it was tried, and what may be done with it.
 *
 * @param sequence      what orders it: the aggregate whose later events wait behind it
 * @param first         whether it is the first of its sequence (the one a retry starts with)
 * @param position      its position in the store, when known
 * @param evictable     whether it may be evicted: only where the handler is a side effect, never from a read model
 */
record ParkedEvent(String processingGroup, String sequence, boolean first, String eventId,
                   String payloadType, String aggregateId, Long sequenceNumber, Long position,
                   Instant recordedAt, String causeType, String causeMessage, Instant enqueuedAt,
                   Instant lastTouched, int attempts, boolean evictable) {
}
