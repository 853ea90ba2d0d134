package org.agendaledger.events.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The meeting closed and its agenda was sealed at this version. */
@Revision("1")
public record MeetingClosed(String meetingId, int agendaVersion, String contentHash, Instant closedAt)
        implements MeetingEvent {
}
