package org.agendaledger.events.meeting;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A meeting was planned: body, ordinal, venue, dates, time zone, plenary slots, languages and agenda symbol. */
@Revision("1")
public record MeetingScheduled(String meetingId, String bureauId, String body, String ordinal, String venue,
                               LocalDate startDate, LocalDate endDate, String timeZone, List<PlenarySlot> slots,
                               List<String> languages, String agendaSymbol, int planVersion, String planHash)
        implements MeetingEvent {
}
