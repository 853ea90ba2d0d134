package org.agendaledger.events.meeting;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The meeting adopted its agenda, as issued or as orally amended. */
@Revision("1")
public record AgendaAdopted(String meetingId, int agendaVersion, String contentHash, boolean asIssued,
                            List<OralAmendment> amendments, Instant adoptedAt)
        implements MeetingEvent {
}
