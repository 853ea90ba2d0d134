package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line classifier: splits a pasted text into its lines, takes off the markup a Markdown extraction adds, and
 * sets aside blank lines and the page furniture that needs no context to be recognised (rules, "/...", page
 * numbers, footers of a page number and a job number). What is set aside is counted among the leftovers as page
 * furniture; the job number of a footer is kept, as the document's job number.
 */
final class SourceText {

    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-*+\u2022]\\s+(?=\\S)");
    private static final Pattern WHOLLY_BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\.()\\[\\]#*_\\-+])");
    private static final Pattern RULE = Pattern.compile("^[-\u2013\u2014_=*.\u00b7\u2022|: ]{3,}$");
    private static final Pattern CONTINUED_PAGE = Pattern.compile("^(?:/\\s?\\.\\.\\.|\\.\\.\\./?)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-\u2013]\\s*)?\\d{1,3}(?:\\s*[-\u2013])?$"
            + "|^\\d{1,3}\\s*/\\s*\\d{1,3}$|^page\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER = Pattern.compile("^(?:\\d{1,3}\\s*/\\s*\\d{1,3}\\s+)?(" + Vocabulary.JOB
            + ")(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?$");

    /** The longest line a page of a document prints, in characters. */
    private static final int LONGEST_PRINTED_LINE = 160;

    private final List<SourceLine> lines;
    private final String footerJobNumber;
    private final int width;

    private SourceText(List<SourceLine> lines, String footerJobNumber) {
        this.lines = lines;
        this.footerJobNumber = footerJobNumber;
        int[] lengths = lines.stream().filter(l -> !l.tabular()).mapToInt(l -> l.text().length()).sorted().toArray();
        int usual = lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
        // a page's lines are far shorter: longer lines are whole paragraphs, a text not broken at a width at all
        this.width = usual > LONGEST_PRINTED_LINE ? Integer.MAX_VALUE / 2 : usual;
    }

    /** The lines with words in them, in order; the others go to {@code leftovers}. */
    static SourceText read(String text, Leftovers leftovers) {
        List<SourceLine> lines = new ArrayList<>();
        String jobNumber = null;
        boolean gap = false;
        String[] physical = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < physical.length; i++) {
            String raw = physical[i].replace('\u00a0', ' ');
            SourceLine line = clean(i + 1, raw, gap);
            String words = line.text();
            Matcher footer = FOOTER.matcher(words);
            boolean pageNumbered = footer.matches() && !footer.group().equals(footer.group(1));
            if (words.isEmpty() || RULE.matcher(words).matches() && !line.tabular()
                    || CONTINUED_PAGE.matcher(words).matches() || PAGE_NUMBER.matcher(words).matches()
                    || pageNumbered) {
                if (pageNumbered && jobNumber == null) {
                    jobNumber = footer.group(1);
                }
                // a trailing empty line of the paste is no line of the document
                if (!(i == physical.length - 1 && raw.isBlank())) {
                    leftovers.furniture(line);
                }
                gap = true;
                continue;
            }
            lines.add(line);
            gap = false;
        }
        return new SourceText(List.copyOf(lines), jobNumber);
    }

    private static SourceLine clean(int number, String raw, boolean gap) {
        String text = raw.strip();
        boolean marked = false;
        Matcher heading = HEADING_MARK.matcher(text);
        if (heading.find()) {
            marked = true;
            text = text.substring(heading.end());
        }
        text = BULLET.matcher(text).replaceFirst("");
        Matcher bold = WHOLLY_BOLD.matcher(text.strip());
        if (bold.matches() && !bold.group(1).contains("**")) {
            marked = true;
        }
        text = ESCAPE.matcher(text.replace("**", "")).replaceAll("$1");
        return new SourceLine(number, raw, text.replaceAll("\\s+", " ").strip(), marked, gap);
    }

    List<SourceLine> lines() {
        return lines;
    }

    /**
     * Whether the text was broken after {@code line} because the next line's first word would not have fitted the
     * width its lines were broken at (the longest lines but the longest tenth): then the next line goes on with it,
     * while a heading stops short. A text of one paragraph per line, whose lines are longer than a page's, was not
     * broken at a width.
     */
    boolean brokenBefore(SourceLine line, SourceLine next) {
        String first = next.text().split(" ", 2)[0];
        return line.text().length() + 1 + first.length() > width;
    }

    /** The job number of a page footer ("V.20-02923 3/4"), or null. */
    String footerJobNumber() {
        return footerJobNumber;
    }
}
