package org.agendaledger.query.meeting;

import java.time.LocalDate;

/** One meeting in the list of meetings. */
public record MeetingSummary(String meetingId, String bureauId, String body, String ordinal, String venue,
                             LocalDate startDate, LocalDate endDate, String timeZone, String agendaSymbol,
                             MeetingStatus status, boolean planConfirmed, boolean topicsApproved) {
}
