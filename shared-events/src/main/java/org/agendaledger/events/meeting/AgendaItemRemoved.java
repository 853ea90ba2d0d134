package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** An item was removed from the draft agenda; the items after it move up one number. */
@Revision("1")
public record AgendaItemRemoved(String meetingId, String itemId, int agendaVersion, String contentHash)
        implements MeetingEvent {
}
