package org.agendaledger.events.silence;

import org.axonframework.serialization.Revision;

/** After silence was broken, a revised text was circulated as a new procedure. */
@Revision("1")
public record RevisedTextRecirculated(String procedureId, String newProcedureId) implements SilenceProcedureEvent {
}
