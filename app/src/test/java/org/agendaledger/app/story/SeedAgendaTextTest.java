package org.agendaledger.app.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.agendaledger.app.PrintedLines;
import org.agendaledger.command.importing.AgendaTextParser;
import org.agendaledger.command.importing.IssueSuggestion;
import org.agendaledger.command.importing.ParsedAgenda;
import org.agendaledger.command.importing.Unplaced;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed CTOC/COP/WG.4/2020/1, as copied from the issued document, read into a proposal: its items, sub-items,
 * titles, paragraphs and documentation are, one by one, those of the agenda the story drafts ({@link SeedText} and
 * the titles {@link TheRealStory} proposes), its first page the story's issue, its annex the rows of the printed
 * organization of work; nothing but blank lines and page footers is left unplaced.
 */
class SeedAgendaTextTest {

    private static String seed;
    private static ParsedAgenda parsed;

    @BeforeAll
    static void readTheSeed() throws IOException {
        try (InputStream in = SeedAgendaTextTest.class.getResourceAsStream("/seed/CTOC-COP-WG.4-2020-1.txt")) {
            assertThat(in).as("the seed on the test class path").isNotNull();
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            parsed = new AgendaTextParser().parse(seed);
        }
    }

    @Test
    void theSeedCopiedWithItsLinesBrokenReadsTheSame() {
        // given: every line longer than 60 characters broken as a copy from the printed page breaks it
        String broken = PrintedLines.broken(seed, 60);
        assertThat(broken.lines().count()).isGreaterThan(seed.lines().count() + 50);

        // when
        ParsedAgenda again = new AgendaTextParser().parse(broken);

        // then
        assertThat(again.document()).isEqualTo(parsed.document());
        assertThat(again.issue()).isEqualTo(parsed.issue());
        assertThat(again.unplaced()).extracting(Unplaced::reason).containsOnly("page furniture");
    }

    @Test
    void theItemsAreTheStorysWithTheirKinds() {
        List<AgendaItemContent> items = parsed.document().items();
        assertThat(items).extracting(AgendaItemContent::title).containsExactly("Organizational matters",
                SeedText.ITEM_2_TITLE, SeedText.ITEM_3_TITLE, "Other matters", "Adoption of the report");
        assertThat(items).extracting(AgendaItemContent::kind).containsExactly(ItemKind.ORGANIZATIONAL,
                ItemKind.SUBSTANTIVE, ItemKind.SUBSTANTIVE, ItemKind.OTHER_MATTERS, ItemKind.ADOPTION_OF_REPORT);
        assertThat(items).extracting(AgendaItemContent::itemId).containsExactly("item-1", "item-2", "item-3",
                "item-4", "item-5");
        assertThat(items.get(0).subItems()).extracting(SubItemContent::subItemId, SubItemContent::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item-1-a", "Opening of the meeting"),
                        org.assertj.core.groups.Tuple.tuple("item-1-b",
                                "Adoption of the agenda and organization of work"));
        assertThat(items.subList(1, 5)).allMatch(i -> i.subItems().isEmpty());
        assertThat(items).allMatch(i -> i.sections().isEmpty());
        assertThat(items.get(0).subItems()).allMatch(s -> !s.hasStructure());
    }

    @Test
    void theAnnotationsAreTheStorysParagraphByParagraph() {
        List<AgendaItemContent> items = parsed.document().items();
        assertThat(items.get(0).annotation()).isEmpty();
        assertThat(items.get(0).subItems().get(0).annotation()).containsExactlyElementsOf(SeedText.OPENING);
        // the paragraph the page break cut after "the extended" is whole again
        assertThat(items.get(0).subItems().get(1).annotation()).containsExactlyElementsOf(
                SeedText.ADOPTION_OF_AGENDA);
        assertThat(items.get(1).annotation()).containsExactlyElementsOf(SeedText.NON_PUNISHMENT);
        assertThat(items.get(2).annotation()).containsExactlyElementsOf(SeedText.JOINT_INVESTIGATIONS);
        assertThat(items.get(3).annotation()).containsExactlyElementsOf(SeedText.OTHER_MATTERS);
        assertThat(items.get(4).annotation()).containsExactlyElementsOf(SeedText.REPORT);
    }

