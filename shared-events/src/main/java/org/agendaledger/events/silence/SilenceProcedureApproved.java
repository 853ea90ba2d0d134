package org.agendaledger.events.silence;

import java.time.Instant;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;
import org.axonframework.serialization.Revision;

/** The deadline passed with silence unbroken: the subject is deemed approved at the deadline instant. */
@Revision("1")
public record SilenceProcedureApproved(String procedureId, String meetingId, SilenceSubject subject, Instant deadline,
                                       Instant approvedAt, List<Addressee> addressees, List<Reaction> comments)
        implements SilenceProcedureEvent {
}
