package org.agendaledger.query.meeting;

import java.time.Instant;

/** The queries the meeting list answers. */
public final class MeetingQueries {

    private MeetingQueries() {
    }

    /** All meetings, latest first. */
    public record FindMeetings() {
    }

    /** One meeting, now or as of an instant of business time. */
    public record FindMeeting(String meetingId, Instant asOf) {
    }
}