    @Test
    void theDocumentationIsTheStorys() {
        List<AgendaItemContent> items = parsed.document().items();
        assertThat(items.get(0).documentation()).isEmpty();
        assertThat(items.get(1).documentation()).containsExactly(
                new DocumentationEntry("CTOC/COP/WG.4/2020/2", SeedText.DOCUMENT_2));
        assertThat(items.get(2).documentation()).containsExactly(
                new DocumentationEntry("CTOC/COP/WG.4/2020/3", SeedText.DOCUMENT_3));
        assertThat(items.get(3).documentation()).isEmpty();
        assertThat(items.get(4).documentation()).isEmpty();
    }

    @Test
    void theFirstPageIsTheStorysIssue() {
        assertThat(parsed.issue()).isEqualTo(new IssueSuggestion("CTOC/COP/WG.4/2020/1", LocalDate.of(2020, 6, 4),
                "General", "English"));
        DocumentParts parts = parsed.document().parts();
        assertThat(parts.masthead()).containsExactly("United Nations");
        assertThat(parts.body()).isEqualTo("Working Group on Trafficking in Persons");
        assertThat(parts.placeAndDates()).isEqualTo("Vienna, 10 and 11 September 2020");
        assertThat(parts.title()).isEqualTo("Annotated provisional agenda");
        assertThat(parts.agendaHeading()).isEqualTo("Provisional agenda");
        assertThat(parts.annotationsHeading()).isEqualTo("Annotations");
        assertThat(parts.chapterHeadings()).isFalse();
        assertThat(parts.numberedParagraphs()).isFalse();
        assertThat(parts.addendum()).isNull();
        assertThat(parts.jobNumber()).as("the job number of the page footers").isEqualTo("V.20-02923");
        assertThat(parts.introduction()).isEmpty();
        assertThat(parts.listIntroduction()).isEmpty();
        assertThat(parts.footnotes()).isEmpty();
    }

    @Test
    void theAnnexKeepsTheRowsOfThePrintedOrganizationOfWork() {
        String item2 = SeedText.ITEM_2_TITLE;
        String item3 = SeedText.ITEM_3_TITLE;
        assertThat(parsed.document().parts().annexes()).containsExactly(new Annex(AnnexKind.TEXT,
                "Proposed organization of work", List.of(), new Annex.AnnexTable(
                        List.of("Date and time", "Agenda item", "Title or description"), List.of(
                                List.of("Thursday, 10 September", "", ""),
                                List.of("10 a.m1 p.m.", "1 (a)", "Opening of the meeting"),
                                List.of("", "1 (b)", "Adoption of the agenda and organization of work"),
                                List.of("", "2", item2),
                                List.of("3\u20136 p.m.", "2", item2 + " (continued)"),
                                List.of("", "3", item3),
                                List.of("Friday, 11 September", "", ""),
                                List.of("10 a.m.\u20131 p.m.", "3", item3 + " (continued)"),
                                List.of("3\u20136 p.m.", "4", "Other matters"),
                                List.of("", "5", "Adoption of the report")))));
    }

    @Test
    void onlyBlankLinesAndPageFootersAreLeftUnplaced() {
        List<Unplaced> unplaced = parsed.unplaced();
        assertThat(unplaced).allMatch(u -> u.reason().equals("page furniture"), "page furniture");
        assertThat(unplaced).filteredOn(u -> !u.text().isEmpty()).extracting(Unplaced::line, Unplaced::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(71, "**2/4** V.20-02923"),
                        org.assertj.core.groups.Tuple.tuple(85, "V.20-02923 3/4"),
                        org.assertj.core.groups.Tuple.tuple(103, "**4/4** V.20-02923"));
    }
}
