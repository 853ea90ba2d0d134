package org.agendaledger.command.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words every United Nations document uses on its first page, whichever body issues it: document symbols, the
 * "Distr." and "Original" lines, dates, job numbers, session lines, the place and dates of a meeting, the title of
 * an annotated agenda and a "Note by …" under it. Nothing here names a body, a convention or a place.
 */
final class Vocabulary {

    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December)";
    /** A job number: "V.20-02897 (E)", "GE.97-60363", "K0763451". */
    static final String JOB = "(?:[A-Z]{1,3}\\.\\d{2}-\\d{4,6}|[A-Z]{1,2}\\d{6,8})(?:\\s*\\([A-Z]\\))?";

    /** A document symbol: upper-case first, parts separated by "/", a digit somewhere (CTOC/COP/WG.4/2020/1). */
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/.])[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)+");
    private static final Pattern ADDENDUM_OR_CORRIGENDUM = Pattern.compile("/((?:Add|Corr)\\.\\d+)$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "^distr\\.?\\s*:?\\s*(general|limited|restricted)?(?![a-z])\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTRIBUTION_VALUE = Pattern.compile("^(general|limited|restricted)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile("^original\\s*:\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY = Pattern.compile("^(\\p{L}+(?:\\s*(?:/|,|and)\\s*\\p{L}+){0,3})\\s+only$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JOB_NUMBER = Pattern.compile("^" + JOB + "$");
    private static final Pattern UNITED_NATIONS = Pattern.compile("^united nations$", Pattern.CASE_INSENSITIVE);
    private static final String ORDINAL = "(?:\\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth"
            + "|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth"
            + "|eightieth|ninetieth|hundredth|resumed|special|extraordinary|regular|organizational|high-level"
            + "|closing|opening|final)";
    private static final Pattern SESSION = Pattern.compile(
            "^(?:" + ORDINAL + "[ -]+)+(?:session|meeting|part)\\b.{0,60}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_REFERENCE = Pattern.compile("^items?\\s+\\d+\\b.*\\bagenda\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:provisional agenda|annotated agenda|annotations?)\\b|^agenda$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBTITLE = Pattern.compile("^note by\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MONTH + "\\b", Pattern.CASE_INSENSITIVE);

    private Vocabulary() {
    }

    /** A symbol found in a text: where it stands and what it is. */
    record Found(String value, int start, int end) {
    }

    /** The first document symbol in a text, or null. */
    static Found symbol(String text) {
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isDigit)) {
                return new Found(m.group(), m.start(), m.end());
            }
        }
        return null;
    }

    /** Whether the whole text is one document symbol. */
    static boolean isSymbol(String text) {
        Found found = symbol(text);
        return found != null && found.start() == 0 && found.end() == text.length();
    }

    /** "UNEP/FAO/RC/COP.3/1/Add.1/Corr.1" → "UNEP/FAO/RC/COP.3/1", "Add.1", "Corr.1" (null where not said). */
    static String[] splitSymbol(String symbol) {
        String base = symbol;
        String addendum = null;
        String corrigendum = null;
        for (Matcher m = ADDENDUM_OR_CORRIGENDUM.matcher(base); m.find(); m = ADDENDUM_OR_CORRIGENDUM.matcher(base)) {
            if (m.group(1).startsWith("Add")) {
                addendum = m.group(1);
            } else {
                corrigendum = m.group(1);
            }
            base = base.substring(0, m.start());
        }
        return new String[]{base, addendum, corrigendum};
    }

    /** A date found in a text: "4 June 2020", "June 4, 2020", "2020-06-04". */
    record DateAt(LocalDate date, int start, int end) {
    }

    /** The first date in a text, or null. */
    static DateAt date(String text) {
        DateAt best = null;
        for (Pattern pattern : new Pattern[]{DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE}) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                LocalDate date = toDate(pattern, m);
                if (date != null && (best == null || m.start() < best.start())) {
                    best = new DateAt(date, m.start(), m.end());
                }
            }
        }
        return best;
    }

    private static LocalDate toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO_DATE) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            boolean dayFirst = pattern == DAY_MONTH_YEAR;
            Month month = Month.valueOf(m.group(dayFirst ? 2 : 1).toUpperCase(Locale.ROOT));
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(dayFirst ? 1 : 2)));
        } catch (DateTimeException | NumberFormatException notADate) {
            return null;
        }
    }

    /** Whether the whole text is one date (a date of issue on a line of its own). */
    static boolean isDate(String text) {
        DateAt at = date(text);
        return at != null && at.start() == 0 && at.end() == text.length();
    }

    /** "Distr.: General …" → {"General" or null, the rest}; null for a line that is no distribution line. */
    static String[] distribution(String text) {
        Matcher m = DISTRIBUTION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new String[]{m.group(1) == null ? null : capitalized(m.group(1)), m.group(2).strip()};
    }

    /** "GENERAL" on a line of its own, after a "Distr." without it → "General"; else null. */
    static String distributionValue(String text) {
        return DISTRIBUTION_VALUE.matcher(text).matches() ? capitalized(text) : null;
    }

    /** "Original: ENGLISH" → "English", "ENGLISH ONLY" → "English only"; null for another line. */
    static String originalLanguage(String text) {
        Matcher original = ORIGINAL.matcher(text);
        if (original.matches()) {
            return languageCase(original.group(1).strip());
        }
        Matcher only = ONLY.matcher(text);
        return only.matches() ? languageCase(only.group(1)) + " only" : null;
    }

    static boolean isJobNumber(String text) {
        return JOB_NUMBER.matcher(text).matches();
    }

    static boolean isUnitedNations(String text) {
        return UNITED_NATIONS.matcher(text).matches();
    }

    /** "Fourth session", "Second meeting", "Resumed tenth session". */
    static boolean isSessionLine(String text) {
        return SESSION.matcher(text).matches();
    }

    /** "Bonn, 25 February - 7 March 1997": a place, a comma, dates with a month, ending with the year. */
    static boolean isPlaceAndDates(String text) {
        int digit = firstDigit(text);
        return digit > 0 && text.substring(0, digit).contains(",") && Character.isUpperCase(text.charAt(0))
                && text.matches(".*\\b\\d{4}\\.?$") && MONTH_WORD.matcher(text).find();
    }

    /** "Item 2 (a) of the provisional agenda". */
    static boolean isItemReference(String text) {
        return ITEM_REFERENCE.matcher(text).matches();
    }

    /** "Annotated provisional agenda", "PROVISIONAL AGENDA AND ANNOTATIONS": a short line that names the document. */
    static boolean isTitle(String text) {
        return Structure.words(text) <= 12 && !isItemReference(text) && !Structure.isChapter(text)
                && TITLE.matcher(text).find() && !Structure.endsSentence(text);
    }

    /** "Note by the Executive Secretary". */
    static boolean isSubtitle(String text) {
        return SUBTITLE.matcher(text).matches();
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "GENERAL" → "General". */
    static String capitalized(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Language names as they are written in running text: "ENGLISH/FRENCH" → "English/French". */
    private static String languageCase(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString().replace(" And ", " and ");
    }
}
