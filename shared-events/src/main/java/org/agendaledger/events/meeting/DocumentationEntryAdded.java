package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** A document was listed under an agenda item. */
@Revision("1")
public record DocumentationEntryAdded(String meetingId, String itemId, DocumentationEntry entry, int agendaVersion,
                                      String contentHash)
        implements MeetingEvent {
}
