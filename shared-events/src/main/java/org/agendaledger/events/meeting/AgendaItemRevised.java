package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** The title or kind of an agenda item was revised. */
@Revision("1")
public record AgendaItemRevised(String meetingId, String itemId, ItemKind kind, String title, int agendaVersion,
                                String contentHash)
        implements MeetingEvent {
}
