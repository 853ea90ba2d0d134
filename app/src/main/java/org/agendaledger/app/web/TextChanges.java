package org.agendaledger.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, line by line and within a line word by word, by the longest common
 * subsequence. Lines that are the same in both versions stay as they are (a line renumbered shows only its new
 * number as changed); a changed line is compared word by word
 * with the line it replaced when the two are similar enough, otherwise it counts as a line removed and a line
 * added. Words, single punctuation marks and runs of whitespace are the units within a line; a difference in
 * whitespace alone is no change, since the pages do not show it.
 */
public final class TextChanges {

    /** How a piece of text or a line compares with the previous version. */
    public enum Change {
        SAME,
        ADDED,
        REMOVED,
        /** A line with words added or removed. */
        CHANGED
    }

    /** A run of text that is in both versions, only in the new one, or only in the previous one. */
    public record Piece(Change change, String text) {

        public boolean added() {
            return change == Change.ADDED;
        }

        public boolean removed() {
            return change == Change.REMOVED;
        }
    }

    /**
     * One line to compare: what kind of line it is (a style: an item's title, an annotation…), its number or letter
     * if it has one ("2.", "(b)") and its text. Lines are matched by their text: a line that only moved is the same
     * line with another number.
     */
    public record Line(String style, String label, String text) {

        public Line {
            Objects.requireNonNull(style, "style");
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }

        public Line(String style, String text) {
            this(style, "", text);
        }

        /** The line as shown: its number or letter, then its text. */
        public String shown() {
            return label.isEmpty() ? text : text.isEmpty() ? label : label + " " + text;
        }
    }

    /** A line of the comparison: its style (from the new version where it is in both), how it changed, its pieces. */
    public record ChangedLine(String style, Change change, List<Piece> pieces) {
    }

    /** The lines of the new version, with the previous version's lines that are gone in their place. */
    public record Comparison(List<ChangedLine> lines) {

        /** The pieces added, in lines changed or added. */
        public long additions() {
            return lines.stream().flatMap(l -> l.pieces().stream()).filter(Piece::added).count();
        }

        /** The pieces removed, in lines changed or removed. */
        public long removals() {
            return lines.stream().flatMap(l -> l.pieces().stream()).filter(Piece::removed).count();
        }

        public boolean changed() {
            return lines.stream().anyMatch(l -> l.change() != Change.SAME);
        }
    }

