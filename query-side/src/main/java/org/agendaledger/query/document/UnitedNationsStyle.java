package org.agendaledger.query.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates and times the way United Nations documents print them in English: "4 June 2020", "10 and 11 September
 * 2020", "10–12 September 2020", "Thursday, 10 September", "10 a.m.–1 p.m.", "3–6 p.m.", "12 noon". The en dash
 * joins ranges without spaces, as in the editorial manual.
 */
final class UnitedNationsStyle {

    static final String EN_DASH = "\u2013";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);

    private UnitedNationsStyle() {
    }

    /** "4 June 2020". */
    static String date(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    /** A day of the organization of work, without the year the heading already gives: "Thursday, 10 September". */
    static String day(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /**
     * The dates of a meeting: one day as a date; two consecutive days joined by "and", longer spans by an en dash;
     * the month and year written once where both days share them.
     */
    static String dates(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return date(start);
        }
        String joint = ChronoUnit.DAYS.between(start, end) == 1 ? " and " : EN_DASH;
        if (start.getYear() != end.getYear()) {
            return date(start) + joint + date(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + joint + date(end);
        }
        return start.getDayOfMonth() + joint + date(end);
    }

    /** A slot: "10 a.m.–1 p.m."; the shared "p.m." of "3–6 p.m." written once; noon and midnight by name. */
    static String times(LocalTime start, LocalTime end) {
        if (end == null || end.equals(start)) {
            return time(start);
        }
        if (!named(start) && !named(end) && meridiem(start).equals(meridiem(end))) {
            return clock(start) + EN_DASH + clock(end) + " " + meridiem(end);
        }
        return time(start) + EN_DASH + time(end);
    }

    /** "10 a.m.", "3.30 p.m.", "12 noon", "12 midnight". */
    static String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "12 noon";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "12 midnight";
        }
        return clock(time) + " " + meridiem(time);
    }

    private static boolean named(LocalTime time) {
        return time.equals(LocalTime.NOON) || time.equals(LocalTime.MIDNIGHT);
    }

    private static String clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return time.getMinute() == 0 ? String.valueOf(hour) : "%d.%02d".formatted(hour, time.getMinute());
    }

    private static String meridiem(LocalTime time) {
        return time.getHour() < 12 ? "a.m." : "p.m.";
    }
}
