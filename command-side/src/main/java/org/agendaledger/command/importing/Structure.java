package org.agendaledger.command.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of the lines of an annotated agenda's body: chapter headings ("II. PROVISIONAL AGENDA"), annex
 * headings, item headings ("Item 1: Opening", "Item 1"), numbered lines ("1. …": an item or a paragraph, as the
 * context decides), labelled lines ("(a) …", "(ii) …"), the "Documentation" heading, headings without a label, and
 * whether a text ends a sentence. The vocabulary is the generic one of United Nations documents.
 */
final class Structure {

    private static final Pattern CHAPTER = Pattern.compile("^([IVXLC]+)\\.\\s+(\\S.*)$");
    private static final Pattern ANNEX = Pattern.compile(
            "^annex(?:\\s+([IVXLC]+|\\d{1,2}|[A-Z]))?\\s*(?:[:.\\-\u2013\u2014]\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("^(?:agenda\\s+)?item\\s+(\\d{1,3})(?:\\s*\\((\\w{1,5})\\))?"
            + "\\s*(?:[:.\\-\u2013\u2014]\\s*(.*)|\\s+(\\p{Lu}.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s*(\\S.*)$");
    private static final Pattern LABELLED = Pattern.compile("^\\(([a-z]{1,4}|[A-Z]{1,4}|\\d{1,2})\\)\\s*(.*)$");
    private static final Pattern DOCUMENTATION = Pattern.compile("^documentation\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTI_SENTENCE = Pattern.compile("[a-z)\\]]\\.\\s+\\p{Lu}");
    /** Words a line broken in the middle of a sentence ends with: the next line continues it, it heads nothing. */
    private static final Set<String> JOINING_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "its", "their", "that", "which", "is", "are", "be", "will");

    private Structure() {
    }

    /** "III. ANNOTATIONS TO THE PROVISIONAL AGENDA" → {"III", "ANNOTATIONS TO THE PROVISIONAL AGENDA"}, or null. */
    static String[] chapter(String text) {
        Matcher m = CHAPTER.matcher(text);
        return m.matches() && !endsSentence(m.group(2)) && words(m.group(2)) <= 15
                ? new String[]{m.group(1), m.group(2)}
                : null;
    }

    static boolean isChapter(String text) {
        return chapter(text) != null;
    }

    /** "ANNEX I" → {"I", title or null}, "Annex" → {null, null}; null for another line. */
    static String[] annex(String text) {
        Matcher m = ANNEX.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        return new String[]{m.group(1), title};
    }

    /** An item heading: its number, a sub-item label or null, and its title (empty when on the next line). */
    record ItemHeading(int number, String subLabel, String title) {
    }

    /** "Item 1: Opening of the session", "ITEM 2 (a). Adoption", "Item 3"; null for another line. */
    static ItemHeading itemHeading(String text) {
        Matcher m = ITEM.matcher(text);
        if (!m.matches() || Vocabulary.isItemReference(text)) {
            return null;
        }
        String title = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
        return new ItemHeading(Integer.parseInt(m.group(1)), m.group(2) == null ? null : "(" + m.group(2) + ")",
                title.strip());
    }

    /** "12. The Working Group…" → {"12", "The Working Group…"}, or null. */
    static String[] numbered(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.matches() ? new String[]{m.group(1), m.group(2)} : null;
    }

    /** "(a) Opening of the meeting;" → {"(a)", "Opening of the meeting;"}, or null. */
    static String[] labelled(String text) {
        Matcher m = LABELLED.matcher(text);
        return m.matches() ? new String[]{"(" + m.group(1) + ")", m.group(2)} : null;
    }

    /** "Documentation" as a heading of its own. */
    static boolean isDocumentation(String text) {
        return DOCUMENTATION.matcher(text).matches();
    }

    /**
     * A short line with no closing punctuation, starting with a capital, that closes no parenthesis it did not open:
     * a heading where it stands alone.
     */
    static boolean headingLike(String text) {
        return !text.isEmpty() && words(text) <= 12 && Character.isUpperCase(text.codePointAt(0))
                && !endsSentence(text) && !text.endsWith(",") && !endsWithSymbol(text)
                && count(text, '(') >= count(text, ')');
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /** "… (CTOC/COP/WG.4/2020/2)": a document listed, not a heading. */
    private static boolean endsWithSymbol(String text) {
        int open = text.lastIndexOf('(');
        return text.endsWith(")") && open >= 0 && Vocabulary.symbol(text.substring(open)) != null;
    }

    /** Whether the text ends as a sentence or a list entry does: ".", ":", ";", "?", "!" (before closing quotes). */
    static boolean endsSentence(String text) {
        String end = text.strip().replaceAll("[\u201d\"\u2019')\\]*]+$", "");
        return !end.isEmpty() && ".:;?!".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /** Whether a text holds more than one sentence ("… 2020. Moreover …"). */
    static boolean severalSentences(String text) {
        return MULTI_SENTENCE.matcher(text).find();
    }

    /** Whether the text stops on a word that cannot end a sentence ("… held at the"). */
    static boolean endsOnJoiningWord(String text) {
        String[] words = text.strip().split("\\s+");
        String last = words[words.length - 1];
        return last.endsWith(",") || last.endsWith("-") || JOINING_WORDS.contains(last.toLowerCase(Locale.ROOT));
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** A title for comparing: lower case, letters and digits only, one space between words. */
    static String normal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether two titles are the same item's: equal but for case and punctuation, or one the other's beginning
     * (an annotation may shorten a long title), of at least three words.
     */
    static boolean sameTitle(String one, String other) {
        String a = normal(one);
        String b = normal(other);
        if (a.equals(b)) {
            return !a.isEmpty();
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return words(shorter) >= 3 && longer.startsWith(shorter + " ");
    }

    /** A title without the punctuation the list adds after it: "Organizational matters:" → "Organizational matters". */
    static String listTitle(String text) {
        String stripped = text.strip();
        return stripped.replaceFirst("\\s*[.:;,]$", "").strip();
    }
}
