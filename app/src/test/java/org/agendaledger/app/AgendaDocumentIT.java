package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annotated provisional agenda of the real story, rendered as a document in every format and read back as a
 * reader would (Markdown through a CommonMark parser, the HTML page as XML, the PDF through PDFBox's text
 * extraction): everything the seed document CTOC/COP/WG.4/2020/1 says, from its masthead to the last row of its
 * annex, must be there in the seed's order and with the seed's words.
 *
 * <p>The seed is a text copy of the issued PDF and carries traces of that; reading it, the test tolerates:
 * <ul>
 * <li>its Markdown-like markup ({@code #} headings, {@code -} bullets, {@code **} bold) and the tabs between the
 * cells of the annex, which are layout, not words;</li>
 * <li>the page break inside a paragraph of item 1 (b) ("the extended", blank lines, "Bureau"), joined again;</li>
 * <li>the page footers "**2/4** V.20-02923" and "V.20-02923 3/4" (page numbers and the job number, which the
 * ledger does not know), left out;</li>
 * <li>the OCR slip "10 a.m1 p.m." in the first row of the annex, read as the "10 a.m.–1 p.m." of the printed
 * document (the second morning's row has it right).</li>
 * </ul>
 * Whitespace is collapsed on both sides. In the PDF, the page numbers at the foot of each page are left out and a
 * word broken after its hyphen at the end of a line ("non-" / "punishment") is joined again: both are layout.
 */
class AgendaDocumentIT extends LedgerIntegrationTest {

    private static final String MEETING = "ctoc-cop-wg4-2020";
    private static final String DOCUMENT = "/api/meetings/" + MEETING + "/agenda/document";

    private static final Pattern SEED_FOOTER = Pattern.compile("\\d+/\\d+ V\\.20-02923|V\\.20-02923 \\d+/\\d+");

    @BeforeEach
    void storyIsLoaded() {
        await().atMost(PATIENCE).until(() -> {
            ApiClient.Response meetings = as("auditor").get("/api/meetings");
            return meetings.status() == 200 && meetings.raw().contains("\"CLOSED\"");
        });
    }

    @Test
    void theMarkdownSaysWhatTheSeedSaysInTheSeedsOrder() throws IOException {
        ApiClient.Response markdown = as("auditor").get(DOCUMENT + "?format=md");

        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.contentType()).isEqualTo("text/markdown;charset=UTF-8");
        assertSaysTheSeedInOrder(RenderedText.markdownText(markdown.raw()));
    }

    @Test
    void markdownIsTheDefaultFormat() {
        ApiClient.Response byDefault = as("auditor").get(DOCUMENT);

        assertThat(byDefault.status()).isEqualTo(200);
        assertThat(byDefault.contentType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(byDefault.raw()).isEqualTo(as("auditor").get(DOCUMENT + "?format=md").raw())
                .startsWith("United Nations CTOC/COP/WG.4/2020/1\n");
    }

    @Test
    void asOfADayBeforeItsIssueTheDocumentIsADraftWithTheAnnotationsOfThatDay() {
        ApiClient.Response draft = as("auditor").get(DOCUMENT + "?format=md&asOf=2020-05-20T00:00:00Z");

        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.raw()).contains("Draft", "Organizational matters")
                .doesNotContain("Distr.: General", "CTOC/COP/WG.4/2020/1", "Under agenda item 2");
        ApiClient.Response issued = as("auditor").get(DOCUMENT + "?format=md&asOf=2020-06-05T00:00:00Z");
        assertThat(issued.raw()).contains("CTOC/COP/WG.4/2020/1", "Under agenda item 2");
    }

    @Test
    void theHtmlPageSaysWhatTheSeedSaysInTheSeedsOrder() throws Exception {
        ApiClient.Response html = as("auditor").get(DOCUMENT + "?format=html");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(html.raw()).startsWith("<!DOCTYPE html>").contains("size: A4");
        assertSaysTheSeedInOrder(RenderedText.htmlText(html.raw()));
        // on screen it links to its Markdown and PDF, at the same instant when read as of one
        assertThat(html.raw()).contains("<a href=\"?format=md\">Markdown</a>", "<a href=\"?format=pdf\">PDF</a>");
        assertThat(as("auditor").get(DOCUMENT + "?format=html&asOf=2020-06-05T00:00:00Z").raw())
                .contains("<a href=\"?format=pdf&amp;asOf=2020-06-05T00:00:00Z\">PDF</a>");
    }

    @Test
    void thePdfSaysWhatTheSeedSaysInTheSeedsOrder() throws IOException {
        ApiClient.Download pdf = as("auditor").download(DOCUMENT + "?format=pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.contentDisposition()).isEqualTo("inline; filename=\"CTOC-COP-WG.4-2020-1.pdf\"");
        assertThat(new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertSaysTheSeedInOrder(RenderedText.pdfText(pdf.body(), 2));
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        ApiClient.Response response = as("auditor").get("/api/meetings/no-such-meeting/agenda/document?format=pdf");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("no-such-meeting");
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        ApiClient.Response response = as("auditor").get(DOCUMENT + "?format=docx");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("docx").contains("md, html or pdf");
    }

    @Test
    void aMalformedAsOfIsABadRequest() {
        assertThat(as("auditor").get(DOCUMENT + "?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theDocumentIsForSignedInReadersOnly() {
        assertThat(ApiClient.anonymous(port).get(DOCUMENT).status()).isEqualTo(401);
    }

    /** Each line of the seed, in turn, somewhere after the previous one. */
    private static void assertSaysTheSeedInOrder(String rendered) throws IOException {
        List<String> seed = seedLines();
        assertThat(seed).as("the seed as read").hasSize(53);
        String text = normalized(rendered);
        int from = 0;
        for (String line : seed) {
            int at = text.indexOf(line, from);
            assertThat(at).as("the seed's \"%s\" in the document after \"…%s\"; the document reads:%n%s", line,
                    text.substring(Math.max(0, from - 80), from), text).isNotNegative();
            from = at + line.length();
        }
    }

    /** The seed as the lines a reader sees, with the tolerances of the class comment applied. */
    static List<String> seedLines() throws IOException {
        String seed;
        try (InputStream in = AgendaDocumentIT.class.getResourceAsStream("/seed/CTOC-COP-WG.4-2020-1.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        seed = seed.replaceAll("the extended\\s+Bureau", "the extended Bureau")
                .replace("10 a.m1 p.m.", "10 a.m.\u20131 p.m.");
        List<String> lines = new ArrayList<>();
        for (String line : seed.split("\\R")) {
            String words = normalized(line.replace("**", "").replaceFirst("^#+ ", "").replaceFirst("^\\s*- ", ""));
            if (!words.isEmpty() && !SEED_FOOTER.matcher(words).matches()) {
                lines.add(words);
            }
        }
        return lines;
    }

    private static String normalized(String text) {
        return RenderedText.normalized(text);
    }
}
