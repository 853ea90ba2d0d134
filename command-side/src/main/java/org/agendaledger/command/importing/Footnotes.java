package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.Footnote;

/**
 * The footnotes of the read text: lines "1/ …", "¹ …", "[1] …" or "[^1]: …" wherever the page breaks put them, with
 * a line that goes on with an unfinished footnote. Each becomes a footnote of the document with its number as id
 * once its reference mark is found exactly once in the texts, where the mark is replaced by {@code [^1]}; a
 * footnote whose mark is not found, or found more than once, is listed among the unplaced instead.
 */
final class Footnotes {

    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private enum Form {
        SLASH(Pattern.compile("^(\\d{1,2})/\\s+(\\S.*)$")),
        BRACKET(Pattern.compile("^\\[(\\d{1,2})]\\s+(\\S.*)$")),
        SUPERSCRIPT(Pattern.compile("^([" + SUPERSCRIPTS + "]{1,2})\\s*(\\S.*)$")),
        MARKDOWN(Pattern.compile("^\\[\\^([^\\]\\s]+)]:\\s*(\\S.*)$"));

        final Pattern line;

        Form(Pattern line) {
            this.line = line;
        }

        /** Where the text refers to footnote {@code id}. */
        Pattern mark(String id) {
            return switch (this) {
                // "… session 1/." and "…session1/": not "7/1" nor a symbol's "/1/"
                case SLASH -> Pattern.compile("(?<![\\d/\\s])\\s?" + id + "/(?![\\w/])");
                case BRACKET -> Pattern.compile("\\[" + id + "]");
                case SUPERSCRIPT -> Pattern.compile("(?<![" + SUPERSCRIPTS + "])" + superscript(id) + "(?!["
                        + SUPERSCRIPTS + "])");
                case MARKDOWN -> Pattern.compile("\\[\\^" + Pattern.quote(id) + "]");
            };
        }
    }

    private static final class Note {
        final String id;
        final Form form;
        final SourceLine line;
        String text;

        Note(String id, Form form, SourceLine line, String text) {
            this.id = id;
            this.form = form;
            this.line = line;
            this.text = text;
        }
    }

    private final List<Note> notes = new ArrayList<>();

    /** The lines without the footnotes, which are kept to be placed. */
    List<SourceLine> takeOut(List<SourceLine> lines) {
        List<SourceLine> rest = new ArrayList<>();
        Note last = null;
        for (SourceLine line : lines) {
            Note note = note(line);
            if (note != null) {
                notes.add(note);
                last = note;
                continue;
            }
            if (last != null && !line.gapBefore() && !Structure.endsSentence(last.text)
                    && Character.isLowerCase(line.text().codePointAt(0))) {
                last.text = last.text + " " + line.text();
                continue;
            }
            last = null;
            rest.add(line);
        }
        return rest;
    }

    private static Note note(SourceLine line) {
        for (Form form : Form.values()) {
            Matcher m = form.line.matcher(line.text());
            if (m.matches()) {
                String id = form == Form.SUPERSCRIPT ? digits(m.group(1)) : m.group(1);
                return new Note(id, form, line, m.group(2));
            }
        }
        return null;
    }

    /** The document with the footnotes whose marks were found, each mark replaced by {@code [^id]}. */
    AgendaDocument place(AgendaDocument document, Leftovers leftovers) {
        if (notes.isEmpty()) {
            return document;
        }
        Map<String, Footnote> placed = new LinkedHashMap<>();
        AgendaDocument result = document;
        for (Note note : notes) {
            if (placed.containsKey(note.id)) {
                leftovers.add(note.line, "a second footnote with the same number");
                continue;
            }
            Pattern mark = note.form.mark(note.id);
            AtomicInteger found = new AtomicInteger();
            DocumentTexts.rewrite(result, t -> {
                if (t != null) {
                    Matcher m = mark.matcher(t);
                    while (m.find()) {
                        found.incrementAndGet();
                    }
                }
                return t;
            });
            if (found.get() != 1 && !(note.form == Form.MARKDOWN && found.get() > 1)) {
                leftovers.add(note.line, found.get() == 0
                        ? "a footnote whose reference mark is not found in the text"
                        : "a footnote whose reference mark stands more than once in the text");
                continue;
            }
            String reference = "[^" + note.id + "]";
            result = DocumentTexts.rewrite(result, t -> t == null ? null
                    : mark.matcher(t).replaceAll(Matcher.quoteReplacement(reference)));
            placed.put(note.id, new Footnote(note.id, note.text));
        }
        DocumentParts p = result.parts();
        List<Footnote> footnotes = new ArrayList<>(p.footnotes());
        footnotes.addAll(placed.values());
        return new AgendaDocument(new DocumentParts(p.style(), p.masthead(), p.parentBody(), p.body(),
                p.sessionLine(), p.placeAndDates(), p.itemReference(), p.title(), p.subtitle(), p.addendum(),
                p.corrigendum(), p.jobNumber(), p.agendaList(), p.chapterHeadings(), p.numberedParagraphs(),
                p.introductionHeading(), p.agendaHeading(), p.annotationsHeading(), p.introduction(),
                p.listIntroduction(), p.annexes(), footnotes), result.items());
    }

    private static String digits(String superscripts) {
        StringBuilder out = new StringBuilder();
        superscripts.chars().forEach(c -> out.append(SUPERSCRIPTS.indexOf(c)));
        return out.toString();
    }

    private static String superscript(String id) {
        StringBuilder out = new StringBuilder();
        id.chars().forEach(c -> out.append(SUPERSCRIPTS.charAt(c - '0')));
        return out.toString();
    }
}
