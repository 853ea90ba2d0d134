package org.agendaledger.events.silence;

import java.time.Instant;

/** A comment received from an addressee during a silence procedure, with its time of receipt. */
public record Reaction(String memberId, String text, Instant receivedAt, Channel channel, String reference) {
}
