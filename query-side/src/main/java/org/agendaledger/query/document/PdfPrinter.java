package org.agendaledger.query.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Prints the HTML page as PDF with openhtmltopdf, which lays out XHTML and CSS (paged media: A4, page numbers) on
 * PDFBox. The page has no external assets, so nothing is fetched while printing; the fonts are the PDF standard
 * serif faces, which cover the Latin-1 range and typographic punctuation such as the en dash.
 */
final class PdfPrinter {

    static {
        XRLog.setLoggerImpl(new PdfLayoutLog());
    }

    private PdfPrinter() {
    }

    static byte[] print(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The agenda could not be printed as PDF", e);
        }
        return pdf.toByteArray();
    }
}
