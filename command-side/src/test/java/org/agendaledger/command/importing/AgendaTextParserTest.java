package org.agendaledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.junit.jupiter.api.Test;

/**
 * The text of an annotated agenda read into a proposal, on texts made up for each layout the documents of the
 * system use: chapters with numbered paragraphs and footnotes, annotations only with "Item 1:" headings, a list
 * without punctuation, broken lines and page breaks, and text that fits nowhere.
 */
class AgendaTextParserTest {

    private final AgendaTextParser parser = new AgendaTextParser();

    /** A document of the 1990s: capitals, chapters, numbered paragraphs, "1/" footnotes, page breaks, annexes. */
    private static final String CHAPTERS = """
            UNITED NATIONS
            Framework Convention on Climate Change
            Distr.
            GENERAL
            FCCC/SBSTA/1997/1
            7 February 1997
            ORIGINAL: ENGLISH
            SUBSIDIARY BODY FOR SCIENTIFIC AND TECHNOLOGICAL ADVICE
            Fifth session
            Bonn, 25 February - 7 March 1997
            Item 2 (a) of the provisional agenda
            PROVISIONAL AGENDA AND ANNOTATIONS
            Note by the Executive Secretary
            I. INTRODUCTION
            1. The fifth session of the subsidiary body will be held at the
            Hotel Maritim in Bonn. 1/
            II. PROVISIONAL AGENDA
            2. The provisional agenda, proposed after consultation with the Chairman, is as follows:
            1. Opening of the session.
            2. Organizational matters:
            (a) Adoption of the agenda;
            (b) Organization of the work of the session.
            3. Methodological issues:
            (a) Inventories:
            (i) Emission factors;
            (ii) Guidelines for the preparation of national
            communications;
            (b) Other methodological issues.
            4. Other matters.
            5. Report on the session.
            III. ANNOTATIONS TO THE PROVISIONAL AGENDA
            1. Opening of the session
            3. The Chairman will open the session on Tuesday, 25 February 1997.
            GE.97-60363
            2. Organizational matters
            (a) Adoption of the agenda
            4. The provisional agenda (FCCC/SBSTA/1997/1) is presented for adoption.
            (b) Organization of the work of the session
            5. The Chairman proposes that the body

            /...
            FCCC/SBSTA/1997/1
            Page 2

            continue the work begun at its fourth session.
            3. Methodological issues
            (a) Inventories
            (i) Emission factors
            6. The body will consider emission factors.
            Documentation
            FCCC/SBSTA/1997/MISC.1 Emission factors: submissions from Parties
            Synthesis of the submissions (FCCC/SBSTA/1997/2)
            (ii) Guidelines for the preparation of national communications
            7. Guidelines will be considered.
            (b) Other methodological issues
            8. Nothing further is foreseen.
            4. Other matters
            9. Any other matter will be taken up under this item 2/.
            5. Report on the session
            10. A draft report will be prepared.
            1/ Godesberger Allee, Bonn.
            2/ Matters raised in good time.
            3/ A footnote that nothing refers to.
            ANNEX I
            LIST OF DOCUMENTS
            FCCC/SBSTA/1997/MISC.1 Emission factors: submissions from Parties
            FCCC/SBSTA/1997/2 Synthesis of the submissions
            ANNEX II
            Venue
            The session is held at the conference centre.
            """;

    @Test
    void aDocumentInChaptersGivesItsFirstPageIssueAndChapters() {
        // when
        ParsedAgenda parsed = parser.parse(CHAPTERS);

        // then
        DocumentParts parts = parsed.document().parts();
        assertThat(parts.masthead()).containsExactly("UNITED NATIONS", "Framework Convention on Climate Change");
        assertThat(parsed.issue()).isEqualTo(new IssueSuggestion("FCCC/SBSTA/1997/1", LocalDate.of(1997, 2, 7),
                "General", "English"));
        assertThat(parts.body()).isEqualTo("SUBSIDIARY BODY FOR SCIENTIFIC AND TECHNOLOGICAL ADVICE");
        assertThat(parts.parentBody()).isNull();
        assertThat(parts.sessionLine()).isEqualTo("Fifth session");
        assertThat(parts.placeAndDates()).isEqualTo("Bonn, 25 February - 7 March 1997");
        assertThat(parts.itemReference()).isEqualTo("Item 2 (a) of the provisional agenda");
        assertThat(parts.title()).isEqualTo("PROVISIONAL AGENDA AND ANNOTATIONS");
        assertThat(parts.subtitle()).isEqualTo("Note by the Executive Secretary");
        assertThat(parts.jobNumber()).isEqualTo("GE.97-60363");
        assertThat(parts.chapterHeadings()).isTrue();
        assertThat(parts.numberedParagraphs()).isTrue();
        assertThat(parts.introductionHeading()).isEqualTo("INTRODUCTION");
        assertThat(parts.agendaHeading()).isEqualTo("PROVISIONAL AGENDA");
        assertThat(parts.annotationsHeading()).isEqualTo("ANNOTATIONS TO THE PROVISIONAL AGENDA");
        assertThat(parts.introduction()).containsExactly(
                "The fifth session of the subsidiary body will be held at the Hotel Maritim in Bonn.[^1]");
        assertThat(parts.listIntroduction()).containsExactly(
                "The provisional agenda, proposed after consultation with the Chairman, is as follows:");
        assertThat(parts.agendaList()).isNull();
    }

