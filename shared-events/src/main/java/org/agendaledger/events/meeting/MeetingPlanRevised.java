package org.agendaledger.events.meeting;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The plan of a meeting was revised before its confirmation; it must be confirmed again. */
@Revision("1")
public record MeetingPlanRevised(String meetingId, String venue, LocalDate startDate, LocalDate endDate,
                                 String timeZone, List<PlenarySlot> slots, List<String> languages, String agendaSymbol,
                                 int planVersion, String planHash)
        implements MeetingEvent {
}
