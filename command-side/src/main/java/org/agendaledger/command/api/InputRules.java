package org.agendaledger.command.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendaledger.command.shared.StatedTimeZone;

/**
 * The bounds of everything a command is built from, and the sentence that refuses each: the API's request bodies,
 * path and query parameters, and the web pages' forms all apply these, so a rule and its wording live here once.
 * The OpenAPI description states them (maxLength, pattern, minimum and maximum), and {@code docs/input-rules.md}
 * lists them.
 */
public final class InputRules {

    // ---- the longest text of each kind, in characters (UTF-16 code units, as Java and JSON Schema count them)

    /** The body that meets, a venue, a Bureau's name. */
    public static final int NAME = 300;
    /** The name a Bureau member is shown by. */
    public static final int DISPLAY_NAME = 200;
    /** A meeting's ordinal, e.g. "eleventh meeting". */
    public static final int ORDINAL = 100;
    /** A document symbol, e.g. CTOC/COP/WG.4/2031/1. */
    public static final int SYMBOL = 100;
    /** A language, e.g. English. */
    public static final int LANGUAGE = 50;
    /** An IANA time zone, e.g. Europe/Vienna. */
    public static final int TIME_ZONE = StatedTimeZone.LONGEST;
    /** A topic, an agenda item, a sub-item. */
    public static final int TITLE = 1000;
    /** The title of a document listed under an item. */
    public static final int DOCUMENT_TITLE = 2000;
    /** Why a deadline is extended or a procedure withdrawn. */
    public static final int REASON = 2000;
    /** Which letter or message a reaction came by, e.g. "letter of 28 April 2031". */
    public static final int REFERENCE = 300;
    /** An oral amendment to the agenda. */
    public static final int AMENDMENT = 4000;
    /** The text under silence, an objection, an amendment, a comment, one paragraph of an annotation. */
    public static final int TEXT = 10000;

    // ---- the most entries of each list

    public static final int TOPICS = 50;
    public static final int ITEMS = 100;
    public static final int SUB_ITEMS = 50;
    public static final int DOCUMENTATION = 50;
    public static final int PARAGRAPHS = 100;
    public static final int SLOTS = 100;
    public static final int LANGUAGES = 30;
    public static final int AMENDMENTS = 100;
    /** The highest position (0 is first) an item, a sub-item or a slot entry may be given. */
    public static final int POSITION = 999;

    // ---- the agenda's document, imported whole or its parts set

    /** The headed sections of one annotation, sub-item or section. */
    public static final int SECTIONS = 50;
    /** How deep sub-items go below an item ((a), (i), …), and headed sections below their annotation. */
    public static final int DEPTH = 6;
    /** The organisation lines of a masthead. */
    public static final int MASTHEAD_LINES = 10;
    public static final int ANNEXES = 20;
    public static final int TABLE_COLUMNS = 20;
    public static final int TABLE_ROWS = 500;
    public static final int FOOTNOTES = 200;

    // ---- characters

    // patterns are anchored, so that they mean the same as a JSON Schema pattern (which searches) as in Java

    /** A text on one line: no control character (C0, DEL, C1) and no line or paragraph separator. */
    public static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$";
    /** A text of several lines: line breaks and tabs, but no other control character. */
    public static final String MULTI_LINE = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

    /** Bean Validation fills in {@code {max}}. */
    public static final String TOO_LONG = "At most {max} characters.";
    public static final String TOO_MANY = "At most {max} entries.";
    public static final String NOT_ONE_LINE = "Write it on one line, without control characters.";
    public static final String CONTROL_CHARACTERS = "No control characters (line breaks and tabs are allowed).";
    public static final String NOT_UNICODE = "Not valid Unicode text (an unpaired surrogate).";

    // ---- dates and times

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1945, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    private static final String YEAR_MONTH_DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    /** A date: four-digit year, month and day. */
    public static final String DATE_FORM = "^" + YEAR_MONTH_DAY + "$";
    /** A time of day to the minute; seconds, if written, are 00. */
    public static final String TIME_FORM = "^[0-9]{2}:[0-9]{2}(:00)?$";
    /** A local date and time to the minute or to the second, never a fraction of a second. */
    public static final String DEADLINE_FORM = "^" + YEAR_MONTH_DAY + "T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$";
    /** An instant: a date and time with Z or an offset; a fraction of a second is allowed. */
    public static final String INSTANT_FORM = "^" + YEAR_MONTH_DAY + "T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
            + "(Z|[+-][0-9]{2}:[0-9]{2})$";

