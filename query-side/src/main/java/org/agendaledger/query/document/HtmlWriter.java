package org.agendaledger.query.document;

import java.util.List;
import java.util.regex.Pattern;
import org.agendaledger.events.meeting.DocumentationEntry;

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
        String title = agenda.symbol() == null ? "Draft annotated provisional agenda"
                : agenda.symbol() + " Annotated provisional agenda";
        out.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n")
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
        element("p", "body", agenda.body());
        element("p", "place-and-dates", agenda.placeAndDates());
        element("h1", null, "Annotated provisional agenda");
        element("h2", null, "Provisional agenda");
        provisionalAgenda(agenda.provisionalAgenda());
        if (!agenda.annotations().isEmpty()) {
            out.append("<section class=\"annotations\">\n");
            element("h2", null, "Annotations");
            agenda.annotations().forEach(this::annotation);
            out.append("</section>\n");
        }
        if (!agenda.organizationOfWork().isEmpty()) {
            organizationOfWork(agenda.organizationOfWork());
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void masthead(AnnotatedAgenda agenda) {
        out.append("<header>\n<table class=\"masthead\"><tr><td class=\"organization\">United Nations</td>")
                .append("<td class=\"symbol\">").append(escape(agenda.symbol() == null ? "" : agenda.symbol()))
                .append("</td></tr></table>\n<div class=\"distribution\">\n");
        if (agenda.draft()) {
            element("p", "status", "Draft");
        } else {
            element("p", null, "Distr.: " + agenda.distribution());
            element("p", null, agenda.dateOfIssue());
            if (agenda.originalLanguage() != null) {
                element("p", "original", "Original: " + agenda.originalLanguage());
            }
        }
        out.append("</div>\n</header>\n");
    }

    private void provisionalAgenda(List<AnnotatedAgenda.AgendaLine> lines) {
        out.append("<ol class=\"agenda\">\n");
        for (AnnotatedAgenda.AgendaLine item : lines) {
            out.append("<li>").append(labelled(item.label(), item.text()));
            if (!item.subItems().isEmpty()) {
                out.append("\n<ol class=\"sub-items\">\n");
                for (AnnotatedAgenda.AgendaLine sub : item.subItems()) {
                    out.append("<li>").append(labelled(sub.label(), sub.text())).append("</li>\n");
                }
                out.append("</ol>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private void annotation(AnnotatedAgenda.ItemAnnotation item) {
        out.append("<section class=\"item\">\n<h3 class=\"labelled\">").append(labelled(item.number(), item.title()))
                .append("</h3>\n");
        // what belongs to the item as a whole comes before its sub-items, so that it never reads as the last one's
        item.paragraphs().forEach(this::paragraph);
        if (!item.documentation().isEmpty()) {
            element("h4", null, "Documentation");
            for (DocumentationEntry entry : item.documentation()) {
                // the parentheses go with the symbol, so that a line never ends with a lone "("
                out.append("<p class=\"documentation\">").append(escape(entry.title()))
                        .append(" <span class=\"symbol\">(").append(escape(entry.symbol())).append(")</span></p>\n");
            }
        }
        for (AnnotatedAgenda.SubItemAnnotation sub : item.subItems()) {
            out.append("<h4 class=\"labelled\">").append(labelled(sub.letter(), sub.title())).append("</h4>\n");
            sub.paragraphs().forEach(this::paragraph);
        }
        out.append("</section>\n");
    }

    private void organizationOfWork(List<AnnotatedAgenda.AnnexDay> days) {
        out.append("<section class=\"annex\">\n");
        element("h2", null, "Annex");
        element("h3", null, "Proposed organization of work");
        out.append("<table class=\"organization-of-work\">\n<thead><tr><th class=\"time\">Date and time</th>")
                .append("<th class=\"reference\">Agenda item</th><th>Title or description</th></tr></thead>\n")
                .append("<tbody>\n");
        for (AnnotatedAgenda.AnnexDay day : days) {
            out.append("<tr><td class=\"day\" colspan=\"3\">").append(escape(day.day())).append("</td></tr>\n");
            for (AnnotatedAgenda.AnnexRow row : day.rows()) {
                out.append("<tr><td class=\"time\">").append(escape(row.time()))
                        .append("</td><td class=\"reference\">").append(escape(row.reference()))
                        .append("</td><td>").append(escape(row.title())).append("</td></tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** "1." and a title: the label hangs in the indent; the space keeps the words apart as plain text. */
    private static String labelled(String label, String text) {
        return "<span class=\"label\">" + escape(label) + "</span> " + escape(text);
    }

    /**
     * A paragraph of running text. A time of day ("10 a.m.", "3:00 p.m.", "3–6 p.m.", "15:30") is kept on one line:
     * a reader must never meet "3:" at the end of a line and "00 p.m." at the start of the next.
     */
    private void paragraph(String text) {
        out.append("<p>").append(TIME_OF_DAY.matcher(escape(text)).replaceAll("<span class=\"time-of-day\">$0</span>"))
                .append("</p>\n");
    }

    private void element(String name, String cssClass, String text) {
        out.append('<').append(name);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(name).append(">\n");
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
