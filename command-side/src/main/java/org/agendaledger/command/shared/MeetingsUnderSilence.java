package org.agendaledger.command.shared;

import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;

/**
 * The meetings as the circulation of a silence procedure needs them, in the unit of work that starts it:
 * whose Bureau decides, in which time zone, and the pin that freezes the circulated version.
 */
public interface MeetingsUnderSilence {

    /** Who decides for a meeting, and the time zone its deadlines are read in. */
    record Circulating(String bureauId, String timeZone) {
    }

    Circulating circulating(String meetingId);

    /** Pins the current version of the subject for the procedure and freezes it until the procedure ends. */
    SilenceSubject pin(String meetingId, String procedureId, SubjectKind kind);
}
