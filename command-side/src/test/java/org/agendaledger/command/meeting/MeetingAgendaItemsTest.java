package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaItemRemoved;
import org.agendaledger.events.meeting.AgendaItemRevised;
import org.agendaledger.events.meeting.AgendaItemsReordered;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ProposeAgenda, AddAgendaItem, ReviseAgendaItem, RemoveAgendaItem and ReorderAgendaItems. */
class MeetingAgendaItemsTest {

    private static final AgendaItemContent ITEM_5 = item("item-5", ItemKind.SUBSTANTIVE, "Technical assistance");
    private static final AgendaItemContent ITEM_6 = item("item-6", ItemKind.SUBSTANTIVE, "Extradition");

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static AddAgendaItem addItem5(Integer position) {
        return new AddAgendaItem(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", position);
    }

    // ---------------------------------------------------------------- ProposeAgenda

    @Test
    void givenScheduledMeeting_whenProposingTheDraftAgenda_thenVersionOneIsRecordedWithTheContentHash() {
        fixture.given(scheduledHistory())
                .when(new ProposeAgenda(MEETING_ID, DRAFT))
                .expectEvents(new AgendaProposed(MEETING_ID, DRAFT, 1, hashOf(DRAFT)));
    }

    @Test
    void givenDraftAgenda_whenProposingAnotherDraft_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ProposeAgenda(MEETING_ID, List.of(ITEM_5)))
                .expectException(violation("AGENDA_ALREADY_PROPOSED"))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenProposingAnAgendaWithoutItems_thenItIsRefused() {
        fixture.given(scheduledHistory())
                .when(new ProposeAgenda(MEETING_ID, List.of()))
                .expectException(violation("NO_ITEMS"))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenProposingTwoItemsWithTheSameId_thenItIsRefused() {
        AgendaItemContent sameIdAsItem3 = item("item-3", ItemKind.SUBSTANTIVE, "Extradition");

        fixture.given(scheduledHistory())
                .when(new ProposeAgenda(MEETING_ID, List.of(ITEM_1, ITEM_3, sameIdAsItem3)))
                .expectException(violation("DUPLICATE_ID"))
                .expectExceptionMessage(containsString("item-3"))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenProposingAnItemWithTheIdOfASubItem_thenItIsRefused() {
        AgendaItemContent clash = item("item-1-a", ItemKind.SUBSTANTIVE, "Extradition");

        fixture.given(scheduledHistory())
                .when(new ProposeAgenda(MEETING_ID, List.of(ITEM_1, clash)))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenProposingSubItemsOfDifferentItemsWithTheSameId_thenItIsRefused() {
        AgendaItemContent clash = withSubItems(ITEM_3, sub("item-1-b", "Any other business"));

        fixture.given(scheduledHistory())
                .when(new ProposeAgenda(MEETING_ID, List.of(ITEM_1, clash)))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- AddAgendaItem

    @Test
    void givenDraftAgenda_whenAddingAnItemWithoutPosition_thenItIsAppendedAsVersionTwo() {
        fixture.given(draftHistory())
                .when(addItem5(null))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance",
                        4, 2, hashOf(ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5)));
    }

    @Test
    void givenDraftAgenda_whenAddingAnItemAtPositionZero_thenItBecomesTheFirstItem() {
        fixture.given(draftHistory())
                .when(addItem5(0))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance",
                        0, 2, hashOf(ITEM_5, ITEM_1, ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenAddingAnItemInTheMiddle_thenTheFollowingItemsMoveDown() {
        fixture.given(draftHistory())
                .when(addItem5(2))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance",
                        2, 2, hashOf(ITEM_1, ITEM_2, ITEM_5, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenAddingAnItemAtTheLastPossiblePosition_thenItIsAppended() {
        fixture.given(draftHistory())
                .when(addItem5(4))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance",
                        4, 2, hashOf(ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5)));
    }

    @Test
    void givenAnAddedItem_whenAddingAnother_thenVersionThreeCoversBothAdditions() {
        fixture.given(then(draftHistory(), new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE,
                "Technical assistance", 1, 2, hashOf(ITEM_1, ITEM_5, ITEM_2, ITEM_3, ITEM_4))))
                .when(new AddAgendaItem(MEETING_ID, "item-6", ItemKind.SUBSTANTIVE, "Extradition", null))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-6", ItemKind.SUBSTANTIVE, "Extradition", 5, 3,
                        hashOf(ITEM_1, ITEM_5, ITEM_2, ITEM_3, ITEM_4, ITEM_6)));
    }

    @ParameterizedTest(name = "position {0}")
    @ValueSource(ints = {-1, 5, 42})
    void givenDraftAgendaOfFourItems_whenAddingAnItemOutsideTheList_thenItIsRefused(int position) {
        fixture.given(draftHistory())
                .when(addItem5(position))
                .expectException(violation("INVALID_POSITION"))
                .expectExceptionMessage(containsString("between 0 and 4"))
                .expectNoEvents();
    }

    @Test
    void givenRemovedItem_whenAddingAtTheFormerEnd_thenThePositionIsOutsideTheShorterList() {
        // positions are derived from the current items: after a removal there are only three of them
        fixture.given(then(draftHistory(),
                new AgendaItemRemoved(MEETING_ID, "item-3", 2, hashOf(ITEM_1, ITEM_2, ITEM_4))))
                .when(addItem5(4))
                .expectException(violation("INVALID_POSITION"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAddingAnItemWithAnExistingItemId_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AddAgendaItem(MEETING_ID, "item-3", ItemKind.SUBSTANTIVE, "Extradition", null))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAddingAnItemWithAnExistingSubItemId_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AddAgendaItem(MEETING_ID, "item-1-b", ItemKind.SUBSTANTIVE, "Extradition", null))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- ReviseAgendaItem

    @Test
    void givenDraftAgenda_whenRevisingAnItem_thenItsAnnotationAndSubItemsAreKept() {
        AgendaItemContent revisedItem1 = revised(ITEM_1, ItemKind.ORGANIZATIONAL, "Opening of the session");

        fixture.given(draftHistory())
                .when(new ReviseAgendaItem(MEETING_ID, "item-1", ItemKind.ORGANIZATIONAL, "Opening of the session"))
                .expectEvents(new AgendaItemRevised(MEETING_ID, "item-1", ItemKind.ORGANIZATIONAL,
                        "Opening of the session", 2, hashOf(revisedItem1, ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenChangingTheKindOfAnItem_thenItsDocumentationIsKept() {
        AgendaItemContent revisedItem2 = revised(ITEM_2, ItemKind.OTHER_MATTERS, ITEM_2.title());

        fixture.given(draftHistory())
                .when(new ReviseAgendaItem(MEETING_ID, "item-2", ItemKind.OTHER_MATTERS, ITEM_2.title()))
                .expectEvents(new AgendaItemRevised(MEETING_ID, "item-2", ItemKind.OTHER_MATTERS, ITEM_2.title(), 2,
                        hashOf(ITEM_1, revisedItem2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenRevisingAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReviseAgendaItem(MEETING_ID, "item-9", ItemKind.SUBSTANTIVE, "Extradition"))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenRemovedItem_whenRevisingIt_thenItIsUnknown() {
        fixture.given(then(draftHistory(),
                new AgendaItemRemoved(MEETING_ID, "item-3", 2, hashOf(ITEM_1, ITEM_2, ITEM_4))))
                .when(new ReviseAgendaItem(MEETING_ID, "item-3", ItemKind.OTHER_MATTERS, "Any other business"))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- RemoveAgendaItem

    @Test
    void givenDraftAgenda_whenRemovingAnItem_thenVersionTwoHasTheRemainingItems() {
        fixture.given(draftHistory())
                .when(new RemoveAgendaItem(MEETING_ID, "item-3"))
                .expectEvents(new AgendaItemRemoved(MEETING_ID, "item-3", 2, hashOf(ITEM_1, ITEM_2, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenRemovingAnItemWithSubItems_thenTheSubItemsGoWithIt() {
        fixture.given(draftHistory())
                .when(new RemoveAgendaItem(MEETING_ID, "item-1"))
                .expectEvents(new AgendaItemRemoved(MEETING_ID, "item-1", 2, hashOf(ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenRemovingAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new RemoveAgendaItem(MEETING_ID, "item-9"))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenItemWithDocumentation_whenRemovingIt_thenItIsRefusedNamingItsNumber() {
        fixture.given(draftHistory())
                .when(new RemoveAgendaItem(MEETING_ID, "item-2"))
                .expectException(violation("ITEM_HAS_DOCUMENTATION"))
                .expectExceptionMessage(startsWith("Agenda item 2 lists documents"))
                .expectNoEvents();
    }

    @Test
    void givenFirstItemRemoved_whenRemovingAnItemWithDocumentation_thenItsNumberHasMovedUpWithoutAGap() {
        fixture.given(then(draftHistory(),
                new AgendaItemRemoved(MEETING_ID, "item-1", 2, hashOf(ITEM_2, ITEM_3, ITEM_4))))
                .when(new RemoveAgendaItem(MEETING_ID, "item-2"))
                .expectException(violation("ITEM_HAS_DOCUMENTATION"))
                .expectExceptionMessage(startsWith("Agenda item 1 lists documents"))
                .expectNoEvents();
    }

    @Test
    void givenItemsReordered_whenRemovingAnItemWithDocumentation_thenItIsNumberedByItsNewPosition() {
        List<String> order = List.of("item-1", "item-3", "item-4", "item-2");

        fixture.given(then(draftHistory(),
                new AgendaItemsReordered(MEETING_ID, order, 2, hashOf(ITEM_1, ITEM_3, ITEM_4, ITEM_2))))
                .when(new RemoveAgendaItem(MEETING_ID, "item-2"))
                .expectException(violation("ITEM_HAS_DOCUMENTATION"))
                .expectExceptionMessage(startsWith("Agenda item 4 lists documents"))
                .expectNoEvents();
    }

    @Test
    void givenDocumentationTakenOff_whenRemovingTheItem_thenItIsRemoved() {
        AgendaItemContent item2WithoutDocs = withDocumentation(ITEM_2);

        fixture.given(then(draftHistory(), new DocumentationEntryRemoved(MEETING_ID, "item-2",
                BACKGROUND_PAPER.symbol(), 2, hashOf(ITEM_1, item2WithoutDocs, ITEM_3, ITEM_4))))
                .when(new RemoveAgendaItem(MEETING_ID, "item-2"))
                .expectEvents(new AgendaItemRemoved(MEETING_ID, "item-2", 3, hashOf(ITEM_1, ITEM_3, ITEM_4)));
    }

    @Test
    void givenItemInASlot_whenRemovingIt_thenItIsRefusedNamingItsNumber() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-2", "item-3", null, 0)))
                .when(new RemoveAgendaItem(MEETING_ID, "item-3"))
                .expectException(violation("ITEM_HAS_ASSIGNMENTS"))
                .expectExceptionMessage(startsWith("Agenda item 3 is placed in the organization of work"))
                .expectNoEvents();
    }

    @Test
    void givenOnlyASubItemInASlot_whenRemovingItsItem_thenItIsRefused() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-1", "item-1-a", 0)))
                .when(new RemoveAgendaItem(MEETING_ID, "item-1"))
                .expectException(violation("ITEM_HAS_ASSIGNMENTS"))
                .expectNoEvents();
    }

    @Test
    void givenAnotherItemInASlot_whenRemovingAnUnassignedItem_thenItIsRemoved() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-1", null, 0)))
                .when(new RemoveAgendaItem(MEETING_ID, "item-3"))
                .expectEvents(new AgendaItemRemoved(MEETING_ID, "item-3", 2, hashOf(ITEM_1, ITEM_2, ITEM_4)));
    }

    @Test
    void givenItemTakenOutOfItsSlot_whenRemovingIt_thenItIsRemoved() {
        fixture.given(then(draftHistory(),
                new SlotAssigned(MEETING_ID, "slot-2", "item-3", null, 0),
                new SlotUnassigned(MEETING_ID, "slot-2", "item-3", null)))
                .when(new RemoveAgendaItem(MEETING_ID, "item-3"))
                .expectEvents(new AgendaItemRemoved(MEETING_ID, "item-3", 2, hashOf(ITEM_1, ITEM_2, ITEM_4)));
    }

    // ---------------------------------------------------------------- ReorderAgendaItems

    @Test
    void givenDraftAgenda_whenReorderingTheItems_thenVersionTwoHasTheNewOrder() {
        List<String> order = List.of("item-2", "item-1", "item-4", "item-3");

        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID, order))
                .expectEvents(new AgendaItemsReordered(MEETING_ID, order, 2, hashOf(ITEM_2, ITEM_1, ITEM_4, ITEM_3)));
    }

    @Test
    void givenReorderedItems_whenAddingAnItemAtAPosition_thenThePositionCountsInTheNewOrder() {
        List<String> order = List.of("item-2", "item-1", "item-3", "item-4");

        fixture.given(then(draftHistory(),
                new AgendaItemsReordered(MEETING_ID, order, 2, hashOf(ITEM_2, ITEM_1, ITEM_3, ITEM_4))))
                .when(addItem5(1))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance",
                        1, 3, hashOf(ITEM_2, ITEM_5, ITEM_1, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenTheNewOrderLeavesAnItemOut_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-4")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewOrderNamesAnItemTwice_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-4", "item-3", "item-2")))
                .expectException(violation("INVALID_ORDER"))
                .expectExceptionMessage(containsString("'item-2' twice"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewOrderReplacesAnItemByAnotherTwice_thenItIsRefused() {
        // same length as the agenda, but item-3 is missing and item-2 is there twice
        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-4", "item-2")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewOrderNamesAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-4", "item-9")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewOrderNamesAnExtraItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID,
                        List.of("item-2", "item-1", "item-4", "item-3", "item-9")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewOrderNamesASubItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-4", "item-1-a")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }
}
