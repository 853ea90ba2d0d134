package org.agendaledger.command.meeting;

import org.agendaledger.command.shared.MeetingsUnderSilence;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The meetings under silence, read from and pinned on the {@link Meeting} aggregate in the caller's unit of work
 * (the repository hands out the same instance for every load of one meeting in it).
 */
@Component
public class MeetingPins implements MeetingsUnderSilence {

    private final Repository<Meeting> meetings;

    public MeetingPins(Repository<Meeting> meetings) {
        this.meetings = meetings;
    }

    @Override
    public Circulating circulating(String meetingId) {
        return meetings.load(meetingId).invoke(m -> new Circulating(m.bureauId(), m.timeZone()));
    }

    @Override
    public SilenceSubject pin(String meetingId, String procedureId, SubjectKind kind) {
        return meetings.load(meetingId).invoke(m -> m.circulateUnderSilence(procedureId, kind));
    }
}
