package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** A sub-item was added under an agenda item at a position (0 = (a)). */
@Revision("1")
public record SubItemAdded(String meetingId, String itemId, String subItemId, String title, int position,
                           int agendaVersion, String contentHash)
        implements MeetingEvent {
}
