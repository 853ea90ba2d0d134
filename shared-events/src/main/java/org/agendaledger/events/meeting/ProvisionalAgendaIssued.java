package org.agendaledger.events.meeting;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The secretariat issued the annotated provisional agenda under a document symbol. */
@Revision("1")
public record ProvisionalAgendaIssued(String meetingId, String symbol, LocalDate dateOfIssue, String distribution,
                                      String originalLanguage, int agendaVersion, String contentHash)
        implements MeetingEvent {
}
