package org.agendaledger.query.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The document as a standalone, print-ready HTML5 page: embedded CSS for A4 paper in a serif face, no external
 * assets, and well-formed XHTML (the PDF printer parses it as XML). Every text is escaped.
 */
final class HtmlWriter {

    /**
     * Laid out like the printed document: the masthead with the symbol, the body's heading, the agenda with hanging
     * labels (a float in the padding: openhtmltopdf ignores a negative text-indent there), the annex on a page of
     * its own. Symbols and times never wrap: a line break inside
     * "CTOC/COP/WG.4/2020/2" or "10 a.m.–1 p.m." would make them unreadable. No justified text, no hyphenation:
     * the PDF must keep the words as written so that its text can be read back and checked.
     */
    private static final String STYLE = """
            @page { size: A4; margin: 25mm 22mm 25mm 22mm;
              @bottom-right { content: counter(page) "/" counter(pages); font-family: serif; font-size: 9pt; } }
            @media screen { body { max-width: 166mm; margin: 2em auto; padding: 0 1em; } }
            header, section { display: block; }
            body { font-family: "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.35; color: #000; }
            table.masthead { width: 100%; border-collapse: collapse; border-bottom: 1.5pt solid #000; }
            table.masthead td { padding: 0 0 3pt 0; vertical-align: bottom; }
            .organization { font-size: 13pt; }
            .masthead .symbol { font-size: 16pt; font-weight: bold; text-align: right; }
            .distribution { margin: 6pt 0 0 60%; }
            .distribution p { margin: 0; }
            .distribution p.original { margin-top: 8pt; }
            .body { font-size: 16pt; font-weight: bold; margin: 18pt 0 4pt 0; }
            .place-and-dates { margin: 0 0 12pt 0; }
            h1 { font-size: 14pt; margin: 14pt 0 10pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 8pt 0; }
            h3 { font-size: 11pt; margin: 12pt 0 6pt 0; page-break-after: avoid; }
            h4 { font-size: 11pt; font-weight: normal; font-style: italic; margin: 10pt 0 6pt 0;
              page-break-after: avoid; }
            p { margin: 0 0 8pt 0; }
            ol.agenda, ol.sub-items { list-style: none; margin: 0; padding: 0; }
            ol.agenda > li { margin: 0 0 6pt 0; }
            ol.sub-items { margin-top: 3pt; }
            ol.sub-items > li { margin: 0 0 3pt 0; }
            ol.agenda > li, ol.sub-items > li, .labelled { padding-left: 2.5em; }
            .label { float: left; width: 2.5em; margin-left: -2.5em; }
            .labelled .label-inline { margin-left: -2.5em; }
            .parent-body, .session, .item-reference { margin: 0 0 4pt 0; }
            .subtitle { font-style: italic; margin: -4pt 0 12pt 0; }
            .job-number { font-size: 9pt; margin-top: 8pt; }
            .distribution p.symbol-line { font-size: 14pt; font-weight: bold; white-space: nowrap; }
            h5, h6 { font-size: 11pt; font-weight: normal; font-style: italic; margin: 8pt 0 6pt 0;
              page-break-after: avoid; }
            sup.footnote-ref { font-size: 7pt; vertical-align: super; line-height: 0; }
            section.footnotes { border-top: 0.5pt solid #000; margin-top: 14pt; padding-top: 4pt; font-size: 9pt; }
            table.annex-table { width: 100%; border-collapse: collapse; margin-top: 8pt; -fs-table-paginate: paginate; }
            table.annex-table th { text-align: left; font-style: italic; font-weight: normal;
              border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; padding: 3pt 6pt 3pt 0; }
            table.annex-table td { vertical-align: top; padding: 3pt 6pt 3pt 0; }
            .symbol, .time-of-day { white-space: nowrap; }
            section.annex { page-break-before: always; }
            table.organization-of-work { width: 100%; border-collapse: collapse; margin-top: 8pt;
              -fs-table-paginate: paginate; }
            table.organization-of-work th { text-align: left; font-style: italic; font-weight: normal;
              border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; padding: 3pt 6pt 3pt 0; }
            table.organization-of-work td { vertical-align: top; padding: 3pt 6pt 3pt 0; }
            table.organization-of-work tr { page-break-inside: avoid; }
            table.organization-of-work td.day { font-weight: bold; padding-top: 8pt; }
            .time { width: 24%; white-space: nowrap; }
            .reference { width: 14%; white-space: nowrap; }
            nav.formats { font-family: system-ui, sans-serif; font-size: 10pt; margin: 0 0 12pt 0; }
            @media print { nav.formats { display: none; } }
            """;

