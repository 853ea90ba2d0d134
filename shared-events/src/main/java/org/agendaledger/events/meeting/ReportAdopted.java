package org.agendaledger.events.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The meeting adopted its report, its last act. */
@Revision("1")
public record ReportAdopted(String meetingId, String reportSymbol, Instant adoptedAt) implements MeetingEvent {
}
