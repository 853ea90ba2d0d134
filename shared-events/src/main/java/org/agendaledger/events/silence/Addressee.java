package org.agendaledger.events.silence;

/** A member of the Bureau to whom a silence procedure was circulated, frozen at circulation. */
public record Addressee(String memberId, String displayName) {
}