    @Test
    void aDocumentInChaptersGivesItsItemsWithTheirAnnotations() {
        // when
        List<AgendaItemContent> items = parser.parse(CHAPTERS).document().items();

        // then: the list's titles without its punctuation, the paragraphs without their numbers
        assertThat(items).extracting(AgendaItemContent::itemId).containsExactly("item-1", "item-2", "item-3",
                "item-4", "item-5");
        assertThat(items).extracting(AgendaItemContent::kind).containsExactly(ItemKind.ORGANIZATIONAL,
                ItemKind.ORGANIZATIONAL, ItemKind.SUBSTANTIVE, ItemKind.OTHER_MATTERS, ItemKind.ADOPTION_OF_REPORT);
        assertThat(items).extracting(AgendaItemContent::title).containsExactly("Opening of the session",
                "Organizational matters", "Methodological issues", "Other matters", "Report on the session");
        assertThat(items.get(0).annotation()).containsExactly(
                "The Chairman will open the session on Tuesday, 25 February 1997.");
        assertThat(items.get(1).subItems()).extracting(SubItemContent::subItemId, SubItemContent::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item-2-a", "Adoption of the agenda"),
                        org.assertj.core.groups.Tuple.tuple("item-2-b", "Organization of the work of the session"));
        // the paragraph a page break cut in two, whole again
        assertThat(items.get(1).subItems().get(1).annotation()).containsExactly(
                "The Chairman proposes that the body continue the work begun at its fourth session.");
        SubItemContent inventories = items.get(2).subItems().get(0);
        assertThat(inventories.subItems()).extracting(SubItemContent::subItemId).containsExactly("item-3-a-i",
                "item-3-a-ii");
        assertThat(inventories.subItems().get(1).title())
                .isEqualTo("Guidelines for the preparation of national communications");
        SubItemContent factors = inventories.subItems().get(0);
        assertThat(factors.annotation()).containsExactly("The body will consider emission factors.");
        assertThat(factors.documentation()).containsExactly(
                new DocumentationEntry("FCCC/SBSTA/1997/MISC.1", "Emission factors: submissions from Parties"),
                new DocumentationEntry("FCCC/SBSTA/1997/2", "Synthesis of the submissions"));
        assertThat(items.get(3).annotation()).containsExactly(
                "Any other matter will be taken up under this item[^2].");
    }

    @Test
    void footnotesWhoseMarkIsFoundArePlacedTheOthersListed() {
        // when
        ParsedAgenda parsed = parser.parse(CHAPTERS);

        // then
        assertThat(parsed.document().parts().footnotes()).containsExactly(
                new Footnote("1", "Godesberger Allee, Bonn."), new Footnote("2", "Matters raised in good time."));
        assertThat(parsed.unplaced()).filteredOn(u -> !u.reason().equals(Leftovers.PAGE_FURNITURE))
                .containsExactly(new Unplaced(63, "3/ A footnote that nothing refers to.",
                        "a footnote whose reference mark is not found in the text"));
    }

    @Test
    void blankLinesAndPageFurnitureAreCountedAsSuch() {
        // when
        ParsedAgenda parsed = parser.parse(CHAPTERS);

        // then: the blank lines, "/...", the running header, the page number and the job number of the footer
        assertThat(parsed.unplaced()).filteredOn(u -> u.reason().equals(Leftovers.PAGE_FURNITURE))
                .extracting(Unplaced::line, Unplaced::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(34, "GE.97-60363"),
                        org.assertj.core.groups.Tuple.tuple(40, ""),
                        org.assertj.core.groups.Tuple.tuple(41, "/..."),
                        org.assertj.core.groups.Tuple.tuple(42, "FCCC/SBSTA/1997/1"),
                        org.assertj.core.groups.Tuple.tuple(43, "Page 2"),
                        org.assertj.core.groups.Tuple.tuple(44, ""));
    }

