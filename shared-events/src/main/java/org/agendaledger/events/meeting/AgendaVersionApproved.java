package org.agendaledger.events.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The Bureau's silence procedure approved this exact version of the draft agenda. */
@Revision("1")
public record AgendaVersionApproved(String meetingId, String procedureId, int agendaVersion, String contentHash,
                                    Instant approvedAt)
        implements MeetingEvent {
}
