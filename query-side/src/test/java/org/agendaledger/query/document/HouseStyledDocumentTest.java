package org.agendaledger.query.document;

import static org.agendaledger.query.document.HtmlDocumentTest.texts;
import static org.agendaledger.query.document.HtmlDocumentTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.style.HouseStyles;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.agenda.AgendaView.Item;
import org.agendaledger.query.agenda.AgendaView.SubItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A document that says its own parts, in a house style other than the seed's: the first page's lines, chapters,
 * numbered paragraphs, headed sections, a third level of sub-items, documentation under a sub-item, generated and
 * free annexes, footnotes — the same in Markdown, HTML and PDF.
 */
class HouseStyledDocumentTest {

    private final AgendaDocumentRenderer renderer = new AgendaDocumentRenderer(HouseStyles.builtIn());

    private static final DocumentParts CLIMATE = new DocumentParts("unfccc", null,
            "Conference of the Parties to the Climate Convention", "SUBSIDIARY BODY FOR SCIENTIFIC ADVICE",
            "Fifth session", "Bonn, 25 February - 7 March 1997", "Item 3 of the provisional agenda", null,
            "Note by the Executive Secretary", "Add.1", null, "GE.97-60363", null, null, null, null, null, null,
            List.of("The first paragraph of the introduction.[^mandate]", "The second paragraph of it."),
            List.of(new Annex(AnnexKind.LIST_OF_DOCUMENTS, null, null, null),
                    new Annex(AnnexKind.TEXT, "Meetings of other bodies", List.of("Other bodies will meet too."),
                            new Annex.AnnexTable(List.of("Body", "Dates"),
                                    List.of(List.of("Working group A", "24 February"))))),
            List.of(new Footnote("mandate", "Decision 6/CP.1, paragraph 2."),
                    new Footnote("room", "Room details follow.")));

    static AgendaView climate() {
        SubItemContent deeper = new SubItemContent("i", "National communications from Annex I Parties",
                List.of("A paragraph of the first third-level entry."),
                List.of(new DocumentationEntry("FCCC/SBSTA/1997/3", "Review of communications")), List.of(),
                List.of());
        SubItem methodological = new SubItem("sub-a", "(a)", "Methodological issues",
                List.of("A paragraph of the sub-item.[^room]"),
                List.of(new DocumentationEntry("FCCC/SBSTA/1997/2", "Methodological report")), List.of(),
                List.of(deeper, new SubItemContent("ii", "Inventories", List.of())));
        Item scientific = new Item("item-1", "1", ItemKind.SUBSTANTIVE, "Scientific assessments",
                List.of("The item's own paragraph."), List.of(), List.of(methodological),
                List.of(new AnnotationSection("Background", List.of("A paragraph of the background."), List.of(),
                        List.of())));
        Item other = new Item("item-2", "2", ItemKind.OTHER_MATTERS, "Other matters", List.of("Nothing is foreseen."),
                List.of(), List.of());
        AgendaView draft = Agendas.withItems(Agendas.twoDayMeeting(), List.of(scientific, other), List.of());
        AgendaView issued = Agendas.withIssue(draft, new AgendaView.Issue("FCCC/SBSTA/1997/1",
                LocalDate.of(1997, 2, 7), "General", "English", 1, "sha256:abc"));
        return withParts(issued, CLIMATE);
    }

    static AgendaView withParts(AgendaView v, DocumentParts parts) {
        return new AgendaView(v.meetingId(), v.body(), v.ordinal(), v.venue(), v.startDate(), v.endDate(),
                v.timeZone(), v.languages(), v.status(), v.version(), v.contentHash(), v.approvedVersion(),
                v.approvedByProcedure(), v.underSilenceProcedure(), v.topics(), v.topicsApproved(), v.issued(),
                v.openedAt(), v.adopted(), v.reportSymbol(), v.reportAdoptedAt(), v.closed(), v.items(), v.slots(),
                parts);
    }

    private static final List<String> IN_ORDER = List.of("UNITED NATIONS", "Framework Convention on Climate Change",
            "Distr. GENERAL", "FCCC/SBSTA/1997/1/Add.1", "7 February 1997", "Original: ENGLISH", "GE.97-60363",
            "Conference of the Parties to the Climate Convention", "SUBSIDIARY BODY FOR SCIENTIFIC ADVICE",
            "Fifth session", "Bonn, 25 February - 7 March 1997", "Item 3 of the provisional agenda",
            "Provisional agenda and annotations", "Note by the Executive Secretary", "I. Introduction",
            "1. The first paragraph of the introduction.", "2. The second paragraph of it.",
            "II. Provisional agenda", "1. Scientific assessments:", "(a) Methodological issues:",
            "(i) National communications from Annex I Parties;", "(ii) Inventories.", "2. Other matters.",
            "III. Annotations to the provisional agenda", "1. Scientific assessments",
            "3. The item's own paragraph.", "Background", "4. A paragraph of the background.",
            "(a) Methodological issues", "5. A paragraph of the sub-item.", "Documentation",
            "FCCC/SBSTA/1997/2 Methodological report", "(i) National communications from Annex I Parties",
            "6. A paragraph of the first third-level entry.", "FCCC/SBSTA/1997/3 Review of communications",
            "(ii) Inventories", "2. Other matters", "7. Nothing is foreseen.", "Annex I", "List of documents",
            "Symbol", "Title", "Agenda item", "FCCC/SBSTA/1997/2", "Methodological report", "1 (a)",
            "FCCC/SBSTA/1997/3", "Review of communications", "Annex II", "Meetings of other bodies",
            "Other bodies will meet too.", "Working group A", "24 February", "Decision 6/CP.1, paragraph 2.",
            "Room details follow.");

