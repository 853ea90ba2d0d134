package org.agendaledger.events.silence;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An addressee broke silence before the deadline with an objection or a proposed amendment; the subject is not approved. */
@Revision("1")
public record SilenceBroken(String procedureId, String memberId, BreachKind kind, String text, Instant receivedAt,
                            Channel channel, String reference)
        implements SilenceProcedureEvent {
}
