package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.agendaledger.command.shared.RuleViolationWithCode.invalidFieldsNamed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.meeting.MeetingCommands.ImportAgenda;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaImported;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.style.HouseStyles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an imported agenda document must be ({@link DocumentRules}): each rule broken once, in the rich document of
 * {@link MeetingTestData#DOCUMENT}, is refused naming the field by its JSON path, every refused field at once, and
 * nothing is recorded.
 */
class MeetingAgendaDocumentRulesTest {

    /** A document that breaks rules, and the paths of exactly the fields it must be refused for. */
    record Case(AgendaDocument document, List<String> fields) {
    }

    static Stream<Named<Case>> brokenRules() {
        return Stream.of(
                // the items
                refused("no item", new AgendaDocument(null, List.of()), "items"),
                refused("more items than the bound", new AgendaDocument(null, IntStream
                        .rangeClosed(0, InputRules.ITEMS).mapToObj(i -> item("i" + i, ItemKind.SUBSTANTIVE, "Item"))
                        .toList()), "items"),
                refused("an item id outside the id form", withItem(2, copy(ITEM_3, "a b", ITEM_3.kind(),
                        ITEM_3.title())), "items[2].itemId"),
                refused("an item without id", withItem(2, copy(ITEM_3, null, ITEM_3.kind(), ITEM_3.title())),
                        "items[2].itemId"),
                refused("an item without kind", withItem(3, copy(ITEM_4, ITEM_4.itemId(), null, ITEM_4.title())),
                        "items[3].kind"),
                refused("a blank title", withItem(2, copy(ITEM_3, ITEM_3.itemId(), ITEM_3.kind(), "  ")),
                        "items[2].title"),
                refused("a title longer than the bound", withItem(2, copy(ITEM_3, ITEM_3.itemId(), ITEM_3.kind(),
                        "t".repeat(InputRules.TITLE + 1))), "items[2].title"),
                refused("a sub-item's title on two lines", withItem(0, withSubItems(IMPORTED_1,
                        sub("item-1-a", "Opening\nof the meeting"), SUB_1B)), "items[0].subItems[0].title"),
                refused("an id used on two levels", withDeepest(new SubItemContent("item-1", "Requests",
                        List.of("Practice varies.[^survey]"))),
                        "items[1].subItems[0].subItems[0].subItemId"),
                refused("a blank paragraph", withItem(0, withAnnotation(IMPORTED_1, List.of(" "))),
                        "items[0].annotation[0]"),
                refused("a paragraph longer than the bound", withItem(0, withAnnotation(IMPORTED_1,
                        List.of("p".repeat(InputRules.TEXT + 1)))), "items[0].annotation[0]"),
                refused("a control character in a paragraph", withItem(0, withAnnotation(IMPORTED_1,
                        List.of("Bell \u0007"))), "items[0].annotation[0]"),
                refused("more paragraphs than the bound", withItem(2, withAnnotation(ITEM_3,
                        IntStream.rangeClosed(0, InputRules.PARAGRAPHS).mapToObj(i -> "p").toList())),
                        "items[2].annotation"),
                refused("a document without symbol", withItem(2, withDocumentation(ITEM_3,
                        new DocumentationEntry(null, "Note"))), "items[2].documentation[0].symbol"),
                refused("a document without title", withItem(2, withDocumentation(ITEM_3,
                        new DocumentationEntry("S/1", ""))), "items[2].documentation[0].title"),
                refused("a document listed twice", withItem(2, withDocumentation(ITEM_3, BACKGROUND_PAPER,
                        BACKGROUND_PAPER)), "items[2].documentation[1].symbol"),
                refused("a section without heading", withItem(2, withSections(ITEM_3,
                        new AnnotationSection(null, List.of("p"), List.of(), List.of()))),
                        "items[2].sections[0].heading"),
                refused("a section's heading on two lines", withItem(2, withSections(ITEM_3,
                        new AnnotationSection("Back\u2028ground", List.of(), List.of(), List.of()))),
                        "items[2].sections[0].heading"),
                refused("a blank paragraph of a section", withItem(2, withSections(ITEM_3,
                        new AnnotationSection("Background", List.of(""), List.of(), List.of()))),
                        "items[2].sections[0].paragraphs[0]"),
                refused("sub-items seven levels deep", withItem(2, withSubItems(ITEM_3, subItemsDeep(7))),
                        "items[2]" + ".subItems[0]".repeat(6) + ".subItems"),
                refused("sections seven levels deep", withItem(2, withSections(ITEM_3, sectionsDeep(7))),
                        "items[2]" + ".sections[0]".repeat(6) + ".sections"),
                // the parts
                refused("a style the ledger does not have", withParts(p -> p.style = "nonesuch"), "parts.style"),
                refused("a masthead line on two lines", withParts(p -> p.masthead = List.of("United\nNations")),
                        "parts.masthead[0]"),
                refused("a subtitle longer than the bound", withParts(p -> p.subtitle = "s"
                        .repeat(InputRules.TITLE + 1)), "parts.subtitle"),
                refused("a blank parent body", withParts(p -> p.parentBody = " "), "parts.parentBody"),
                refused("a job number longer than a symbol", withParts(p -> p.jobNumber = "j"
                        .repeat(InputRules.SYMBOL + 1)), "parts.jobNumber"),
                refused("no list of items outside an addendum", withParts(p -> p.agendaList = false),
                        "parts.agendaList"),
                refused("a blank paragraph of the introduction", withParts(p -> p.introduction = List.of(
                        "Established.[^decision]", "")), "parts.introduction[1]"),
                refused("an annex without kind", withParts(p -> p.annexes = List.of(new Annex(null, null, null,
                        null), PARTS.annexes().get(1))), "parts.annexes[0].kind"),
                refused("a text annex without title", withParts(p -> p.annexes = List.of(PARTS.annexes().get(0),
                        new Annex(AnnexKind.TEXT, null, List.of("Text."), null))), "parts.annexes[1].title"),
                refused("a text annex without paragraphs or table", withParts(p -> p.annexes = List.of(
                        new Annex(AnnexKind.TEXT, "Empty", List.of(), null))), "parts.annexes[0].paragraphs"),
                refused("a generated annex with a table", withParts(p -> p.annexes = List.of(new Annex(
                        AnnexKind.LIST_OF_DOCUMENTS, null, List.of(), new Annex.AnnexTable(List.of("A"),
                                List.of(List.of("a")))))),
                        "parts.annexes[0].table"),
                refused("a table row short of a cell", withParts(p -> p.annexes = List.of(table(List.of("State",
                        "Ratification"), List.of(List.of("Austria", "2004"), List.of("Brazil"))))),
                        "parts.annexes[0].table.rows[1]"),
                refused("a blank column heading", withParts(p -> p.annexes = List.of(table(List.of("State", " "),
                        List.of(List.of("Austria", "2004"))))), "parts.annexes[0].table.columns[1]"),
                refused("a cell longer than the bound", withParts(p -> p.annexes = List.of(table(List.of("State"),
                        List.of(List.of("c".repeat(InputRules.TEXT + 1)))))), "parts.annexes[0].table.rows[0][0]"),
                refused("a footnote id used twice", withParts(p -> p.footnotes = List.of(PARTS.footnotes().get(0),
                        PARTS.footnotes().get(1), new Footnote("decision", "Again."))), "parts.footnotes[2].id"),
                refused("a footnote without text", withParts(p -> p.footnotes = List.of(new Footnote("decision",
                        " "), PARTS.footnotes().get(1))), "parts.footnotes[0].text"),
                refused("a footnote id outside the id form", withParts(p -> p.footnotes = List.of(new Footnote(
                        "a b", "Decision."), PARTS.footnotes().get(1))), "parts.footnotes[0].id",
                        "parts.introduction[0]"),
                refused("a reference that names no footnote", withDeepest(new SubItemContent("item-2-a-i",
                        "Requests", List.of("Practice varies.[^nosuch]"))),
                        "items[1].subItems[0].subItems[0].annotation[0]", "parts.footnotes[1].id"),
                refused("a footnote no text refers to", withParts(p -> p.footnotes = List.of(PARTS.footnotes()
                        .get(0), PARTS.footnotes().get(1), new Footnote("unused", "Never cited."))),
                        "parts.footnotes[2].id"),
                // several at once
                refused("every broken rule at once", new AgendaDocument(parts(p -> {
                    p.style = "nonesuch";
                    p.agendaList = false;
                }), List.of(copy(IMPORTED_1, "a b", null, ""), IMPORTED_2, ITEM_3, ITEM_4)), "items[0].itemId",
                        "items[0].kind", "items[0].title", "parts.style", "parts.agendaList"));
    }

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(HouseStyles.builtIn());
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("brokenRules")
    void givenAMeeting_whenImportingADocumentThatBreaksARule_thenTheFieldsAreNamedAndNothingIsRecorded(Case broken) {
        fixture.given(scheduledHistory())
                .when(new ImportAgenda(MEETING_ID, broken.document()))
                .expectException(invalidFieldsNamed(DocumentRules.INVALID, broken.fields().toArray(String[]::new)))
                .expectNoEvents();
    }

    @Test
    void givenAMeeting_whenImportingSubItemsAndSectionsSixLevelsDeep_thenTheyAreAccepted() {
        AgendaDocument deep = withItem(2, new AgendaItemContent(ITEM_3.itemId(), ITEM_3.kind(), ITEM_3.title(),
                List.of(), List.of(), List.of(subItemsDeep(6)), List.of(sectionsDeep(6))));

        fixture.given(scheduledHistory())
                .when(new ImportAgenda(MEETING_ID, deep))
                .expectEvents(new AgendaImported(MEETING_ID, PARTS, deep.items(), 1, hashOf(deep)));
    }

    @Test
    void givenAMeeting_whenImportingAnAddendumWithoutTheListOfItems_thenItIsAccepted() {
        AgendaDocument addendum = withParts(p -> {
            p.agendaList = false;
            p.addendum = "Add.1";
        });

        fixture.given(scheduledHistory())
                .when(new ImportAgenda(MEETING_ID, addendum))
                .expectEvents(new AgendaImported(MEETING_ID, addendum.parts(), IMPORTED, 1, hashOf(addendum)));
    }

    // ---------------------------------------------------------------- building broken documents

    private static Named<Case> refused(String rule, AgendaDocument document, String... fields) {
        return Named.of(rule, new Case(document, List.of(fields)));
    }

    private static AgendaDocument withItem(int index, AgendaItemContent item) {
        List<AgendaItemContent> items = new ArrayList<>(IMPORTED);
        items.set(index, item);
        return new AgendaDocument(PARTS, items);
    }

    /** The document with another sub-item 2 (a) (i), the one that refers to the footnote "survey". */
    private static AgendaDocument withDeepest(SubItemContent deepest) {
        SubItemContent sub = new SubItemContent(SUB_2A.subItemId(), SUB_2A.title(), SUB_2A.annotation(),
                SUB_2A.documentation(), SUB_2A.sections(), List.of(deepest));
        return withItem(1, withSubItems(IMPORTED_2, sub));
    }

    private static AgendaItemContent copy(AgendaItemContent item, String id, ItemKind kind, String title) {
        return new AgendaItemContent(id, kind, title, item.annotation(), item.documentation(), item.subItems(),
                item.sections());
    }

    private static AgendaItemContent withSections(AgendaItemContent item, AnnotationSection... sections) {
        return new AgendaItemContent(item.itemId(), item.kind(), item.title(), item.annotation(),
                item.documentation(), item.subItems(), List.of(sections));
    }

    /** A sub-item with sub-items below it, {@code levels} levels in all. */
    private static SubItemContent subItemsDeep(int levels) {
        SubItemContent deepest = sub("deep-" + levels, "Level " + levels);
        for (int level = levels - 1; level >= 1; level--) {
            deepest = new SubItemContent("deep-" + level, "Level " + level, List.of(), List.of(), List.of(),
                    List.of(deepest));
        }
        return deepest;
    }

    /** A section with sections below it, {@code levels} levels in all. */
    private static AnnotationSection sectionsDeep(int levels) {
        AnnotationSection deepest = new AnnotationSection("Level " + levels, List.of("p"), List.of(), List.of());
        for (int level = levels - 1; level >= 1; level--) {
            deepest = new AnnotationSection("Level " + level, List.of(), List.of(), List.of(deepest));
        }
        return deepest;
    }

    private static Annex table(List<String> columns, List<List<String>> rows) {
        return new Annex(AnnexKind.TEXT, "Table", List.of(), new Annex.AnnexTable(columns, rows));
    }

    private static AgendaDocument withParts(Consumer<Parts> change) {
        return new AgendaDocument(parts(change), IMPORTED);
    }

    private static DocumentParts parts(Consumer<Parts> change) {
        Parts parts = new Parts(PARTS);
        change.accept(parts);
        return parts.build();
    }

    /** {@link DocumentParts} to change one part of. */
    private static final class Parts {
        String style;
        List<String> masthead;
        String parentBody;
        String body;
        String sessionLine;
        String placeAndDates;
        String itemReference;
        String title;
        String subtitle;
        String addendum;
        String corrigendum;
        String jobNumber;
        Boolean agendaList;
        Boolean chapterHeadings;
        Boolean numberedParagraphs;
        String introductionHeading;
        String agendaHeading;
        String annotationsHeading;
        List<String> introduction;
        List<Annex> annexes;
        List<Footnote> footnotes;

        Parts(DocumentParts p) {
            style = p.style();
            masthead = p.masthead();
            parentBody = p.parentBody();
            body = p.body();
            sessionLine = p.sessionLine();
            placeAndDates = p.placeAndDates();
            itemReference = p.itemReference();
            title = p.title();
            subtitle = p.subtitle();
            addendum = p.addendum();
            corrigendum = p.corrigendum();
            jobNumber = p.jobNumber();
            agendaList = p.agendaList();
            chapterHeadings = p.chapterHeadings();
            numberedParagraphs = p.numberedParagraphs();
            introductionHeading = p.introductionHeading();
            agendaHeading = p.agendaHeading();
            annotationsHeading = p.annotationsHeading();
            introduction = p.introduction();
            annexes = p.annexes();
            footnotes = p.footnotes();
        }

        DocumentParts build() {
            return new DocumentParts(style, masthead, parentBody, body, sessionLine, placeAndDates, itemReference,
                    title, subtitle, addendum, corrigendum, jobNumber, agendaList, chapterHeadings,
                    numberedParagraphs, introductionHeading, agendaHeading, annotationsHeading, introduction,
                    annexes, footnotes);
        }
    }
}
