package org.agendaledger.query.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.agendaledger.events.meeting.SubjectKind;
import org.junit.jupiter.api.Test;

/** The deadline of a silence procedure as a whole iCalendar file, read back as a calendar client reads it. */
class DeadlineCalendarTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    /** 18:00 in Vienna, in winter (UTC+01:00). */
    private static final Instant DEADLINE = Instant.parse("2031-03-06T17:00:00Z");
    private static final URI LINK = URI.create("https://ledger.example.org/procedures/sp-topics-2031");
    private static final String SUBJECT = DeadlineCalendar.subject(SubjectKind.SUBSTANTIVE_TOPICS, 2,
            "Working Group on Trafficking in Persons, eleventh meeting");

    @Test
    void oneEventAtTheDeadlineInTheMeetingsTimeZoneWithItsDefinition() throws Exception {
        Calendar calendar = parse(DeadlineCalendar.ics("sp-topics-2031", SUBJECT, "The topics as revised.",
                DEADLINE, VIENNA, LINK));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        DtStart<Temporal> start = event.getDateTimeStart();
        DtEnd<Temporal> end = event.getDateTimeEnd();
        assertThat(start.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Vienna");
        assertThat(start.getValue()).isEqualTo("20310306T180000");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(DEADLINE);
        assertThat(ZonedDateTime.from(end.getDate()).toInstant()).isEqualTo(DEADLINE);
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getTimeZoneId().getValue()).containsExactly("Europe/Vienna");
        assertThat(value(event, Property.DTSTAMP)).endsWith("Z");
    }

    @Test
    void aSummerDeadlineIsAtItsOwnOffset() throws Exception {
        Instant summer = Instant.parse("2031-07-01T16:00:00Z");
        VEvent event = onlyEvent(DeadlineCalendar.ics("sp-1", SUBJECT, null, summer, VIENNA, LINK));

        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getValue()).isEqualTo("20310701T180000");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(summer);
    }

    @Test
    void theUidDependsOnlyOnTheProcedureSoAReImportMovesTheEvent() throws Exception {
        VEvent first = onlyEvent(DeadlineCalendar.ics("sp-topics-2031", SUBJECT, "Text", DEADLINE, VIENNA, LINK));
        VEvent extended = onlyEvent(DeadlineCalendar.ics("sp-topics-2031", SUBJECT, "Text",
                DEADLINE.plus(Duration.ofDays(2)), VIENNA, LINK));
        VEvent another = onlyEvent(DeadlineCalendar.ics("sp-agenda-2031", SUBJECT, "Text", DEADLINE, VIENNA, LINK));

        assertThat(value(first, Property.UID)).isEqualTo("silence-procedure-sp-topics-2031@agenda-ledger")
                .isEqualTo(value(extended, Property.UID)).isNotEqualTo(value(another, Property.UID));
    }

    @Test
    void itSaysWhatEndsTheTextUnderSilenceAndHowToBreakSilence() throws Exception {
        VEvent event = onlyEvent(DeadlineCalendar.ics("sp-topics-2031", SUBJECT,
                "1. Non-punishment of victims\n2. Joint investigations", DEADLINE, VIENNA, LINK));

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Silence procedure ends: the substantive topics "
                + "(version 2), Working Group on Trafficking in Persons, eleventh meeting");
        assertThat(value(event, Property.DESCRIPTION))
                .contains("Thursday 6 March 2031, 18:00 (Europe/Vienna, UTC+01:00)")
                .contains("Text under silence:\n1. Non-punishment of victims\n2. Joint investigations")
                .contains("To break silence").contains(LINK.toString());
        assertThat(value(event, Property.URL)).isEqualTo(LINK.toString());
        assertThat(value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
    }

    @Test
    void remindersADayAndAnHourBefore() throws Exception {
        VEvent event = onlyEvent(DeadlineCalendar.ics("sp-1", SUBJECT, "Text", DEADLINE, VIENNA, LINK));

        List<VAlarm> alarms = event.getAlarms();
        assertThat(alarms).extracting(a -> a.getTrigger().orElseThrow().getValue()).containsExactly("-P1D", "-PT1H");
        assertThat(alarms).extracting(a -> a.getAction().orElseThrow().getValue()).containsOnly("DISPLAY");
        assertThat(alarms).allSatisfy(a -> assertThat(value(a, Property.DESCRIPTION)).contains(SUBJECT));
    }

    @Test
    void aZoneTheTzDatabaseDoesNotNameIsWrittenInUtc() throws Exception {
        VEvent event = onlyEvent(DeadlineCalendar.ics("sp-1", SUBJECT, "Text", DEADLINE, ZoneId.of("UTC"), LINK));

        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getValue()).isEqualTo("20310306T170000Z");
        assertThat(start.getParameter("TZID")).isEmpty();
    }

    @Test
    void everySubjectIsNamedInWords() {
        assertThat(DeadlineCalendar.subject(SubjectKind.MEETING_PLAN, 1, null))
                .isEqualTo("the meeting plan (version 1)");
        assertThat(DeadlineCalendar.subject(SubjectKind.AGENDA, 3, "WG, tenth meeting"))
                .isEqualTo("the agenda (version 3), WG, tenth meeting");
    }

    static Calendar parse(byte[] ics) throws Exception {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent onlyEvent(byte[] ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
    }
}