    @Test
    void theMarkdownSaysEveryPartInOrder() {
        String markdown = renderer.markdown(climate());

        assertInOrder(markdown.replace("\\", "").replace("#", "").replace("|", " ").replace("*", ""));
        assertThat(markdown).contains("FCCC/SBSTA/1997/1/Add.1").contains("introduction.[^1]")
                .contains("sub-item.[^2]").contains("[^1]: Decision 6/CP.1, paragraph 2.")
                // a numbered paragraph is no list item
                .contains("3\\. The item's own paragraph.");
    }

    @Test
    void theHtmlSaysEveryPartInOrderWithChaptersAsHeadingsAndFootnoteReferencesRaised() throws Exception {
        String html = renderer.html(climate());
        Document page = xml(html);

        assertInOrder(String.join(" ", texts(page, "body")));
        assertThat(texts(page, "h2")).containsExactly("I. Introduction", "II. Provisional agenda",
                "III. Annotations to the provisional agenda", "Annex I", "Annex II");
        assertThat(texts(page, "title")).containsExactly("FCCC/SBSTA/1997/1/Add.1 Provisional agenda and annotations");
        assertThat(html).contains("introduction.<sup class=\"footnote-ref\">1</sup>");
    }

    @Test
    void thePdfSaysEveryPartInOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(climate()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // a footnote's raised number stands right after the word it belongs to
            assertInOrder(stripper.getText(pdf).replace("introduction.1", "introduction.")
                    .replace("sub-item.2", "sub-item."));
        }
    }

    @Test
    void paragraphNumbersAreGaplessThroughTheDocumentAndTheSeedsStyleNumbersNone() {
        String markdown = renderer.markdown(climate());
        for (int n = 1; n <= 7; n++) {
            assertThat(markdown).contains("\n" + n + "\\. ");
        }
        assertThat(markdown).doesNotContain("\n8\\. ");
        assertThat(renderer.markdown(Agendas.issued())).doesNotContain("\\. Under agenda item");
    }

    @Test
    void aDocumentWithoutTheListIsAnAddendumOfAnnotationsOnly() {
        DocumentParts annotationsOnly = new DocumentParts("unfccc", null, null, null, null, null, null,
                "Annotations", null, "Add.1", null, null, false, false, false, null, null, "Annotations", null,
                List.of(), null);
        String markdown = renderer.markdown(withParts(climate(), annotationsOnly));

        assertThat(markdown).doesNotContain("Provisional agenda").doesNotContain("(ii) Inventories.")
                .contains("### 1. Scientific assessments").contains("FCCC/SBSTA/1997/1/Add.1");
    }

    @Test
    void theChemicalsConventionsStyleHeadsItemsItem1AndAnEnglishOnlyDocumentSaysSo() throws Exception {
        AgendaView view = withParts(Agendas.withIssue(Agendas.twoDayMeeting(), new AgendaView.Issue(
                "UNEP/FAO/RC/COP.3/1/Add.1", LocalDate.of(2006, 8, 1), "General", "English only", 1, "sha256:a")),
                new DocumentParts("unep-conventions", List.of("UNITED NATIONS", "RC"), null, null, null, null,
                        null, null, null, null, null, null, null, null, false, null, null, null, null, null,
                        null));
        Document page = xml(renderer.html(view));

        assertThat(texts(page, "h3")).startsWith("Item 1: Organizational matters", "Item 2: Non-punishment of "
                + "victims of trafficking");
        assertThat(texts(page, "header").get(0)).contains("UNITED NATIONS RC").contains("English only")
                .doesNotContain("Original");
        assertThat(renderer.markdown(view)).doesNotContain("United Nations");
    }

    @Test
    void theSeedsStyleStaysTheDefaultWhereTheDocumentNamesNone() {
        assertThat(renderer.markdown(withParts(Agendas.issued(), DocumentParts.NONE)))
                .isEqualTo(renderer.markdown(Agendas.issued()))
                .startsWith("United Nations CTOC/COP/WG.4/2031/1\n\nDistr.: General\\\n4 June 2031\n");
    }

    private static void assertInOrder(String rendered) {
        String text = rendered.replaceAll("\\s+", " ");
        int from = 0;
        for (String fragment : IN_ORDER) {
            int at = text.indexOf(fragment, from);
            assertThat(at).as("\"%s\" after \"…%s\" in:%n%s", fragment,
                    text.substring(Math.max(0, from - 60), from), text).isNotNegative();
            from = at + fragment.length();
        }
    }
}
