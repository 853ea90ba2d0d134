package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** A version of the plan, the topics or the agenda was circulated under silence procedure and is frozen. */
@Revision("1")
public record SubjectCirculatedUnderSilence(String meetingId, String procedureId, SilenceSubject subject)
        implements MeetingEvent {
}