    /** A link to the same document in another format, shown on screen above the document, never printed. */
    record FormatLink(String label, String href) {
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?:\\b\\d{1,2}(?:[:.][0-5]\\d)?(?: ?[ap]\\.m\\.)? ?[–-] ?)?\\b\\d{1,2}(?:[:.][0-5]\\d)? ?[ap]\\.m\\."
                    + "|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b");

    private final StringBuilder out = new StringBuilder();

    /** The document alone, as the PDF is printed from it. */
    static String write(AnnotatedAgenda agenda) {
        return new HtmlWriter().document(agenda, List.of());
    }

    /** The document as a page for the screen: above it, links to its other formats (hidden in print). */
    static String write(AnnotatedAgenda agenda, List<FormatLink> otherFormats) {
        return new HtmlWriter().document(agenda, otherFormats);
    }

    private String document(AnnotatedAgenda agenda, List<FormatLink> otherFormats) {
        String title = agenda.draft() ? agenda.draftLine() + " " + lowerFirst(agenda.title())
                : agenda.symbol() + " " + agenda.title();
        out.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(agenda.style().locale()))
                .append("\" xml:lang=\"").append(escape(agenda.style().locale())).append("\">\n")
                .append("<head>\n<meta charset=\"UTF-8\" />\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        if (!otherFormats.isEmpty()) {
            out.append("<nav class=\"formats\" aria-label=\"This document in other formats\">Also as ");
            for (int i = 0; i < otherFormats.size(); i++) {
                FormatLink link = otherFormats.get(i);
                out.append(i == 0 ? "" : " · ").append("<a href=\"").append(escape(link.href())).append("\">")
                        .append(escape(link.label())).append("</a>");
            }
            out.append("</nav>\n");
        }
        masthead(agenda);
        for (AnnotatedAgenda.Line line : agenda.opening()) {
            element("p", line.role(), line.text());
        }
        element("h1", null, agenda.title());
        if (agenda.subtitle() != null) {
            element("p", "subtitle", agenda.subtitle());
        }
        if (agenda.introduction() != null) {
            out.append("<section class=\"introduction\">\n");
            if (agenda.introduction().heading() != null) {
                element("h2", null, agenda.introduction().heading());
            }
            agenda.introduction().paragraphs().forEach(this::paragraph);
            out.append("</section>\n");
        }
        if (agenda.agendaHeading() != null) {
            element("h2", null, agenda.agendaHeading());
            agenda.listIntroduction().forEach(this::paragraph);
            provisionalAgenda(agenda.provisionalAgenda());
        }
        if (!agenda.annotations().isEmpty()) {
            out.append("<section class=\"annotations\">\n");
            element("h2", null, agenda.annotationsHeading());
            agenda.annotations().forEach(this::annotation);
            out.append("</section>\n");
        }
        agenda.annexes().forEach(annex -> annex(agenda, annex));
        if (!agenda.footnotes().isEmpty()) {
            out.append("<section class=\"footnotes\">\n");
            if (!agenda.style().footnotesHeading().isBlank()) {
                element("h2", null, agenda.style().footnotesHeading());
            }
            for (AnnotatedAgenda.Note note : agenda.footnotes()) {
                out.append("<p class=\"labelled\">").append(labelled(note.number(), note.text())).append("</p>\n");
            }
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The top of the first page in the style's order: the organisation's lines in a ruled table with the symbol on the
     * right where the symbol follows them, the other lines in a block at the right, each in its turn.
     */
    private void masthead(AnnotatedAgenda agenda) {
        out.append("<header>\n");
        List<AnnotatedAgenda.MastheadLine> lines = agenda.masthead();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            AnnotatedAgenda.MastheadLine line = lines.get(i);
            if (line.part().equals("organization")) {
                if (inBlock) {
                    out.append("</div>\n");
                    inBlock = false;
                }
                out.append("<table class=\"masthead\"><tr><td class=\"organization\">");
                int first = i;
                while (i < lines.size() && lines.get(i).part().equals("organization")) {
                    out.append(i == first ? "" : "<br />").append(escape(lines.get(i).text()));
                    i++;
                }
                String symbol = i < lines.size() && lines.get(i).part().equals("symbol") ? lines.get(i).text() : null;
                if (symbol == null) {
                    i--;
                }
                out.append("</td>").append("<td class=\"symbol\">").append(escape(symbol == null ? "" : symbol))
                        .append("</td></tr></table>\n");
                continue;
            }
            if (!inBlock) {
                out.append("<div class=\"distribution\">\n");
                inBlock = true;
            }
            String css = switch (line.part()) {
                case "draft" -> "status";
                case "original" -> "original";
                case "symbol" -> "symbol-line";
                case "job-number" -> "job-number";
                default -> null;
            };
            element("p", css, line.text());
        }
        if (inBlock) {
            out.append("</div>\n");
        }
        out.append("</header>\n");
    }

    private void provisionalAgenda(List<AnnotatedAgenda.AgendaLine> lines) {
        out.append("<ol class=\"agenda\">\n");
        for (AnnotatedAgenda.AgendaLine item : lines) {
            out.append("<li>").append(labelled(item.label(), item.text()));
            subLines(item.subItems());
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private void subLines(List<AnnotatedAgenda.AgendaLine> subs) {
        if (subs.isEmpty()) {
            return;
        }
        out.append("\n<ol class=\"sub-items\">\n");
        for (AnnotatedAgenda.AgendaLine sub : subs) {
            out.append("<li>").append(labelled(sub.label(), sub.text()));
            subLines(sub.subItems());
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private void annotation(AnnotatedAgenda.ItemAnnotation item) {
        out.append("<section class=\"item\">\n");
        heading(3, item.label(), item.title());
        // what belongs to the item as a whole comes before its sub-items, so that it never reads as the last one's
        item.paragraphs().forEach(this::paragraph);
        item.sections().forEach(s -> section(4, s));
        documentation(4, item.documentation());
        item.subItems().forEach(s -> subItem(4, s));
        out.append("</section>\n");
    }

    private void subItem(int level, AnnotatedAgenda.SubItemAnnotation sub) {
        heading(level, sub.label(), sub.title());
        sub.paragraphs().forEach(this::paragraph);
        sub.sections().forEach(s -> section(level + 1, s));
        documentation(level + 1, sub.documentation());
        sub.subItems().forEach(s -> subItem(level + 1, s));
    }

    private void section(int level, AnnotatedAgenda.Section section) {
        element("h" + Math.min(level, 6), "section-heading", section.heading());
        section.paragraphs().forEach(this::paragraph);
        section.sections().forEach(s -> section(level + 1, s));
        documentation(level + 1, section.documentation());
    }

    private void documentation(int level, AnnotatedAgenda.Documentation documentation) {
        if (documentation == null) {
            return;
        }
        element("h" + Math.min(level, 6), null, documentation.heading());
        for (AnnotatedAgenda.Listed entry : documentation.entries()) {
            // the parentheses go with the symbol, so that a line never ends with a lone "("
            out.append("<p class=\"documentation\">").append(marked(entry.before()))
                    .append("<span class=\"symbol\">").append(escape(entry.symbol())).append("</span>")
                    .append(marked(entry.after())).append("</p>\n");
        }
    }

    private void heading(int level, String label, String title) {
        String name = "h" + Math.min(level, 6);
        out.append('<').append(name).append(" class=\"labelled\">").append(labelled(label, title)).append("</")
                .append(name).append(">\n");
    }

    private void annex(AnnotatedAgenda agenda, AnnotatedAgenda.AnnexPart annex) {
        out.append("<section class=\"annex\">\n");
        element("h2", null, annex.heading());
        if (annex.title() != null) {
            element("h3", null, annex.title());
        }
        annex.paragraphs().forEach(this::paragraph);
        if (!annex.organizationOfWork().isEmpty()) {
            organizationOfWork(agenda.style().organizationOfWorkColumns(), annex.organizationOfWork());
        }
        if (annex.table() != null) {
            table(annex.table());
        }
        out.append("</section>\n");
    }

    private void organizationOfWork(List<String> columns, List<AnnotatedAgenda.AnnexDay> days) {
        out.append("<table class=\"organization-of-work\">\n<thead><tr><th class=\"time\">")
                .append(escape(columns.get(0))).append("</th>").append("<th class=\"reference\">")
                .append(escape(columns.get(1))).append("</th><th>").append(escape(columns.get(2)))
                .append("</th></tr></thead>\n").append("<tbody>\n");
        for (AnnotatedAgenda.AnnexDay day : days) {
            out.append("<tr><td class=\"day\" colspan=\"3\">").append(escape(day.day())).append("</td></tr>\n");
            for (AnnotatedAgenda.AnnexRow row : day.rows()) {
                out.append("<tr><td class=\"time\">").append(escape(row.time()))
                        .append("</td><td class=\"reference\">").append(escape(row.reference()))
                        .append("</td><td>").append(marked(row.title())).append("</td></tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n");
    }

    private void table(AnnotatedAgenda.Table table) {
        out.append("<table class=\"annex-table\">\n");
        if (!table.columns().isEmpty()) {
            out.append("<thead><tr>");
            table.columns().forEach(c -> out.append("<th>").append(marked(c)).append("</th>"));
            out.append("</tr></thead>\n");
        }
        out.append("<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(marked(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String lowerFirst(String title) {
        if (title.isEmpty() || title.equals(title.toUpperCase(java.util.Locale.ROOT))) {
            return title;
        }
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /**
     * "1." and a title: the label hangs in the indent; the space keeps the words apart as plain text. A label too wide
     * for the indent ("Item 1:") stays in the line.
     */
    private static String labelled(String label, String text) {
        String css = label.length() > 4 ? "label-inline" : "label";
        return "<span class=\"" + css + "\">" + escape(label) + "</span> " + marked(text);
    }

    /**
     * A paragraph of running text. A time of day ("10 a.m.", "3:00 p.m.", "3–6 p.m.", "15:30") is kept on one line:
     * a reader must never meet "3:" at the end of a line and "00 p.m." at the start of the next. A numbered
     * paragraph hangs its number in the indent.
     */
    private void paragraph(AnnotatedAgenda.Paragraph paragraph) {
        String text = TIME_OF_DAY.matcher(marked(paragraph.text())).replaceAll("<span class=\"time-of-day\">$0</span>");
        if (paragraph.number() == null) {
            out.append("<p>").append(text).append("</p>\n");
        } else {
            out.append("<p class=\"labelled\"><span class=\"label\">").append(escape(paragraph.number()))
                    .append("</span> ").append(text).append("</p>\n");
        }
    }

    /** Escaped text with its footnote references raised. */
    private static String marked(String text) {
        return AnnotatedAgenda.FOOTNOTE_MARK.matcher(escape(text))
                .replaceAll("<sup class=\"footnote-ref\">$1</sup>");
    }

    private void element(String name, String cssClass, String text) {
        out.append('<').append(name);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(marked(text)).append("</").append(name).append(">\n");
    }

    /**
     * Text as XML character data: the markup characters as entities, and the control characters XML 1.0 forbids
     * dropped, since one of them would make the page unparseable for the PDF printer.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    boolean allowed = c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF
                            || c == '\t' || c == '\n' || c == '\r';
                    if (allowed) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
