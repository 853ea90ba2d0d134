package org.agendaledger.events.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The Bureau's silence procedure confirmed this exact version of the meeting plan. */
@Revision("1")
public record MeetingPlanConfirmed(String meetingId, String procedureId, int planVersion, String planHash,
                                   Instant confirmedAt)
        implements MeetingEvent {
}
