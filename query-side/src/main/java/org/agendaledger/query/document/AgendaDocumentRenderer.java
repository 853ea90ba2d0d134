package org.agendaledger.query.document;

import java.nio.charset.StandardCharsets;
import org.agendaledger.events.style.HouseStyles;
import org.agendaledger.query.agenda.AgendaView;
import org.springframework.stereotype.Component;

/**
 * Renders the agenda of a meeting as its annotated provisional agenda, laid out like the documents the
 * secretariat issues (CTOC/COP/WG.4/2020/1 is the model): Markdown, a print-ready HTML page, or PDF printed from
 * that page.
 */
@Component
class AgendaDocumentRenderer {

    private final HouseStyles styles;

    AgendaDocumentRenderer(HouseStyles styles) {
        this.styles = styles;
    }

    /** The document of a view in the house style its parts name (the United Nations Secretariat's by default). */
    AnnotatedAgenda document(AgendaView view) {
        return AnnotatedAgenda.of(view, styles.style(view.parts().style()));
    }

    String markdown(AgendaView view) {
        return MarkdownWriter.write(document(view));
    }

    String html(AgendaView view) {
        return HtmlWriter.write(document(view));
    }

    /** The print-ready page for a browser, linking to the same document (at the same instant) as Markdown and PDF. */
    String page(AgendaView view, java.time.Instant asOf) {
        String at = asOf == null ? "" : "&asOf=" + asOf;
        return HtmlWriter.write(document(view), java.util.List.of(
                new HtmlWriter.FormatLink("Markdown", "?format=md" + at),
                new HtmlWriter.FormatLink("PDF", "?format=pdf" + at)));
    }

    byte[] pdf(AgendaView view) {
        return PdfPrinter.print(html(view));
    }

    byte[] render(AgendaView view, DocumentFormat format, java.time.Instant asOf) {
        return switch (format) {
            case MD -> markdown(view).getBytes(StandardCharsets.UTF_8);
            case HTML -> page(view, asOf).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(view);
        };
    }

    /**
     * The file name of the document: its symbol with the slashes a file name cannot hold as hyphens
     * ("CTOC-COP-WG.4-2020-1.pdf"); a draft has no symbol yet and is named after its meeting.
     */
    static String fileName(AgendaView view, DocumentFormat format) {
        String stem = view.issued() == null || view.issued().symbol() == null
                ? view.meetingId() + "-draft"
                : view.issued().symbol().replaceAll("[^A-Za-z0-9.\\-]+", "-");
        return stem + "." + format.parameter();
    }
}
