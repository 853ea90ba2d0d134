package org.agendaledger.events.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** A plenary meeting of a session: its date and time in the meeting's time zone. */
public record PlenarySlot(String slotId, LocalDate date, LocalTime start, LocalTime end) {
}
