package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.events.meeting.AgendaItemAnnotated;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.DocumentationEntryAdded;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.SubItemContent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AnnotateAgendaItem, AddDocumentationEntry and RemoveDocumentationEntry. */
class MeetingAnnotationsAndDocumentationTest {

    private static final List<String> PARAGRAPHS = List.of(
            "The Working Group may wish to consider any other matters.",
            "No documentation is expected under this item.");

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    // ---------------------------------------------------------------- AnnotateAgendaItem

    @Test
    void givenDraftAgenda_whenAnnotatingAnItem_thenVersionTwoCarriesTheParagraphs() {
        fixture.given(draftHistory())
                .when(new AnnotateAgendaItem(MEETING_ID, "item-3", null, PARAGRAPHS))
                .expectEvents(new AgendaItemAnnotated(MEETING_ID, "item-3", null, PARAGRAPHS, 2,
                        hashOf(ITEM_1, ITEM_2, withAnnotation(ITEM_3, PARAGRAPHS), ITEM_4)));
    }

    @Test
    void givenAnnotatedItem_whenAnnotatingItAgain_thenTheParagraphsAreReplacedNotAppended() {
        fixture.given(draftHistory())
                .when(new AnnotateAgendaItem(MEETING_ID, "item-1", null, PARAGRAPHS))
                .expectEvents(new AgendaItemAnnotated(MEETING_ID, "item-1", null, PARAGRAPHS, 2,
                        hashOf(withAnnotation(ITEM_1, PARAGRAPHS), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenAnnotatedItem_whenAnnotatingItWithNoParagraphs_thenTheAnnotationIsCleared() {
        fixture.given(draftHistory())
                .when(new AnnotateAgendaItem(MEETING_ID, "item-1", null, List.of()))
                .expectEvents(new AgendaItemAnnotated(MEETING_ID, "item-1", null, List.of(), 2,
                        hashOf(withAnnotation(ITEM_1, List.of()), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenAnnotatingASubItem_thenOnlyThatSubItemChanges() {
        SubItemContent annotatedSub = new SubItemContent("item-1-a", SUB_1A.title(), PARAGRAPHS);

        fixture.given(draftHistory())
                .when(new AnnotateAgendaItem(MEETING_ID, "item-1", "item-1-a", PARAGRAPHS))
                .expectEvents(new AgendaItemAnnotated(MEETING_ID, "item-1", "item-1-a", PARAGRAPHS, 2,
                        hashOf(withSubItems(ITEM_1, annotatedSub, SUB_1B), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenAnnotatingAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AnnotateAgendaItem(MEETING_ID, "item-9", null, PARAGRAPHS))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAnnotatingAnUnknownSubItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AnnotateAgendaItem(MEETING_ID, "item-2", "item-1-a", PARAGRAPHS))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- AddDocumentationEntry

    @Test
    void givenDraftAgenda_whenListingADocument_thenItIsAddedAfterTheExistingOnes() {
        fixture.given(draftHistory())
                .when(new AddDocumentationEntry(MEETING_ID, "item-2", NOTE_BY_SECRETARIAT))
                .expectEvents(new DocumentationEntryAdded(MEETING_ID, "item-2", NOTE_BY_SECRETARIAT, 2,
                        hashOf(ITEM_1, withDocumentation(ITEM_2, BACKGROUND_PAPER, NOTE_BY_SECRETARIAT), ITEM_3,
                                ITEM_4)));
    }

    @Test
    void givenDocumentListedUnderOneItem_whenListingItUnderAnother_thenItIsAccepted() {
        fixture.given(draftHistory())
                .when(new AddDocumentationEntry(MEETING_ID, "item-3", BACKGROUND_PAPER))
                .expectEvents(new DocumentationEntryAdded(MEETING_ID, "item-3", BACKGROUND_PAPER, 2,
                        hashOf(ITEM_1, ITEM_2, withDocumentation(ITEM_3, BACKGROUND_PAPER), ITEM_4)));
    }

    @Test
    void givenDocumentListedUnderAnItem_whenListingTheSameSymbolAgain_thenItIsRefused() {
        DocumentationEntry sameSymbolOtherTitle = new DocumentationEntry(BACKGROUND_PAPER.symbol(), "Corrigendum");

        fixture.given(draftHistory())
                .when(new AddDocumentationEntry(MEETING_ID, "item-2", sameSymbolOtherTitle))
                .expectException(violation("DOCUMENT_ALREADY_LISTED"))
                .expectExceptionMessage(equalTo(
                        BACKGROUND_PAPER.symbol() + " is already listed under agenda item 2."))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenListingADocumentUnderAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AddDocumentationEntry(MEETING_ID, "item-9", NOTE_BY_SECRETARIAT))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- RemoveDocumentationEntry

    @Test
    void givenDocumentListedUnderAnItem_whenTakingItOff_thenVersionTwoNoLongerListsIt() {
        fixture.given(draftHistory())
                .when(new RemoveDocumentationEntry(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol()))
                .expectEvents(new DocumentationEntryRemoved(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol(), 2,
                        hashOf(ITEM_1, withDocumentation(ITEM_2), ITEM_3, ITEM_4)));
    }

    @Test
    void givenTwoDocumentsUnderAnItem_whenTakingTheFirstOff_thenTheOtherStays() {
        fixture.given(then(draftHistory(), new DocumentationEntryAdded(MEETING_ID, "item-2", NOTE_BY_SECRETARIAT,
                2, hashOf(ITEM_1, withDocumentation(ITEM_2, BACKGROUND_PAPER, NOTE_BY_SECRETARIAT), ITEM_3,
                        ITEM_4))))
                .when(new RemoveDocumentationEntry(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol()))
                .expectEvents(new DocumentationEntryRemoved(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol(), 3,
                        hashOf(ITEM_1, withDocumentation(ITEM_2, NOTE_BY_SECRETARIAT), ITEM_3, ITEM_4)));
    }

    @Test
    void givenDocumentNotListedUnderTheItem_whenTakingItOff_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new RemoveDocumentationEntry(MEETING_ID, "item-2", NOTE_BY_SECRETARIAT.symbol()))
                .expectException(unknownReference("UNKNOWN_DOCUMENT"))
                .expectNoEvents();
    }

    @Test
    void givenDocumentListedUnderAnotherItem_whenTakingItOffThisItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new RemoveDocumentationEntry(MEETING_ID, "item-3", BACKGROUND_PAPER.symbol()))
                .expectException(unknownReference("UNKNOWN_DOCUMENT"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTakingADocumentOffAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new RemoveDocumentationEntry(MEETING_ID, "item-9", BACKGROUND_PAPER.symbol()))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }
}
