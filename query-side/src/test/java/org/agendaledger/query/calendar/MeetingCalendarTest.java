package org.agendaledger.query.calendar;

import static org.agendaledger.query.calendar.DeadlineCalendarTest.parse;
import static org.agendaledger.query.calendar.DeadlineCalendarTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.lifecycle.MeetingStatus;
import org.junit.jupiter.api.Test;

/** A meeting's organization of work as a calendar, read back as a calendar client reads it. */
class MeetingCalendarTest {

    private static final URI PAGE = URI.create("https://ledger.example.org/meetings/wg4-2031");

    @Test
    void oneEventPerSlotAtItsLocalTimesWithItsItemsAndAUidOfTheMeetingAndTheSlot() throws Exception {
        AgendaView agenda = agenda(List.of(
                new AgendaView.Slot("s1", LocalDate.of(2031, 9, 10), LocalTime.of(10, 0), LocalTime.of(13, 0),
                        List.of(new AgendaView.Assignment("i1", "i1a", "1 (a)", "Opening of the meeting", false),
                                new AgendaView.Assignment("i2", null, "2", "Non-punishment of victims", false))),
                new AgendaView.Slot("s2", LocalDate.of(2031, 9, 10), LocalTime.of(15, 0), LocalTime.of(18, 0),
                        List.of(new AgendaView.Assignment("i2", null, "2", "Non-punishment of victims", true))),
                new AgendaView.Slot("s3", LocalDate.of(2031, 9, 11), LocalTime.of(10, 0), LocalTime.of(13, 0),
                        List.of())));

        List<VEvent> events = parse(MeetingCalendar.ics(agenda, PAGE, Instant.parse("2031-01-01T00:00:00Z")))
                .getComponents("VEVENT");

        assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(
                "meeting/wg4-2031/slot/s1@agenda-ledger", "meeting/wg4-2031/slot/s2@agenda-ledger",
                "meeting/wg4-2031/slot/s3@agenda-ledger");
        DtStart<Temporal> start = events.get(0).getDateTimeStart();
        assertThat(start.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Vienna");
        assertThat(start.getValue()).isEqualTo("20310910T100000");
        assertThat(value(events.get(0), Property.DTEND)).isEqualTo("20310910T130000");
        assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo(
                "Working Group on Trafficking in Persons, eleventh meeting: plenary, items 1 (a) and 2");
        assertThat(value(events.get(0), Property.DESCRIPTION))
                .contains("1 (a)  Opening of the meeting\n2  Non-punishment of victims\n").contains(PAGE.toString());
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("2  Non-punishment of victims (continued)");
        assertThat(value(events.get(2), Property.SUMMARY)).endsWith(": plenary");
        assertThat(value(events.get(2), Property.DESCRIPTION)).contains("No agenda item is assigned");
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, Property.URL)).isEqualTo(PAGE.toString());
            assertThat(value(e, Property.LOCATION)).isEqualTo("Vienna");
            assertThat(value(e, Property.DTSTAMP)).isEqualTo("20310101T000000Z");
        });
    }

    @Test
    void aMeetingWithoutSlotsHasAnEmptyCalendar() throws Exception {
        assertThat(parse(MeetingCalendar.ics(agenda(List.of()), PAGE, Instant.now())).getComponents()).isEmpty();
    }

    private static AgendaView agenda(List<AgendaView.Slot> slots) {
        return new AgendaView("wg4-2031", "Working Group on Trafficking in Persons", "eleventh meeting", "Vienna",
                LocalDate.of(2031, 9, 10), LocalDate.of(2031, 9, 11), "Europe/Vienna", List.of("English"),
                MeetingStatus.SCHEDULED, 1, null, null, null, null, List.of(), false, null, null, null, null, null,
                false, List.of(), slots);
    }
}
