package org.agendaledger.events.bureau;

import org.axonframework.serialization.Revision;

/** The (extended) Bureau whose members decide by silence procedure was established. */
@Revision("1")
public record BureauEstablished(String bureauId, String name) implements BureauEvent {
}
