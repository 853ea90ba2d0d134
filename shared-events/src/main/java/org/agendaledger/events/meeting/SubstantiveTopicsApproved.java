package org.agendaledger.events.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The Bureau's silence procedure approved this exact version of the substantive topics. */
@Revision("1")
public record SubstantiveTopicsApproved(String meetingId, String procedureId, int topicsVersion, String contentHash,
                                        Instant approvedAt)
        implements MeetingEvent {
}
