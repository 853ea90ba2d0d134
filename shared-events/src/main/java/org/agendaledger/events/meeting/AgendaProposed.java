package org.agendaledger.events.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The secretariat proposed the draft agenda of a meeting: its first version. */
@Revision("1")
public record AgendaProposed(String meetingId, List<AgendaItemContent> items, int agendaVersion, String contentHash)
        implements MeetingEvent {
}
