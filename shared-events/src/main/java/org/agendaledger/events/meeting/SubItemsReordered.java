package org.agendaledger.events.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The sub-items of an agenda item were put in a new order. */
@Revision("1")
public record SubItemsReordered(String meetingId, String itemId, List<String> subItemIds, int agendaVersion,
                                String contentHash)
        implements MeetingEvent {
}
