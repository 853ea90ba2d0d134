package org.agendaledger.query.meeting;

import java.time.LocalDate;
import org.agendaledger.query.lifecycle.MeetingStatus;
import org.agendaledger.query.lifecycle.MeetingLifecycle;

/** One meeting in the list of meetings. */
public record MeetingSummary(String meetingId, String bureauId, String body, String ordinal, String venue,
                             LocalDate startDate, LocalDate endDate, String timeZone, String agendaSymbol,
                             MeetingStatus status, boolean planConfirmed, boolean topicsApproved) {

    /** Where the meeting stands in its lifecycle (not a field of its own: its status and the two approvals). */
    public MeetingLifecycle lifecycle() {
        return new MeetingLifecycle(status, planConfirmed, topicsApproved);
    }

    MeetingSummary with(MeetingLifecycle lifecycle) {
        return new MeetingSummary(meetingId, bureauId, body, ordinal, venue, startDate, endDate, timeZone,
                agendaSymbol, lifecycle.status(), lifecycle.planConfirmed(), lifecycle.topicsApproved());
    }
}
