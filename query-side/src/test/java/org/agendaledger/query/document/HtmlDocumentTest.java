package org.agendaledger.query.document;

import static org.agendaledger.query.document.Agendas.item;
import static org.agendaledger.query.document.Agendas.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.query.agenda.AgendaView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The HTML page: standalone, print-ready, well-formed XHTML, every text escaped. */
class HtmlDocumentTest {

    private final AgendaDocumentRenderer renderer = new AgendaDocumentRenderer(
            org.agendaledger.events.style.HouseStyles.builtIn());

    @Test
    void thePageIsWellFormedXhtmlInTheXhtmlNamespace() throws Exception {
        Document page = xml(renderer.html(Agendas.issued()));

        assertThat(page.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(page.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void thePageIsStandaloneWithEmbeddedCssForA4PaperInASerifFace() {
        String html = renderer.html(Agendas.issued());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\" />")
                .contains("<style>").contains("size: A4").contains("font-family: \"Times New Roman\", Times, serif");
        assertThat(html).doesNotContain("<link").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("@import").doesNotContain("url(").doesNotContain("<script");
    }

    @Test
    void onScreenThePageLinksToItsOtherFormatsAtTheSameInstantAndPrintsWithoutThem() throws Exception {
        String page = renderer.page(Agendas.issued(), java.time.Instant.parse("2031-07-02T10:00:00Z"));

        Document xhtml = xml(page);
        assertThat(texts(xhtml, "nav")).containsExactly("Also as Markdown · PDF");
        assertThat(page).contains("<a href=\"?format=md&amp;asOf=2031-07-02T10:00:00Z\">Markdown</a>",
                "<a href=\"?format=pdf&amp;asOf=2031-07-02T10:00:00Z\">PDF</a>",
                "@media print { nav.formats { display: none; } }");
        assertThat(renderer.page(Agendas.issued(), null)).contains("<a href=\"?format=md\">Markdown</a>");
        // the page the PDF is printed from has no links
        assertThat(renderer.html(Agendas.issued())).doesNotContain("<nav");
    }

    @Test
    void thePageCarriesTheSameStructureAsTheMarkdown() throws Exception {
        Document page = xml(renderer.html(Agendas.issued()));

        assertThat(texts(page, "h3")).containsExactly("1. Organizational matters",
                "2. Non-punishment of victims of trafficking", "3. Joint investigations", "4. Other matters",
                "5. Adoption of the report", "Proposed organization of work");
        assertThat(texts(page, "h4")).containsExactly("(a) Opening of the meeting",
                "(b) Adoption of the agenda and organization of work", "Documentation", "Documentation");
        assertThat(texts(page, "li").get(0)).isEqualTo("1. Organizational matters: (a) Opening of the meeting; "
                + "(b) Adoption of the agenda and organization of work.");
        // the masthead is laid out as a table row too
        assertThat(texts(page, "tr")).containsExactly("United Nations CTOC/COP/WG.4/2031/1",
                "Date and time Agenda item Title or description",
                "Thursday, 11 September", "10 a.m.–1 p.m. 1 (a) Opening of the meeting",
                "1 (b) Adoption of the agenda and organization of work", "2 Non-punishment of victims of trafficking",
                "3–6 p.m. 2 Non-punishment of victims of trafficking (continued)", "3 Joint investigations",
                "Friday, 12 September", "10 a.m.–1 p.m. 3 Joint investigations (continued)",
                "3–6 p.m. 4 Other matters", "5 Adoption of the report");
        assertThat(texts(page, "p")).contains("Background paper on non-punishment (CTOC/COP/WG.4/2031/2)");
    }

    @Test
    void anItemsOwnParagraphsAndDocumentationComeBeforeItsSubItems() throws Exception {
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(
                item("1", "Organizational matters", List.of("The item's own paragraph."),
                        List.of(new DocumentationEntry("A/1", "Note by the Secretariat")),
                        Agendas.sub("(a)", "Opening of the meeting", "The sub-item's paragraph."))),
                List.of());

        NodeList sections = xml(renderer.html(view)).getElementsByTagNameNS("*", "section");
        Element section = null;
        for (int i = 0; i < sections.getLength() && section == null; i++) {
            Element candidate = (Element) sections.item(i);
            section = "item".equals(candidate.getAttribute("class")) ? candidate : null;
        }
        List<String> order = new ArrayList<>();
        NodeList children = section.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                order.add(child.getLocalName() + ": " + words(child));
            }
        }
        assertThat(order).containsExactly("h3: 1. Organizational matters", "p: The item's own paragraph.",
                "h4: Documentation", "p: Note by the Secretariat (A/1)", "h4: (a) Opening of the meeting",
                "p: The sub-item's paragraph.");
    }

    @Test
    void aTimeOfDayInRunningTextIsKeptOnOneLine() {
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(item("1", "Opening",
                List.of("Opened at 10 a.m., resumed at 3:00 p.m., sitting 3–6 p.m. and again at 15:30; item 7.25 and "
                        + "resolution 7/1 are no times."),
                List.of())), List.of());

        assertThat(renderer.html(view)).contains("Opened at <span class=\"time-of-day\">10 a.m.</span>, resumed at "
                + "<span class=\"time-of-day\">3:00 p.m.</span>, sitting <span class=\"time-of-day\">3–6 p.m.</span>"
                + " and again at <span class=\"time-of-day\">15:30</span>; item 7.25 and resolution 7/1 are no "
                + "times.").contains(".symbol, .time-of-day { white-space: nowrap; }");
    }

    @Test
    void lessThanAndAmpersandInTheTextsAreEscapedAndReadBackAsWritten() throws Exception {
        String title = "Rules <draft> & \"notes\"";
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(
                item("1", title, List.of("A < B && C > D"), List.of(new DocumentationEntry("A/<1>", "X & Y")))),
                List.of(slot("thu-am", Agendas.THURSDAY, 10, 13, Agendas.assigned("1", title, false))));

        String html = renderer.html(view);

        assertThat(html).contains("Rules &lt;draft&gt; &amp; &quot;notes&quot;")
                .contains("A &lt; B &amp;&amp; C &gt; D")
                .contains("X &amp; Y <span class=\"symbol\">(A/&lt;1&gt;)</span>")
                .doesNotContain("<draft>").doesNotContain("& Y");
        Document page = xml(html);
        assertThat(texts(page, "h3")).contains("1. " + title);
        assertThat(texts(page, "p")).contains("A < B && C > D", "X & Y (A/<1>)");
        assertThat(texts(page, "td")).contains(title);
    }

    @Test
    void controlCharactersThatXmlForbidsAreDroppedSoThePageStaysWellFormed() throws Exception {
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(
                item("1", "Bell\u0007 and null\u0000 and \uD800 lone surrogate", List.of(), List.of())), List.of());

        Document page = xml(renderer.html(view));

        assertThat(texts(page, "h3")).containsExactly("1. Bell and null and lone surrogate");
    }

    @Test
    void anIssuedPageIsHeadedWithSymbolDistributionAndDateOfIssueAndADraftSaysDraft() throws Exception {
        Document issued = xml(renderer.html(Agendas.issued()));
        Document draft = xml(renderer.html(Agendas.draft()));

        assertThat(texts(issued, "header")).containsExactly("United Nations CTOC/COP/WG.4/2031/1 Distr.: General "
                + "4 June 2031 Original: English");
        assertThat(texts(issued, "title")).containsExactly("CTOC/COP/WG.4/2031/1 Annotated provisional agenda");
        assertThat(texts(draft, "header")).containsExactly("United Nations Draft");
        assertThat(texts(draft, "title")).containsExactly("Draft annotated provisional agenda");
    }

    static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the DOCTYPE has no DTD to fetch; nothing is loaded from outside
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The text of every element of that name, whitespace collapsed, block elements apart by a space. */
    static List<String> texts(Document page, String name) {
        NodeList elements = page.getElementsByTagNameNS("*", name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(words((Element) elements.item(i)));
        }
        return texts;
    }

    private static String words(Element element) {
        StringBuilder words = new StringBuilder();
        append(element, words);
        return words.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(org.w3c.dom.Node node, StringBuilder words) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                words.append(child.getNodeValue());
            } else if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                boolean inline = List.of("span", "b", "i", "em", "strong").contains(child.getLocalName());
                if (!inline) {
                    words.append(' ');
                }
                append(child, words);
                if (!inline) {
                    words.append(' ');
                }
            }
        }
    }
}
