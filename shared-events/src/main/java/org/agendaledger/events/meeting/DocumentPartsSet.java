package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** The secretariat set the document's parts (masthead, title, structure, annexes): a new version of the agenda. */
@Revision("1")
public record DocumentPartsSet(String meetingId, DocumentParts parts, int agendaVersion, String contentHash)
        implements MeetingEvent {
}
