package org.agendaledger.events.meeting;

import org.axonframework.serialization.Revision;

/** A silence procedure ended without approval (silence broken or withdrawn); its subject may change again. */
@Revision("1")
public record SubjectReleasedFromSilence(String meetingId, String procedureId, SilenceSubject subject, String outcome)
        implements MeetingEvent {
}
