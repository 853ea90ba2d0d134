package org.agendaledger.events.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The annotation paragraphs of an item (or of one of its sub-items, when subItemId is set) were replaced. */
@Revision("1")
public record AgendaItemAnnotated(String meetingId, String itemId, String subItemId, List<String> paragraphs,
                                  int agendaVersion, String contentHash)
        implements MeetingEvent {
}
