package org.agendaledger.events.meeting;

/** An amendment to the provisional agenda made orally by the meeting when adopting it. */
public record OralAmendment(String text) {
}
