package org.agendaledger.query.document;

import static org.agendaledger.query.document.Agendas.item;
import static org.agendaledger.query.document.Agendas.slot;
import static org.agendaledger.query.document.Agendas.sub;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.query.agenda.AgendaView;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The Markdown of the document, read back with a CommonMark parser (GFM tables) where its structure matters. */
class MarkdownDocumentTest {

    private static final List<Extension> GFM_TABLES = List.of(TablesExtension.create());

    private final AgendaDocumentRenderer renderer = new AgendaDocumentRenderer(
            org.agendaledger.events.style.HouseStyles.builtIn());

    @Test
    void theProvisionalAgendaIsPunctuatedLikeTheIssuedDocument() {
        String markdown = renderer.markdown(Agendas.issued());

        assertThat(markdown).contains("""
                1. Organizational matters:\\
                   (a) Opening of the meeting;\\
                   (b) Adoption of the agenda and organization of work.
                2. Non-punishment of victims of trafficking.
                3. Joint investigations.
                4. Other matters.
                5. Adoption of the report.
                """);
    }

    @Test
    void theProvisionalAgendaIsOneOrderedListWhoseSubItemsStandOnLinesOfTheirOwn() {
        Node document = parse(renderer.markdown(Agendas.issued()));

        List<OrderedList> lists = nodes(document, OrderedList.class);
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).getMarkerStartNumber()).isEqualTo(1);
        assertThat(children(lists.get(0))).hasSize(5);
        Node firstItem = lists.get(0).getFirstChild();
        assertThat(text(firstItem)).isEqualTo("Organizational matters: (a) Opening of the meeting; "
                + "(b) Adoption of the agenda and organization of work.");
        assertThat(nodes(firstItem, HardLineBreak.class)).hasSize(2);
    }

    @Test
    void aTitleAlreadyEndingInPunctuationIsNotPunctuatedTwice() {
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(
                item("1", "Organizational matters:", List.of(), List.of(), sub("(a)", "Opening."),
                        sub("(b)", "Adoption;")),
                item("2", "What next?", List.of(), List.of())), List.of());

        assertThat(renderer.markdown(view)).contains("""
                1. Organizational matters:\\
                   (a) Opening;\\
                   (b) Adoption.
                2. What next?
                """);
    }

    @Test
    void theHeadingsFollowTheDocumentFromTheBodyToTheAnnex() {
        List<String> headings = nodes(parse(renderer.markdown(Agendas.issued())), Heading.class).stream()
                .map(h -> h.getLevel() + " " + text(h)).toList();

        assertThat(headings).containsExactly("1 Working Group on Trafficking in Persons",
                "1 Annotated provisional agenda", "2 Provisional agenda", "2 Annotations",
                "3 1. Organizational matters", "4 (a) Opening of the meeting",
                "4 (b) Adoption of the agenda and organization of work",
                "3 2. Non-punishment of victims of trafficking", "4 Documentation", "3 3. Joint investigations",
                "4 Documentation", "3 4. Other matters", "3 5. Adoption of the report", "2 Annex",
                "3 Proposed organization of work");
    }

    @Test
    void anItemsOwnParagraphsAndDocumentationComeBeforeItsSubItemsSoTheyNeverReadAsTheLastOnes() {
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(
                item("1", "Organizational matters", List.of("The item's own paragraph."),
                        List.of(new DocumentationEntry("A/1", "Note by the Secretariat")),
                        sub("(a)", "Opening of the meeting", "The sub-item's paragraph."),
                        sub("(b)", "Adoption of the agenda", "The last sub-item's paragraph."))),
                List.of());

        assertThat(renderer.markdown(view)).contains("""
                ### 1. Organizational matters

                The item's own paragraph.

                #### Documentation

                Note by the Secretariat (A/1)

                #### (a) Opening of the meeting

                The sub-item's paragraph.

                #### (b) Adoption of the agenda

                The last sub-item's paragraph.
                """);
    }

    @Test
    void anItemWithoutDocumentationHasNoDocumentationSection() {
        String markdown = renderer.markdown(Agendas.issued());

        String otherMatters = markdown.substring(markdown.indexOf("### 4. Other matters"),
                markdown.indexOf("### 5. Adoption of the report"));
        assertThat(otherMatters).doesNotContain("Documentation")
                .contains("no documentation is currently foreseen under this item.");
        assertThat(markdown.substring(markdown.indexOf("### 1. Organizational matters"),
                markdown.indexOf("### 2. "))).doesNotContain("Documentation");
        assertThat(markdown).contains("""
                #### Documentation

                Background paper on investigations (CTOC/COP/WG.4/2031/3)

                Conference room paper (CTOC/COP/WG.4/2031/CRP.1)
                """);
    }

    @Test
    void theAnnexIsAGfmTableWithADayRowPerDayAndEachSlotsTimeOnItsFirstRowOnly() {
        String markdown = renderer.markdown(Agendas.issued());

        assertThat(markdown).contains("""
                | Date and time | Agenda item | Title or description |
                | --- | --- | --- |
                | **Thursday, 11 September** | | |
                | 10 a.m.–1 p.m. | 1 (a) | Opening of the meeting |
                |  | 1 (b) | Adoption of the agenda and organization of work |
                |  | 2 | Non-punishment of victims of trafficking |
                | 3–6 p.m. | 2 | Non-punishment of victims of trafficking (continued) |
                |  | 3 | Joint investigations |
                | **Friday, 12 September** | | |
                | 10 a.m.–1 p.m. | 3 | Joint investigations (continued) |
                | 3–6 p.m. | 4 | Other matters |
                |  | 5 | Adoption of the report |
                """);
        List<TableBlock> tables = nodes(parse(markdown), TableBlock.class);
        assertThat(tables).hasSize(1);
        List<String> rows = nodes(tables.get(0), TableRow.class).stream().map(MarkdownDocumentTest::cells).toList();
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0)).isEqualTo("Date and time | Agenda item | Title or description");
        assertThat(rows.get(4)).isEqualTo(" | 2 | Non-punishment of victims of trafficking");
    }

    @Test
    void aSlotWithNothingAssignedIsNoRowOfTheAnnex() {
        AgendaView view = Agendas.withItems(Agendas.issued(), Agendas.issued().items(), List.of(
                slot("thu-am", Agendas.THURSDAY, 10, 12),
                slot("thu-pm", Agendas.THURSDAY, 15, 18, Agendas.assigned("2", "Non-punishment", false)),
                slot("fri-am", Agendas.FRIDAY, 10, 13)));

        String markdown = renderer.markdown(view);
        assertThat(markdown).contains("""
                | Date and time | Agenda item | Title or description |
                | --- | --- | --- |
                | **Thursday, 11 September** | | |
                | 3–6 p.m. | 2 | Non-punishment |
                """);
        assertThat(markdown).doesNotContain("12 noon").doesNotContain("Friday, 12 September");
    }

    @Test
    void anAgendaWhoseSlotsAreAllEmptyHasNoAnnex() {
        AgendaView view = Agendas.withItems(Agendas.issued(), Agendas.issued().items(),
                List.of(slot("thu-am", Agendas.THURSDAY, 10, 12)));

        assertThat(renderer.markdown(view)).doesNotContain("Annex").doesNotContain("| Date and time");
    }

    @Test
    void anAgendaWithoutSlotsHasNoAnnex() {
        AgendaView view = Agendas.withItems(Agendas.issued(), Agendas.issued().items(), List.of());

        assertThat(renderer.markdown(view)).doesNotContain("Annex").doesNotContain("| Date and time");
    }

    @Test
    void anIssuedAgendaIsHeadedWithItsSymbolDistributionDateOfIssueAndOriginalLanguage() {
        assertThat(renderer.markdown(Agendas.issued())).startsWith("""
                United Nations CTOC/COP/WG.4/2031/1

                Distr.: General\\
                4 June 2031

                Original: English

                # Working Group on Trafficking in Persons

                Vienna, 11 and 12 September 2031

                # Annotated provisional agenda
                """);
    }

    @Test
    void aDraftSaysDraftWhereTheIssuedDocumentGivesItsDistributionAndDate() {
        String markdown = renderer.markdown(Agendas.draft());

        assertThat(markdown).startsWith("""
                United Nations

                Draft

                # Working Group on Trafficking in Persons
                """);
        assertThat(markdown).doesNotContain("Distr.").doesNotContain("Original:");
    }

    @Test
    void markupInTheTextsIsEscapedAndReadsBackAsTheSameWords() {
        String title = "*Urgent* <b>matters</b> | [links](x) & #hash_tags_ `code` ~~gone~~";
        String startsLikeAList = "- not a list item";
        String startsLikeANumber = "2020. A year, not a list";
        AgendaView view = Agendas.withItems(Agendas.issued(), List.of(
                item("1", title, List.of(startsLikeAList, startsLikeANumber, "> not a quote", "=== not a heading"),
                        List.of())),
                List.of(slot("thu-am", Agendas.THURSDAY, 10, 13, Agendas.assigned("1", title, false))));

        Node document = parse(renderer.markdown(view));

        assertThat(nodes(document, HtmlInline.class)).isEmpty();
        assertThat(nodes(document, Heading.class).stream().map(MarkdownDocumentTest::text))
                .contains("1. " + title);
        assertThat(nodes(document, Paragraph.class).stream().map(MarkdownDocumentTest::text))
                .contains(startsLikeAList, startsLikeANumber, "> not a quote", "=== not a heading");
        assertThat(nodes(document, TableRow.class).stream().map(MarkdownDocumentTest::cells))
                .contains("10 a.m.–1 p.m. | 1 | " + title);
    }

    static Node parse(String markdown) {
        return Parser.builder().extensions(GFM_TABLES).build().parse(markdown);
    }

    static <T extends Node> List<T> nodes(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }

    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** The words of a node as a reader sees them: line breaks as spaces, markup gone. */
    static String text(Node node) {
        StringBuilder words = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                words.append(' ');
            }
        });
        return words.toString();
    }

    private static String cells(TableRow row) {
        return String.join(" | ", children(row).stream().map(MarkdownDocumentTest::text).toList());
    }
}
