package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** An item was added to the draft agenda at a position (0 = first). */
@Revision("1")
public record AgendaItemAdded(String meetingId, String itemId, ItemKind kind, String title, int position,
                              int agendaVersion, String contentHash)
        implements MeetingEvent {
}