    @Test
    void aListOfTheDocumentsListedIsTheGeneratedAnnexAnOtherAnnexIsText() {
        // when
        List<Annex> annexes = parser.parse(CHAPTERS).document().parts().annexes();

        // then
        assertThat(annexes).containsExactly(new Annex(AnnexKind.LIST_OF_DOCUMENTS, "LIST OF DOCUMENTS", List.of(),
                null),
                new Annex(AnnexKind.TEXT, "Venue", List.of("The session is held at the conference centre."),
                        null));
    }

    @Test
    void noWordOfTheTextIsLost() {
        assertEveryWordKept(CHAPTERS, parser.parse(CHAPTERS));
        assertEveryWordKept(ANNOTATIONS_ONLY, parser.parse(ANNOTATIONS_ONLY));
    }

    /** An addendum of the 2000s: annotations only, "Item 1:" headings, "SYMBOL: Title" documentation. */
    private static final String ANNOTATIONS_ONLY = """
            UNITED NATIONS
            RC
            UNEP/FAO/RC/COP.3/1/Add.1/Corr.1
            Distr.: General
            12 September 2007
            ENGLISH ONLY
            K0763451
            Conference of the Parties to the Convention on Examples
            Open-ended working group on illustrations
            Third meeting
            Geneva, 9–13 October 2007
            Annotations to the provisional agenda
            Item 1: Opening of the meeting
            1. The meeting will be opened at 10 a.m.
            Item 2: Organizational matters
            (a) Election of officers
            2. Officers will be elected.
            Documentation
            UNEP/FAO/RC/COP.3/2: Report of the Bureau
            UNEP/FAO/RC/COP.3/INF/1: List of participants
            (b) Adoption of the agenda
            3. The working group may adopt its agenda.
            Background
            4. The agenda was circulated in advance.
            Item 2
            Review of implementation
            Item 3: Any other business
            5. No matter has been raised.
            """;

    @Test
    void anAddendumOfAnnotationsOnlyGetsItsItemsFromTheHeadings() {
        // when
        ParsedAgenda parsed = parser.parse(ANNOTATIONS_ONLY);

        // then
        DocumentParts parts = parsed.document().parts();
        assertThat(parts.masthead()).containsExactly("UNITED NATIONS", "RC");
        assertThat(parsed.issue()).isEqualTo(new IssueSuggestion("UNEP/FAO/RC/COP.3/1", LocalDate.of(2007, 9, 12),
                "General", "English only"));
        assertThat(parts.addendum()).isEqualTo("Add.1");
        assertThat(parts.corrigendum()).isEqualTo("Corr.1");
        assertThat(parts.jobNumber()).isEqualTo("K0763451");
        assertThat(parts.parentBody()).isEqualTo("Conference of the Parties to the Convention on Examples");
        assertThat(parts.body()).isEqualTo("Open-ended working group on illustrations");
        assertThat(parts.agendaList()).isFalse();
        assertThat(parts.chapterHeadings()).isNull();
        assertThat(parts.numberedParagraphs()).isTrue();
        List<AgendaItemContent> items = parsed.document().items();
        // two items numbered 2 keep ids of their own
        assertThat(items).extracting(AgendaItemContent::itemId).containsExactly("item-1", "item-2", "item-2-2",
                "item-3");
        assertThat(items).extracting(AgendaItemContent::kind).containsExactly(ItemKind.ORGANIZATIONAL,
                ItemKind.ORGANIZATIONAL, ItemKind.SUBSTANTIVE, ItemKind.OTHER_MATTERS);
        SubItemContent officers = items.get(1).subItems().get(0);
        assertThat(officers.title()).isEqualTo("Election of officers");
        assertThat(officers.annotation()).containsExactly("Officers will be elected.");
        assertThat(officers.documentation()).containsExactly(
                new DocumentationEntry("UNEP/FAO/RC/COP.3/2", "Report of the Bureau"),
                new DocumentationEntry("UNEP/FAO/RC/COP.3/INF/1", "List of participants"));
        SubItemContent adoption = items.get(1).subItems().get(1);
        assertThat(adoption.annotation()).containsExactly("The working group may adopt its agenda.");
        assertThat(adoption.sections()).hasSize(1);
        assertThat(adoption.sections().get(0).heading()).isEqualTo("Background");
        assertThat(adoption.sections().get(0).paragraphs()).containsExactly("The agenda was circulated in advance.");
        assertThat(items.get(2).title()).isEqualTo("Review of implementation");
        assertThat(parsed.unplaced()).isEmpty();
    }