    /** Beyond this many token pairs a changed passage is shown as removed and added whole, to keep pages quick. */
    private static final long MAX_CELLS = 4_000_000L;
    /** How alike two lines must be (shared words, 0 to 1) to be compared word by word rather than whole. */
    private static final double SIMILAR = 0.5;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|.",
            Pattern.DOTALL);

    private TextChanges() {
    }

    // ------------------------------------------------------------------------------------------- lines

    /** Compares two versions given as lines. */
    public static Comparison lines(List<Line> before, List<Line> after) {
        List<Op> ops = lcs(before, after, TextChanges::sameLine);
        List<ChangedLine> result = new ArrayList<>();
        List<Line> removed = new ArrayList<>();
        List<Line> added = new ArrayList<>();
        for (Op op : ops) {
            if (op.change() == Change.SAME) {
                hunk(removed, added, result);
                Line old = before.get(op.before());
                Line line = after.get(op.after());
                if (old.label().equals(line.label())) {
                    result.add(new ChangedLine(line.style(), Change.SAME, line.shown().isEmpty()
                            ? List.of() : List.of(new Piece(Change.SAME, line.shown()))));
                } else {
                    result.add(new ChangedLine(line.style(), Change.CHANGED, words(old.shown(), line.shown())));
                }
            } else if (op.change() == Change.REMOVED) {
                removed.add(before.get(op.before()));
            } else {
                added.add(after.get(op.after()));
            }
        }
        hunk(removed, added, result);
        return new Comparison(List.copyOf(result));
    }

    /**
     * Lines removed and added between two unchanged ones: in order, a removed line and an added line that are
     * alike become one changed line; any other is removed or added whole.
     */
    private static void hunk(List<Line> removed, List<Line> added, List<ChangedLine> result) {
        int i = 0;
        int j = 0;
        while (i < removed.size() && j < added.size()) {
            Line old = removed.get(i);
            Line now = added.get(j);
            if (similar(old, now)) {
                result.add(new ChangedLine(now.style(), Change.CHANGED, words(old.shown(), now.shown())));
                i++;
                j++;
            } else if (alikeLater(old, added, j + 1)) {
                result.add(whole(now, Change.ADDED));
                j++;
            } else {
                result.add(whole(old, Change.REMOVED));
                i++;
            }
        }
        for (; i < removed.size(); i++) {
            result.add(whole(removed.get(i), Change.REMOVED));
        }
        for (; j < added.size(); j++) {
            result.add(whole(added.get(j), Change.ADDED));
        }
        removed.clear();
        added.clear();
    }

    private static boolean alikeLater(Line old, List<Line> added, int from) {
        for (int k = from; k < added.size(); k++) {
            if (similar(old, added.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static ChangedLine whole(Line line, Change change) {
        return new ChangedLine(line.style(), change,
                line.shown().isEmpty() ? List.of() : List.of(new Piece(change, line.shown())));
    }

    private static boolean sameLine(Line a, Line b) {
        return a.style().equals(b.style()) && normalized(a.text()).equals(normalized(b.text()));
    }

    /** Of the same style, and sharing at least half of their words and marks (numbers and letters aside). */
    static boolean similar(Line a, Line b) {
        if (!a.style().equals(b.style())) {
            return false;
        }
        List<String> x = tokens(a.text()).stream().filter(t -> !t.isBlank()).toList();
        List<String> y = tokens(b.text()).stream().filter(t -> !t.isBlank()).toList();
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty();
        }
        long common = lcs(x, y, String::equals).stream().filter(op -> op.change() == Change.SAME).count();
        return 2.0 * common / (x.size() + y.size()) >= SIMILAR;
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    // ------------------------------------------------------------------------------------------- words

    /**
     * Compares two versions of a line word by word: the new text in pieces, unchanged, added or removed (the
     * removed text where it stood). Within a changed passage the removed text comes before the added text.
     */
    public static List<Piece> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Piece> raw = new ArrayList<>();
        for (Op op : lcs(a, b, TextChanges::sameToken)) {
            switch (op.change()) {
                case SAME -> raw.add(new Piece(Change.SAME, b.get(op.after())));
                case REMOVED -> raw.add(new Piece(Change.REMOVED, a.get(op.before())));
                default -> raw.add(new Piece(Change.ADDED, b.get(op.after())));
            }
        }
        return tidy(raw);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static boolean sameToken(String a, String b) {
        return a.equals(b) || (a.isBlank() && b.isBlank());
    }

    /**
     * Makes the pieces readable: a space alone between two changes joins them into one passage, the removed text
     * of a passage comes before its added text, and neighbours of the same kind are merged.
     */
    private static List<Piece> tidy(List<Piece> raw) {
        List<Piece> joined = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            Piece piece = raw.get(k);
            boolean between = k > 0 && k < raw.size() - 1 && raw.get(k - 1).change() != Change.SAME
                    && raw.get(k + 1).change() != Change.SAME;
            if (piece.change() == Change.SAME && piece.text().isBlank() && between) {
                joined.add(new Piece(Change.REMOVED, " "));
                joined.add(new Piece(Change.ADDED, piece.text()));
            } else {
                joined.add(piece);
            }
        }
        List<Piece> tidy = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        StringBuilder same = new StringBuilder();
        for (Piece piece : joined) {
            if (piece.change() == Change.SAME) {
                flush(tidy, removed, added);
                same.append(piece.text());
            } else {
                if (!same.isEmpty()) {
                    tidy.add(new Piece(Change.SAME, same.toString()));
                    same.setLength(0);
                }
                (piece.removed() ? removed : added).append(piece.text());
            }
        }
        flush(tidy, removed, added);
        if (!same.isEmpty()) {
            tidy.add(new Piece(Change.SAME, same.toString()));
        }
        return List.copyOf(tidy);
    }

    private static void flush(List<Piece> into, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            into.add(new Piece(Change.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            into.add(new Piece(Change.ADDED, added.toString()));
            added.setLength(0);
        }
    }

    // ------------------------------------------------------------------------------------------- the LCS

    /** One step of the edit script: an element of both (SAME), of the previous version only, or of the new only. */
    private record Op(Change change, int before, int after) {
    }

    /**
     * The edit script from {@code a} to {@code b} along a longest common subsequence; where there is a choice, a
     * removal before an addition. The common start and end are taken first; a middle too large to compare is
     * removed and added whole.
     */
    private static <T> List<Op> lcs(List<T> a, List<T> b, BiPredicate<T, T> same) {
        int start = 0;
        while (start < a.size() && start < b.size() && same.test(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same.test(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Op> ops = new ArrayList<>(Math.max(a.size(), b.size()) + 8);
        for (int k = 0; k < start; k++) {
            ops.add(new Op(Change.SAME, k, k));
        }
        int n = endA - start;
        int m = endB - start;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                ops.add(new Op(Change.REMOVED, start + i, -1));
            }
            for (int j = 0; j < m; j++) {
                ops.add(new Op(Change.ADDED, -1, start + j));
            }
        } else {
            // length[i][j]: the longest common subsequence of a[start+i..endA) and b[start+j..endB)
            int[][] length = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    length[i][j] = same.test(a.get(start + i), b.get(start + j))
                            ? length[i + 1][j + 1] + 1
                            : Math.max(length[i + 1][j], length[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (same.test(a.get(start + i), b.get(start + j))) {
                    ops.add(new Op(Change.SAME, start + i++, start + j++));
                } else if (length[i + 1][j] >= length[i][j + 1]) {
                    ops.add(new Op(Change.REMOVED, start + i++, -1));
                } else {
                    ops.add(new Op(Change.ADDED, -1, start + j++));
                }
            }
            for (; i < n; i++) {
                ops.add(new Op(Change.REMOVED, start + i, -1));
            }
            for (; j < m; j++) {
                ops.add(new Op(Change.ADDED, -1, start + j));
            }
        }
        for (int k = 0; k < a.size() - endA; k++) {
            ops.add(new Op(Change.SAME, endA + k, endB + k));
        }
        return ops;
    }
}
