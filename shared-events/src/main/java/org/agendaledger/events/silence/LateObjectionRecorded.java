package org.agendaledger.events.silence;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An objection or amendment arrived at or after the deadline; it is kept for the record and changes nothing. */
@Revision("1")
public record LateObjectionRecorded(String procedureId, String memberId, BreachKind kind, String text,
                                    Instant receivedAt, Channel channel, String reference, Instant deadline)
        implements SilenceProcedureEvent {
}
