package org.agendaledger.query.audit;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One recorded event with everything the ledger knows about it.
 *
 * @param position       the event's place in the store's global order (newest last)
 * @param aggregateType  the kind of stream: {@code Bureau}, {@code Meeting} or {@code SilenceProcedure}
 * @param meetingId      the meeting the event concerns: its own stream's, or the meeting a procedure was started
 *                       on; empty for a Bureau's events
 * @param payloadType    the event's simple name, e.g. {@code SilenceBroken}
 * @param payload        the event as the application writes it in JSON
 * @param metaData       all its metadata: actor, role, memberId, correlationId, traceId, businessTime
 * @param businessTime   when it happened in the business; {@code recordedAt} is when the ledger recorded it
 */
public record AuditEvent(Long position, String eventId, String aggregateId, String aggregateType,
                         Long sequenceNumber, String meetingId, String payloadType, JsonNode payload,
                         JsonNode metaData, Instant businessTime, Instant recordedAt, String actor, String role) {
}
