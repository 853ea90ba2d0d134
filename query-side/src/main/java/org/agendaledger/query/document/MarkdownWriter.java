package org.agendaledger.query.document;

import java.util.List;
import java.util.regex.Pattern;
import org.agendaledger.events.meeting.DocumentationEntry;

/**
 * The document as plain CommonMark with a GFM table for the annex: headings, a numbered list for the provisional
 * agenda (its sub-items on lines of their own through hard line breaks, so the raw text reads like the printed
 * list) and paragraphs. Every text is escaped, so a title can never turn into markup.
 */
final class MarkdownWriter {

    /** Characters that are markup wherever they stand in a line. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>#|~&])");
    /** Characters that open a block at the start of a line: a list, a quote, a setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^([-+=>])");
    /** "2020. was" at the start of a line would be an ordered list. */
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

    private final StringBuilder out = new StringBuilder();

    static String write(AnnotatedAgenda agenda) {
        return new MarkdownWriter().document(agenda);
    }

    private String document(AnnotatedAgenda agenda) {
        line(agenda.symbol() == null ? "United Nations" : "United Nations " + text(agenda.symbol()));
        blank();
        if (agenda.draft()) {
            line("Draft");
        } else {
            // a backslash at the end of a line is CommonMark's hard line break
            line("Distr.: " + text(agenda.distribution()) + "\\");
            line(text(agenda.dateOfIssue()));
            if (agenda.originalLanguage() != null) {
                blank();
                line("Original: " + text(agenda.originalLanguage()));
            }
        }
        blank();
        heading(1, agenda.body());
        paragraph(agenda.placeAndDates());
        heading(1, "Annotated provisional agenda");
        heading(2, "Provisional agenda");
        provisionalAgenda(agenda.provisionalAgenda());
        if (!agenda.annotations().isEmpty()) {
            heading(2, "Annotations");
            agenda.annotations().forEach(this::annotation);
        }
        if (!agenda.organizationOfWork().isEmpty()) {
            heading(2, "Annex");
            heading(3, "Proposed organization of work");
            organizationOfWork(agenda.organizationOfWork());
        }
        return out.toString().stripTrailing() + "\n";
    }

    private void provisionalAgenda(List<AnnotatedAgenda.AgendaLine> lines) {
        for (AnnotatedAgenda.AgendaLine item : lines) {
            // "1. " opens the list item; its continuation lines are indented by the width of that marker
            String indent = " ".repeat(item.label().length() + 1);
            StringBuilder entry = new StringBuilder(item.label()).append(' ').append(text(item.text()));
            for (AnnotatedAgenda.AgendaLine sub : item.subItems()) {
                entry.append("\\\n").append(indent).append(sub.label()).append(' ').append(inline(sub.text()));
            }
            line(entry.toString());
        }
        blank();
    }

    private void annotation(AnnotatedAgenda.ItemAnnotation item) {
        heading(3, item.number() + " " + item.title());
        // what belongs to the item as a whole comes before its sub-items, so that it never reads as the last one's
        item.paragraphs().forEach(this::paragraph);
        if (!item.documentation().isEmpty()) {
            heading(4, "Documentation");
            for (DocumentationEntry entry : item.documentation()) {
                paragraph(entry.title() + " (" + entry.symbol() + ")");
            }
        }
        for (AnnotatedAgenda.SubItemAnnotation sub : item.subItems()) {
            heading(4, sub.letter() + " " + sub.title());
            sub.paragraphs().forEach(this::paragraph);
        }
    }

    private void organizationOfWork(List<AnnotatedAgenda.AnnexDay> days) {
        line("| Date and time | Agenda item | Title or description |");
        line("| --- | --- | --- |");
        for (AnnotatedAgenda.AnnexDay day : days) {
            line("| **" + cell(day.day()) + "** | | |");
            for (AnnotatedAgenda.AnnexRow row : day.rows()) {
                line("| " + cell(row.time()) + " | " + cell(row.reference()) + " | " + cell(row.title()) + " |");
            }
        }
        blank();
    }

    private void heading(int level, String text) {
        // within a heading "1." is no list marker, so the start of the line needs no escaping beyond the inline one
        line("#".repeat(level) + " " + inline(text));
        blank();
    }

    private void paragraph(String text) {
        line(text(text));
        blank();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void blank() {
        out.append('\n');
    }

    /** Text that starts a line: inline markup escaped, and what would open a list, quote or heading too. */
    private static String text(String text) {
        String escaped = inline(text);
        escaped = BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
        return ORDERED_LIST_START.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /** Text within a line: one line, whitespace collapsed, inline markup escaped with backslashes. */
    private static String inline(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return INLINE_MARKUP.matcher(oneLine).replaceAll("\\\\$1");
    }

    /** A table cell is inline text; the pipe is escaped with the rest. */
    private static String cell(String text) {
        return inline(text);
    }
}
