package org.agendaledger.query.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.agendaledger.events.meeting.SubjectKind;

/**
 * The deadline of a silence procedure as a calendar entry, for a Bureau member's calendar: the moment silence can
 * no longer be broken, named "Silence procedure ends: …", with the text under silence, how to break silence and a
 * link to the procedure, and reminders a day and an hour before.
 * <p>
 * {@link #ics} gives one procedure's deadline as a whole iCalendar file, to attach to a notice of circulation
 * ({@code deadline.ics}, {@code text/calendar; charset=UTF-8}); a member's feed of open deadlines holds the same
 * entries. The entry's UID depends only on the procedure, so importing the file again after the deadline was
 * extended moves the entry instead of adding a second one, and the feed and an imported notice name the same entry.
 * The deadline is stated in the meeting's time zone, with that zone's definition in the file (why: {@link IcsFile}).
 */
public final class DeadlineCalendar {

    /** The reminders before the deadline: a day to draft an objection, an hour to send it. */
    static final List<Duration> REMINDERS = List.of(Duration.ofDays(1), Duration.ofHours(1));

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH);

    private DeadlineCalendar() {
    }

    /**
     * A complete iCalendar file ({@code VCALENDAR}, {@code METHOD:PUBLISH}) holding one event at the deadline of a
     * silence procedure.
     *
     * @param procedureId the procedure, e.g. {@code sp-topics-2031}: the entry's UID is derived from it alone
     * @param subject     what is under silence, e.g. "the substantive topics (version 2), Working Group on
     *                    Trafficking in Persons, eleventh meeting" ({@link #subject(SubjectKind, int, String)} words
     *                    it so): the summary reads "Silence procedure ends: " followed by it
     * @param text        the text circulated under silence (its covering text); {@code null} or blank when it has none
     * @param deadline    the instant silence ends
     * @param timeZone    the meeting's time zone: the deadline is stated in it
     * @param link        the address of the procedure's page, where a member breaks silence or comments
     * @return the file, UTF-8 encoded
     */
    public static byte[] ics(String procedureId, String subject, String text, Instant deadline, ZoneId timeZone,
                             URI link) {
        IcsFile file = new IcsFile(summary(subject));
        return file.add(event(file, procedureId, subject, text, deadline, timeZone, link, Instant.now())).bytes();
    }

    /**
     * What a procedure is about, as the summary names it: "the substantive topics (version 2), Working Group on
     * Trafficking in Persons, eleventh meeting". {@code meeting} is the meeting's name, or null when not known.
     */
    public static String subject(SubjectKind kind, int version, String meeting) {
        String what = switch (kind) {
            case MEETING_PLAN -> "the meeting plan";
            case SUBSTANTIVE_TOPICS -> "the substantive topics";
            case AGENDA -> "the agenda";
        };
        return what + " (version " + version + ")" + (meeting == null || meeting.isBlank() ? "" : ", " + meeting);
    }

    /** The UID of a procedure's deadline: the same in every file and feed that holds it. */
    static String uid(String procedureId) {
        return "silence-procedure-" + procedureId + "@agenda-ledger";
    }

    /** The event of a procedure's deadline, its times stated as {@code file} states them, stamped {@code stamp}. */
    static VEvent event(IcsFile file, String procedureId, String subject, String text, Instant deadline,
                        ZoneId timeZone, URI link, Instant stamp) {
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(link, "link");
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(procedureId)));
        event.add(new DtStamp(stamp));
        // a moment, not a span: it starts and ends at the deadline and leaves the member's time free
        event.add(new DtStart<>(file.at(deadline, timeZone)));
        event.add(new DtEnd<>(file.at(deadline, timeZone)));
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Summary(summary(subject)));
        event.add(new Description(description(text, deadline, timeZone, link)));
        event.add(new Url(link));
        for (Duration before : REMINDERS) {
            VAlarm alarm = new VAlarm(before.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description("In " + words(before) + " silence can no longer be broken: " + subject));
            event.add(alarm);
        }
        return event;
    }

    static String summary(String subject) {
        return "Silence procedure ends: " + subject;
    }

    private static String description(String text, Instant deadline, ZoneId timeZone, URI link) {
        ZonedDateTime local = deadline.atZone(timeZone);
        StringBuilder description = new StringBuilder()
                .append("The proposal is deemed approved unless a member breaks silence before ")
                .append(LOCAL.format(local)).append(" (").append(timeZone.getId()).append(", UTC")
                .append(local.getOffset().getTotalSeconds() == 0 ? "" : local.getOffset()).append(").\n\n");
        if (text != null && !text.isBlank()) {
            description.append("Text under silence:\n").append(text.strip()).append("\n\n");
        }
        return description.append("To break silence (an objection or a proposed amendment) or to comment, open the ")
                .append("procedure and choose your reaction before the deadline: ").append(link).toString();
    }

    private static String words(Duration before) {
        return before.toDays() > 0 ? before.toDays() == 1 ? "a day" : before.toDays() + " days"
                : before.toHours() == 1 ? "an hour" : before.toHours() + " hours";
    }
}
