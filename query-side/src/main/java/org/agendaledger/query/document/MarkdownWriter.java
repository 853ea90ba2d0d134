package org.agendaledger.query.document;

import java.util.List;
import java.util.regex.Pattern;
import org.agendaledger.events.style.HouseStyle;

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
    private final HouseStyle style;

    private MarkdownWriter(HouseStyle style) {
        this.style = style;
    }

    static String write(AnnotatedAgenda agenda) {
        return new MarkdownWriter(agenda.style()).document(agenda);
    }

    private String document(AnnotatedAgenda agenda) {
        masthead(agenda);
        for (AnnotatedAgenda.Line opening : agenda.opening()) {
            if (opening.role().equals("body")) {
                heading(1, opening.text());
            } else {
                paragraph(opening.text());
            }
        }
        heading(1, agenda.title());
        if (agenda.subtitle() != null) {
            paragraph(agenda.subtitle());
        }
        if (agenda.introduction() != null) {
            if (agenda.introduction().heading() != null) {
                heading(2, agenda.introduction().heading());
            }
            agenda.introduction().paragraphs().forEach(this::paragraph);
        }
        if (agenda.agendaHeading() != null) {
            heading(2, agenda.agendaHeading());
            agenda.listIntroduction().forEach(this::paragraph);
            provisionalAgenda(agenda.provisionalAgenda());
        }
        if (!agenda.annotations().isEmpty()) {
            heading(2, agenda.annotationsHeading());
            agenda.annotations().forEach(this::annotation);
        }
        for (AnnotatedAgenda.AnnexPart annex : agenda.annexes()) {
            annex(annex);
        }
        if (!agenda.footnotes().isEmpty()) {
            footnotes(agenda);
        }
        return out.toString().stripTrailing() + "\n";
    }

    /**
     * The top of the first page, in blocks apart: the organisation's lines (the symbol beside the last where the style
     * says so), the distribution with the date of issue under it, and each other line on its own.
     */
    private void masthead(AnnotatedAgenda agenda) {
        List<AnnotatedAgenda.MastheadLine> lines = agenda.masthead();
        for (int i = 0; i < lines.size(); i++) {
            AnnotatedAgenda.MastheadLine line = lines.get(i);
            String next = i + 1 < lines.size() ? lines.get(i + 1).part() : "";
            if (line.part().equals("organization") && next.equals("organization")) {
                // a backslash at the end of a line is CommonMark's hard line break
                line(text(line.text()) + "\\");
                continue;
            }
            if (line.part().equals("organization") && next.equals("symbol") && agenda.style().symbolBesideMasthead()) {
                line(text(line.text()) + " " + inline(lines.get(++i).text()));
            } else if (line.part().equals("distribution") && next.equals("date")) {
                line(text(line.text()) + "\\");
                line(text(lines.get(++i).text()));
            } else {
                line(text(line.text()));
            }
            blank();
        }
    }

    private void provisionalAgenda(List<AnnotatedAgenda.AgendaLine> lines) {
        for (AnnotatedAgenda.AgendaLine item : lines) {
            // "1. " opens the list item; its continuation lines are indented by the width of that marker
            String indent = " ".repeat(item.label().length() + 1);
            StringBuilder entry = new StringBuilder(item.label()).append(' ').append(text(item.text()));
            subLines(entry, indent, item.subItems());
            line(entry.toString());
        }
        blank();
    }

    private static void subLines(StringBuilder entry, String indent, List<AnnotatedAgenda.AgendaLine> subs) {
        for (AnnotatedAgenda.AgendaLine sub : subs) {
            entry.append("\\\n").append(indent).append(sub.label()).append(' ').append(inline(sub.text()));
            subLines(entry, indent, sub.subItems());
        }
    }

    private void annotation(AnnotatedAgenda.ItemAnnotation item) {
        heading(3, item.label() + " " + item.title());
        // what belongs to the item as a whole comes before its sub-items, so that it never reads as the last one's
        item.paragraphs().forEach(this::paragraph);
        item.sections().forEach(s -> section(4, s));
        documentation(4, item.documentation());
        item.subItems().forEach(s -> subItem(4, s));
    }

    private void subItem(int level, AnnotatedAgenda.SubItemAnnotation sub) {
        heading(level, sub.label() + " " + sub.title());
        sub.paragraphs().forEach(this::paragraph);
        sub.sections().forEach(s -> section(level + 1, s));
        documentation(level + 1, sub.documentation());
        sub.subItems().forEach(s -> subItem(level + 1, s));
    }

    private void section(int level, AnnotatedAgenda.Section section) {
        heading(level, section.heading());
        section.paragraphs().forEach(this::paragraph);
        section.sections().forEach(s -> section(level + 1, s));
        documentation(level + 1, section.documentation());
    }

    private void documentation(int level, AnnotatedAgenda.Documentation documentation) {
        if (documentation == null) {
            return;
        }
        heading(level, documentation.heading());
        for (AnnotatedAgenda.Listed entry : documentation.entries()) {
            paragraph(entry.text());
        }
    }

    private void annex(AnnotatedAgenda.AnnexPart annex) {
        heading(2, annex.heading());
        if (annex.title() != null) {
            heading(3, annex.title());
        }
        annex.paragraphs().forEach(this::paragraph);
        if (!annex.organizationOfWork().isEmpty()) {
            organizationOfWork(annex.organizationOfWork(), annex);
        }
        if (annex.table() != null) {
            table(annex.table());
        }
    }

    private void organizationOfWork(List<AnnotatedAgenda.AnnexDay> days, AnnotatedAgenda.AnnexPart annex) {
        line("| " + String.join(" | ", columns(annex)) + " |");
        line("| --- | --- | --- |");
        for (AnnotatedAgenda.AnnexDay day : days) {
            line("| **" + cell(day.day()) + "** | | |");
            for (AnnotatedAgenda.AnnexRow row : day.rows()) {
                line("| " + cell(row.time()) + " | " + cell(row.reference()) + " | " + cell(row.title()) + " |");
            }
        }
        blank();
    }

    private List<String> columns(AnnotatedAgenda.AnnexPart annex) {
        return style.organizationOfWorkColumns().stream().map(MarkdownWriter::cell).toList();
    }

    private void table(AnnotatedAgenda.Table table) {
        int width = Math.max(1, table.columns().size());
        List<String> columns = table.columns().isEmpty() ? List.of(" ") : table.columns();
        line("| " + String.join(" | ", columns.stream().map(MarkdownWriter::cell).toList()) + " |");
        line("|" + " --- |".repeat(width));
        for (List<String> row : table.rows()) {
            line("| " + String.join(" | ", row.stream().map(MarkdownWriter::cell).toList()) + " |");
        }
        blank();
    }

    private void footnotes(AnnotatedAgenda agenda) {
        if (!agenda.style().footnotesHeading().isBlank()) {
            heading(2, agenda.style().footnotesHeading());
        }
        for (AnnotatedAgenda.Note note : agenda.footnotes()) {
            line("[^" + note.number() + "]: " + inline(note.text()));
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

    private void paragraph(AnnotatedAgenda.Paragraph paragraph) {
        paragraph(paragraph.number() == null ? paragraph.text() : paragraph.number() + " " + paragraph.text());
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
        String escaped = INLINE_MARKUP.matcher(oneLine).replaceAll("\\\\$1");
        // a footnote reference, marked before escaping, becomes CommonMark's footnote syntax
        return AnnotatedAgenda.FOOTNOTE_MARK.matcher(escaped).replaceAll("[^$1]");
    }

    /** A table cell is inline text; the pipe is escaped with the rest. */
    private static String cell(String text) {
        return inline(text);
    }
}
