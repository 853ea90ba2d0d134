package org.agendaledger.events.silence;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Another objection or amendment arrived before the deadline after silence had already been broken. */
@Revision("1")
public record FurtherObjectionRecorded(String procedureId, String memberId, BreachKind kind, String text,
                                       Instant receivedAt, Channel channel, String reference)
        implements SilenceProcedureEvent {
}
