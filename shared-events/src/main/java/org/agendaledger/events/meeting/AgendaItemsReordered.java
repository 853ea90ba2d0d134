package org.agendaledger.events.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The items of the draft agenda were put in a new order. */
@Revision("1")
public record AgendaItemsReordered(String meetingId, List<String> itemIds, int agendaVersion, String contentHash)
        implements MeetingEvent {
}
