package org.agendaledger.events.silence;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The initiator withdrew a running procedure before its deadline. */
@Revision("1")
public record SilenceProcedureWithdrawn(String procedureId, String reason, Instant withdrawnAt)
        implements SilenceProcedureEvent {
}
