package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** The title of a sub-item was revised. */
@Revision("1")
public record SubItemRevised(String meetingId, String itemId, String subItemId, String title, int agendaVersion,
                             String contentHash)
        implements MeetingEvent {
}
