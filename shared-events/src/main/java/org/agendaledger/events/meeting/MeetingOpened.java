package org.agendaledger.events.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The meeting was opened. */
@Revision("1")
public record MeetingOpened(String meetingId, Instant openedAt) implements MeetingEvent {
}
