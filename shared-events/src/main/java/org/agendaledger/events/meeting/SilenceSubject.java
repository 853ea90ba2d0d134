package org.agendaledger.events.meeting;

/** The exact text a silence procedure is about: its kind, version and content hash. */
public record SilenceSubject(SubjectKind kind, int version, String contentHash) {
}
