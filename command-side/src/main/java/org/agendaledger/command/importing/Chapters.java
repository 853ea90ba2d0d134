package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of the document's body after its first page: the introduction, the list of items, the annotations and
 * the annexes, each with its heading as printed. A part begins at a chapter heading ("II. PROVISIONAL AGENDA", the
 * chapters numbered in order), at a heading without a numeral that names it ("Provisional agenda", "Annotations",
 * "Introduction"), at an annex heading, or — in a document of annotations only — at its first "Item 1" heading. A
 * chapter that is none of these is a part of its own, which nothing reads.
 */
final class Chapters {

    enum Part {
        INTRODUCTION, LIST, ANNOTATIONS, ANNEX, OTHER
    }

    /** One part: what it is, its heading (without its numeral), whether it was a numbered chapter, and its lines. */
    static final class Chapter {
        final Part part;
        final String heading;
        final boolean numbered;
        final SourceLine headingLine;
        final String annexTitle;
        final List<SourceLine> lines = new ArrayList<>();

        Chapter(Part part, String heading, boolean numbered, SourceLine headingLine, String annexTitle) {
            this.part = part;
            this.heading = heading;
            this.numbered = numbered;
            this.headingLine = headingLine;
            this.annexTitle = annexTitle;
        }
    }

    private static final Pattern ANNOTATIONS_HEADING = Pattern.compile("^annotations?\\b.*|.*\\bannotations to\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^(?:(?:revised|draft|annotated|supplementary)\\s+)?(?:provisional\\s+)?agenda$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRODUCTION_HEADING = Pattern.compile("^introduction$", Pattern.CASE_INSENSITIVE);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private Chapters() {
    }

    static List<Chapter> split(List<SourceLine> lines) {
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(new Chapter(Part.INTRODUCTION, null, false, null, null));
        int numbered = 0;
        for (SourceLine line : lines) {
            String text = line.text();
            Chapter current = chapters.get(chapters.size() - 1);
            String[] annex = Structure.annex(text);
            if (annex != null) {
                chapters.add(new Chapter(Part.ANNEX, annex[0], false, line, annex[1]));
                continue;
            }
            if (current.part == Part.ANNEX) {
                current.lines.add(line);
                continue;
            }
            String[] chapter = Structure.chapter(text);
            if (chapter != null && numbered < ROMAN.length && chapter[0].equals(ROMAN[numbered])) {
                numbered++;
                chapters.add(new Chapter(kind(chapter[1], chapters), chapter[1], true, line, null));
                continue;
            }
            boolean heading = line.marked() || Structure.headingLike(text);
            if (heading && Structure.words(text) <= 8 && ANNOTATIONS_HEADING.matcher(text).matches()
                    && !has(chapters, Part.ANNOTATIONS)) {
                chapters.add(new Chapter(Part.ANNOTATIONS, text, false, line, null));
            } else if (heading && LIST_HEADING.matcher(text).matches() && !has(chapters, Part.LIST)
                    && !has(chapters, Part.ANNOTATIONS)) {
                chapters.add(new Chapter(Part.LIST, text, false, line, null));
            } else if (heading && INTRODUCTION_HEADING.matcher(text).matches() && chapters.size() == 1
                    && current.lines.isEmpty()) {
                chapters.set(0, new Chapter(Part.INTRODUCTION, text, false, line, null));
            } else if (current.part == Part.INTRODUCTION && Structure.itemHeading(text) != null
                    && !has(chapters, Part.LIST) && !has(chapters, Part.ANNOTATIONS)) {
                // annotations only: they begin with the first item's heading
                Chapter annotations = new Chapter(Part.ANNOTATIONS, null, false, null, null);
                annotations.lines.add(line);
                chapters.add(annotations);
            } else {
                current.lines.add(line);
            }
        }
        return chapters;
    }

    /** What a numbered chapter is, from its heading's words and what came before it. */
    private static Part kind(String heading, List<Chapter> before) {
        String words = heading.toLowerCase(Locale.ROOT);
        if (words.contains("annotation") && !has(before, Part.ANNOTATIONS)) {
            return Part.ANNOTATIONS;
        }
        if (words.contains("agenda") && !has(before, Part.LIST) && !has(before, Part.ANNOTATIONS)) {
            return Part.LIST;
        }
        boolean first = before.size() == 1 && before.get(0).heading == null;
        return first ? Part.INTRODUCTION : Part.OTHER;
    }

    private static boolean has(List<Chapter> chapters, Part part) {
        return chapters.stream().anyMatch(c -> c.part == part && (c.heading != null || part == Part.ANNOTATIONS));
    }
}
