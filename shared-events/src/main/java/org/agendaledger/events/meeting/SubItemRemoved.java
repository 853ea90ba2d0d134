package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** A sub-item was removed; the sub-items after it move up one letter. */
@Revision("1")
public record SubItemRemoved(String meetingId, String itemId, String subItemId, int agendaVersion, String contentHash)
        implements MeetingEvent {
}
