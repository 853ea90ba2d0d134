package org.agendaledger.events.meeting;

/** A substantive topic proposed for a meeting. */
public record Topic(String topicId, String title) {
}
