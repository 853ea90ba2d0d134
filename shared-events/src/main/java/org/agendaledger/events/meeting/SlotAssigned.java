package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** An agenda item (or sub-item) was placed into a plenary slot at a position within it. */
@Revision("1")
public record SlotAssigned(String meetingId, String slotId, String itemId, String subItemId, int position)
        implements MeetingEvent {
}