    @Test
    void anAnnotationHeadingForNoItemOfTheListIsListedWithWhatStandsUnderIt() {
        // given: a list of two items, annotations of a sub-item and an item it does not have, a chapter of no part
        String text = """
                Provisional agenda
                1. Opening of the meeting.
                2. Adoption of the report.
                Annotations
                Item 1
                Opening of the meeting
                The meeting opens at 10 a.m.
                Item 1 (c): A sub-item the list does not have
                Under it.
                Item 7
                Matters the list does not have
                A paragraph under it.
                Item 2: Adoption of the report
                The report is adopted.
                I. SOMETHING ELSE
                """;

        // when
        ParsedAgenda parsed = parser.parse(text);

        // then
        assertThat(parsed.document().items()).extracting(AgendaItemContent::annotation).containsExactly(
                List.of("The meeting opens at 10 a.m."), List.of("The report is adopted."));
        assertThat(parsed.document().items()).allMatch(i -> i.subItems().isEmpty() && i.sections().isEmpty());
        String under = "text under a heading that matches no item of the list";
        String noItem = "an annotation heading for an item the list does not have";
        assertThat(parsed.unplaced()).containsExactly(
                new Unplaced(8, "Item 1 (c): A sub-item the list does not have",
                        "an annotation heading for a sub-item the list does not have"),
                new Unplaced(9, "Under it.", under),
                new Unplaced(10, "Item 7", noItem),
                new Unplaced(11, "Matters the list does not have", noItem),
                new Unplaced(12, "A paragraph under it.", under),
                new Unplaced(15, "I. SOMETHING ELSE", "a chapter that is none of the introduction, the list of "
                        + "items, the annotations and the annexes"));
        assertThat(parsed.document().parts().chapterHeadings()).isTrue();
    }

    @Test
    void aMarkdownExtractionLosesItsMarkupNotItsWords() {
        // given: headings, bullets, bold and a list that goes a level deeper
        String text = """
                # **Provisional agenda**

                - 1. Organizational matters:
                  - (a) Opening of the meeting;
                  - (b) Adoption of the agenda.
                - 2. Other matters.

                ### Annotations

                #### 1. Organizational matters

                ## (a) Opening of the meeting

                The meeting opens¹ on Monday.

                ¹ At the headquarters.
                """;

        // when
        ParsedAgenda parsed = parser.parse(text);

        // then
        AgendaDocument document = parsed.document();
        assertThat(document.parts().title()).isEqualTo("Provisional agenda");
        assertThat(document.items()).extracting(AgendaItemContent::title).containsExactly("Organizational matters",
                "Other matters");
        assertThat(document.items().get(0).subItems().get(0).annotation()).containsExactly(
                "The meeting opens[^1] on Monday.");
        assertThat(document.parts().footnotes()).containsExactly(new Footnote("1", "At the headquarters."));
        assertThat(parsed.unplaced()).allMatch(u -> u.reason().equals(Leftovers.PAGE_FURNITURE));
    }

    @Test
    void textThatIsNoAgendaIsKeptAsAnIntroductionNotLost() {
        // when
        ParsedAgenda parsed = parser.parse("Dear colleagues. This is a letter, not an agenda.\n");

        // then
        assertThat(parsed.document().items()).isEmpty();
        assertThat(parsed.document().parts().introduction())
                .containsExactly("Dear colleagues. This is a letter, not an agenda.");
        assertThat(parsed.issue()).isEqualTo(new IssueSuggestion(null, null, null, null));
    }

    /**
     * Every word of four letters or more of the text is somewhere in the proposal, in the document, the issue or
     * among the unplaced lines (the month of the date of issue in the date) — but the vocabulary the document's
     * layout prints by itself.
     */
    static void assertEveryWordKept(String text, ParsedAgenda parsed) {
        Set<String> layout = Set.of("distr", "original", "annex", "documentation", "item", "page");
        LocalDate issued = parsed.issue().dateOfIssue();
        String kept = (parsed + (issued == null ? "" : issued.getMonth().toString())).toLowerCase(Locale.ROOT);
        Set<String> lost = new TreeSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && !layout.contains(word) && !kept.contains(word)) {
                lost.add(word);
            }
        }
        assertThat(lost).as("words of the text found nowhere in the proposal").isEmpty();
    }

    @Test
    void kindsFollowTheWordsOfTheTitles() {
        Map<String, ItemKind> kinds = Map.of("Opening of the session", ItemKind.ORGANIZATIONAL,
                "Adoption of the agenda and organization of work", ItemKind.ORGANIZATIONAL,
                "Election of officers", ItemKind.ORGANIZATIONAL, "Other matters", ItemKind.OTHER_MATTERS,
                "Adoption of the report", ItemKind.ADOPTION_OF_REPORT,
                "Adoption of the draft report on the session", ItemKind.ADOPTION_OF_REPORT,
                "Report on the session", ItemKind.ADOPTION_OF_REPORT,
                "Best practices in joint investigations", ItemKind.SUBSTANTIVE);
        assertThat(kinds.keySet().stream().collect(Collectors.toMap(t -> t, ItemKinds::of))).isEqualTo(kinds);
    }
}
