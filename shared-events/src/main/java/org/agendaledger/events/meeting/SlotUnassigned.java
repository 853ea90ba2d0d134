package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** An agenda item (or sub-item) was taken out of a plenary slot. */
@Revision("1")
public record SlotUnassigned(String meetingId, String slotId, String itemId, String subItemId) implements MeetingEvent {
}
