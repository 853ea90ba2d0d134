package org.agendaledger.events.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The secretariat imported a whole agenda with its document parts in one step: the first version of the draft, or a
 * new version replacing the draft's text entirely (the places of items in the organization of work are kept).
 */
@Revision("1")
public record AgendaImported(String meetingId, DocumentParts parts, List<AgendaItemContent> items, int agendaVersion,
                             String contentHash)
        implements MeetingEvent {
}
