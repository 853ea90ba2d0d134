package org.agendaledger.query.document;

import static org.agendaledger.query.document.Agendas.item;
import static org.agendaledger.query.document.Agendas.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.query.agenda.AgendaView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF printed from the HTML page, read back with PDFBox. */
class PdfDocumentTest {

    private final AgendaDocumentRenderer renderer = new AgendaDocumentRenderer(
            org.agendaledger.events.style.HouseStyles.builtIn());

    @Test
    void thePdfIsAPdfOnA4PagesNumberedAtTheFoot() throws IOException {
        byte[] pdf = renderer.pdf(Agendas.issued());

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
            }
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("CTOC/COP/WG.4/2031/1 Annotated provisional agenda");
            String lastPage = text(document, document.getNumberOfPages());
            int pages = document.getNumberOfPages();
            assertThat(lastPage.strip()).endsWith(pages + "/" + pages);
        }
    }

    @Test
    void theAnnexStartsOnAPageOfItsOwnWithTheSlotTimesAndContinuedItems() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(Agendas.issued()))) {
            String annex = normalized(text(document, document.getNumberOfPages()));

            assertThat(annex).startsWith("Annex Proposed organization of work Date and time Agenda item Title or "
                    + "description Thursday, 11 September 10 a.m.–1 p.m. 1 (a) Opening of the meeting 1 (b) Adoption "
                    + "of the agenda and organization of work 2 Non-punishment of victims of trafficking 3–6 p.m. 2 "
                    + "Non-punishment of victims of trafficking (continued) 3 Joint investigations Friday, 12 "
                    + "September 10 a.m.–1 p.m. 3 Joint investigations (continued) 3–6 p.m. 4 Other matters 5 "
                    + "Adoption of the report");
        }
    }

    @Test
    void theFirstPageReadsLikeTheIssuedDocument() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(Agendas.issued()))) {
            String first = normalized(text(document, 1));

            assertThat(first).startsWith("United Nations CTOC/COP/WG.4/2031/1 Distr.: General 4 June 2031 "
                    + "Original: English Working Group on Trafficking in Persons Vienna, 11 and 12 September 2031 "
                    + "Annotated provisional agenda Provisional agenda 1. Organizational matters: (a) Opening of the "
                    + "meeting; (b) Adoption of the agenda and organization of work. 2. Non-punishment of victims of "
                    + "trafficking. 3. Joint investigations. 4. Other matters. 5. Adoption of the report. "
                    + "Annotations 1. Organizational matters (a) Opening of the meeting");
        }
    }

    @Test
    void aDraftPdfSaysDraft() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(Agendas.draft()))) {
            assertThat(normalized(text(document, 1))).startsWith("United Nations Draft Working Group on Trafficking")
                    .doesNotContain("Distr.");
        }
    }

    @Test
    void escapedCharactersPrintAsThemselves() throws IOException {
        String title = "Rules <draft> & \"notes\"";
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(item("1", title, List.of("A < B && C"),
                List.of())), List.of(slot("thu-am", Agendas.THURSDAY, 10, 13, Agendas.assigned("1", title, false))));

        try (PDDocument document = Loader.loadPDF(renderer.pdf(view))) {
            String text = normalized(text(document, 1) + text(document, 2));

            assertThat(text).contains("1. " + title + ".").contains("A < B && C")
                    .contains("10 a.m.–1 p.m. 1 " + title);
        }
    }

    @Test
    void aSymbolAndItsParenthesesAreNeverSplitAcrossLines() throws IOException {
        // titles of every length up to a few lines, so that some of them end right where a line would break
        List<DocumentationEntry> entries = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new DocumentationEntry("A/AC.254/" + n, "Paper" + " on the topic".repeat(n)))
                .toList();
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(item("1", "Documents", List.of(), entries)),
                List.of());

        try (PDDocument document = Loader.loadPDF(renderer.pdf(view))) {
            String text = normalized(sorted().getText(document));

            assertThat(entries).allSatisfy(e -> assertThat(text).contains(" (" + e.symbol() + ")"));
        }
    }

    @Test
    void aTimeOfDayIsNeverSplitAcrossLines() throws IOException {
        // paragraphs of every length up to a few lines, so that some of the times fall right where a line would break
        List<String> paragraphs = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> "The meeting" + " resumes".repeat(n) + " at 3:00 p.m. and closes at 10 a.m.")
                .toList();
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(item("1", "Times", paragraphs, List.of())),
                List.of());

        try (PDDocument document = Loader.loadPDF(renderer.pdf(view))) {
            List<String> lines = sorted().getText(document).lines().map(String::strip).toList();

            assertThat(lines).noneMatch(line -> line.endsWith(" 3:") || line.endsWith(" 3") || line.endsWith(" 10"))
                    .noneMatch(line -> line.startsWith("00 p.m.") || line.startsWith("a.m.")
                            || line.startsWith("p.m."));
            assertThat(normalized(String.join(" ", lines))).contains("at 3:00 p.m. and closes at 10 a.m.");
        }
    }

    @Test
    void theFileIsNamedAfterTheSymbolOrForADraftAfterTheMeeting() {
        assertThat(AgendaDocumentRenderer.fileName(Agendas.issued(), DocumentFormat.PDF))
                .isEqualTo("CTOC-COP-WG.4-2031-1.pdf");
        assertThat(AgendaDocumentRenderer.fileName(Agendas.draft(), DocumentFormat.PDF))
                .isEqualTo("wg4-2031-draft.pdf");
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(1f);
    }

    /** Text in reading position: the labels float in the indent, so the content stream has them out of order. */
    private static PDFTextStripper sorted() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = sorted();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
