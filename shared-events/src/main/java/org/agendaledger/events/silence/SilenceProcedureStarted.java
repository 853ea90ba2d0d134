package org.agendaledger.events.silence;

import java.time.Instant;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;
import org.axonframework.serialization.Revision;

/** A proposal was circulated to the frozen list of Bureau members under silence procedure until the deadline. */
@Revision("1")
public record SilenceProcedureStarted(String procedureId, String meetingId, String bureauId, SilenceSubject subject,
                                      String text, Instant startedAt, Instant deadline, String timeZone,
                                      List<Addressee> addressees, String recirculationOf)
        implements SilenceProcedureEvent {
}
