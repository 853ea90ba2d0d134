package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** A document was taken off the documentation list of an agenda item. */
@Revision("1")
public record DocumentationEntryRemoved(String meetingId, String itemId, String symbol, int agendaVersion,
                                        String contentHash)
        implements MeetingEvent {
}