    public static final String DATE_BOUNDS = "Give a date from 1945-01-01 to 2200-12-31.";
    public static final String TIME_MESSAGE = "Write the time as HH:MM, e.g. 10:00 (to the minute: seconds, if "
            + "written, are 00).";
    public static final String DEADLINE_MESSAGE = "Write the date and time as YYYY-MM-DDTHH:MM, e.g. "
            + "2031-09-01T18:00 (seconds may follow, never a fraction of a second).";
    public static final String INSTANT_MESSAGE = "Write an instant as 2020-09-10T12:00:00Z or "
            + "2020-09-10T12:00:00+02:00 (in a URL, + is written %2B).";
    public static final String INSTANT_BOUNDS = "Give an instant from 1945-01-01T00:00:00Z to 2200-12-31T23:59:59Z.";
    public static final String TIME_ZONE_MESSAGE = StatedTimeZone.SENTENCE;

    private static final Pattern ONE_LINE_TEXT = Pattern.compile(ONE_LINE);
    private static final Pattern MULTI_LINE_TEXT = Pattern.compile(MULTI_LINE);
    private static final Pattern DATE = Pattern.compile(DATE_FORM);
    private static final Pattern TIME = Pattern.compile(TIME_FORM);
    private static final Pattern DEADLINE = Pattern.compile(DEADLINE_FORM);
    private static final Pattern INSTANT = Pattern.compile(INSTANT_FORM);
    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_OF_LATEST = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private InputRules() {
    }

    /** A value refused, with the sentence to show; {@link #outOfBounds()} when its form was right. */
    public static final class Refused extends IllegalArgumentException {

        private final boolean outOfBounds;

        public Refused(String message, boolean outOfBounds) {
            super(message);
            this.outOfBounds = outOfBounds;
        }

        public boolean outOfBounds() {
            return outOfBounds;
        }
    }

    public static String dateMessage(String what) {
        return "Write %s as YYYY-MM-DD, e.g. 2031-09-10.".formatted(what);
    }

    public static String tooLong(int max) {
        return TOO_LONG.replace("{max}", Integer.toString(max));
    }

    public static String tooMany(int max) {
        return TOO_MANY.replace("{max}", Integer.toString(max));
    }

    /** A date, {@code YYYY-MM-DD}, from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
    public static LocalDate date(String text) {
        return date(text, "the date");
    }

    /** As {@link #date(String)}, the form's sentence naming the date ("the date of issue"). */
    public static LocalDate date(String text, String what) {
        if (text == null || !DATE.matcher(text).matches()) {
            throw new Refused(dateMessage(what), false);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw new Refused(dateMessage(what), false);
        }
        requireWithinBounds(date);
        return date;
    }

    /** A time of day to the minute, {@code HH:MM} or {@code HH:MM:00}. */
    public static LocalTime time(String text) {
        if (text == null || !TIME.matcher(text).matches()) {
            throw new Refused(TIME_MESSAGE, false);
        }
        try {
            return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
        } catch (DateTimeException e) {
            throw new Refused(TIME_MESSAGE, false);
        }
    }

    /** A deadline as the secretariat states it: a local date and time, to the minute or to the second. */
    public static LocalDateTime deadline(String text) {
        if (text == null || !DEADLINE.matcher(text).matches()) {
            throw new Refused(DEADLINE_MESSAGE, false);
        }
        LocalDateTime deadline;
        try {
            deadline = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeException e) {
            throw new Refused(DEADLINE_MESSAGE, false);
        }
        requireWithinBounds(deadline.toLocalDate());
        return deadline;
    }

    /** An instant of a query ({@code asOf}, {@code from}, {@code to}), with Z or an offset. */
    public static Instant instant(String text) {
        if (text == null || !INSTANT.matcher(text).matches()) {
            throw new Refused(INSTANT_MESSAGE, false);
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new Refused(INSTANT_MESSAGE, false);
        }
        if (instant.isBefore(EARLIEST_INSTANT) || !instant.isBefore(END_OF_LATEST)) {
            throw new Refused(INSTANT_BOUNDS, true);
        }
        return instant;
    }

    private static void requireWithinBounds(LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new Refused(DATE_BOUNDS, true);
        }
    }

    /**
     * An IANA region id such as Europe/Vienna, or UTC: what a meeting and a deadline are stated in. The rule is the
     * domain's ({@link StatedTimeZone}); it is named here with the other bounds the contract states.
     */
    public static boolean validTimeZone(String zone) {
        return StatedTimeZone.valid(zone);
    }

    /** What is wrong with a one-line text of at most {@code max} characters, if anything. */
    public static Optional<String> oneLine(String text, int max) {
        return text(text, max, ONE_LINE_TEXT, NOT_ONE_LINE);
    }

    /** What is wrong with a text of several lines of at most {@code max} characters, if anything. */
    public static Optional<String> multiLine(String text, int max) {
        return text(text, max, MULTI_LINE_TEXT, CONTROL_CHARACTERS);
    }

    private static Optional<String> text(String text, int max, Pattern allowed, String notAllowed) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of(tooLong(max));
        }
        if (!allowed.matcher(text).matches()) {
            return Optional.of(notAllowed);
        }
        return wellFormed(text) ? Optional.empty() : Optional.of(NOT_UNICODE);
    }

    /** Whether every surrogate of the text is one of a pair, so that it can be written as UTF-8. */
    public static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
