package org.agendaledger.events.silence;

import java.time.Instant;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;
import org.axonframework.serialization.Revision;

/**
 * A proposal was circulated to the frozen list of Bureau members under silence procedure until the deadline. The
 * addressees are frozen with their contacts, and {@code secretariatAddress} is the Bureau's secretariat address at
 * circulation ({@code null} when none was set, and in events recorded before it was kept).
 */
@Revision("1")
public record SilenceProcedureStarted(String procedureId, String meetingId, String bureauId, SilenceSubject subject,
                                      String text, Instant startedAt, Instant deadline, String timeZone,
                                      List<Addressee> addressees, String recirculationOf, String secretariatAddress)
        implements SilenceProcedureEvent {

    public SilenceProcedureStarted(String procedureId, String meetingId, String bureauId, SilenceSubject subject,
                                   String text, Instant startedAt, Instant deadline, String timeZone,
                                   List<Addressee> addressees, String recirculationOf) {
        this(procedureId, meetingId, bureauId, subject, text, startedAt, deadline, timeZone, addressees,
                recirculationOf, null);
    }
}
