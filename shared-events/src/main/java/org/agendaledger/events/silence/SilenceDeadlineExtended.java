package org.agendaledger.events.silence;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The initiator moved the deadline of a running procedure later, giving a reason. */
@Revision("1")
public record SilenceDeadlineExtended(String procedureId, Instant previousDeadline, Instant newDeadline, String reason)
        implements SilenceProcedureEvent {
}
