package org.agendaledger.query.meeting;

/** The queries the meeting list answers. */
public final class MeetingQueries {

    private MeetingQueries() {
    }

    /** All meetings, latest first. */
    public record FindMeetings() {
    }

    /** One meeting. */
    public record FindMeeting(String meetingId) {
    }
}
