package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SubItemAdded;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.meeting.SubItemRemoved;
import org.agendaledger.events.meeting.SubItemRevised;
import org.agendaledger.events.meeting.SubItemsReordered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AddSubItem, ReviseSubItem, RemoveSubItem and ReorderSubItems. */
class MeetingSubItemsTest {

    private static final String ELECTION = "Election of officers";
    private static final SubItemContent SUB_1C = sub("item-1-c", ELECTION);

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static AddSubItem addElection(Integer position) {
        return new AddSubItem(MEETING_ID, "item-1", "item-1-c", ELECTION, position);
    }

    // ---------------------------------------------------------------- AddSubItem

    @Test
    void givenDraftAgenda_whenAddingASubItemWithoutPosition_thenItIsAppendedAsVersionTwo() {
        fixture.given(draftHistory())
                .when(addElection(null))
                .expectEvents(new SubItemAdded(MEETING_ID, "item-1", "item-1-c", ELECTION, 2, 2,
                        hashOf(withSubItems(ITEM_1, SUB_1A, SUB_1B, SUB_1C), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenAddingASubItemAtPositionZero_thenItBecomesSubItemA() {
        fixture.given(draftHistory())
                .when(addElection(0))
                .expectEvents(new SubItemAdded(MEETING_ID, "item-1", "item-1-c", ELECTION, 0, 2,
                        hashOf(withSubItems(ITEM_1, SUB_1C, SUB_1A, SUB_1B), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenItemWithoutSubItems_whenAddingASubItem_thenItIsItsFirst() {
        SubItemContent assistance = sub("item-2-a", "Assistance in cases of cybercrime");

        fixture.given(draftHistory())
                .when(new AddSubItem(MEETING_ID, "item-2", "item-2-a", assistance.title(), null))
                .expectEvents(new SubItemAdded(MEETING_ID, "item-2", "item-2-a", assistance.title(), 0, 2,
                        hashOf(ITEM_1, withSubItems(ITEM_2, assistance), ITEM_3, ITEM_4)));
    }

    @ParameterizedTest(name = "position {0}")
    @ValueSource(ints = {-1, 3})
    void givenItemWithTwoSubItems_whenAddingASubItemOutsideTheList_thenItIsRefused(int position) {
        fixture.given(draftHistory())
                .when(addElection(position))
                .expectException(violation("INVALID_POSITION"))
                .expectExceptionMessage(containsString("between 0 and 2"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAddingASubItemToAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AddSubItem(MEETING_ID, "item-9", "item-9-a", ELECTION, null))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAddingASubItemWithTheIdOfAnotherItemsSubItem_thenItIsRefused() {
        // ids are unique in the whole agenda, not just under one item
        fixture.given(draftHistory())
                .when(new AddSubItem(MEETING_ID, "item-2", "item-1-a", ELECTION, null))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAddingASubItemWithTheIdOfAnItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AddSubItem(MEETING_ID, "item-1", "item-3", ELECTION, null))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    @Test
    void givenAnAddedSubItem_whenAddingItAgain_thenItIsRefused() {
        fixture.given(then(draftHistory(), new SubItemAdded(MEETING_ID, "item-1", "item-1-c", ELECTION, 2, 2,
                hashOf(withSubItems(ITEM_1, SUB_1A, SUB_1B, SUB_1C), ITEM_2, ITEM_3, ITEM_4))))
                .when(addElection(null))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- ReviseSubItem

    @Test
    void givenDraftAgenda_whenRevisingASubItem_thenItsAnnotationIsKept() {
        String title = "Adoption of the agenda";
        SubItemContent revised = new SubItemContent("item-1-b", title, SUB_1B.annotation());

        fixture.given(draftHistory())
                .when(new ReviseSubItem(MEETING_ID, "item-1", "item-1-b", title))
                .expectEvents(new SubItemRevised(MEETING_ID, "item-1", "item-1-b", title, 2,
                        hashOf(withSubItems(ITEM_1, SUB_1A, revised), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenRevisingAnUnknownSubItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReviseSubItem(MEETING_ID, "item-1", "item-1-z", "Anything"))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectExceptionMessage(containsString("Agenda item 1 has no sub-item 'item-1-z'"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenRevisingASubItemUnderTheWrongItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReviseSubItem(MEETING_ID, "item-2", "item-1-a", "Anything"))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenRevisingASubItemOfAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReviseSubItem(MEETING_ID, "item-9", "item-1-a", "Anything"))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- RemoveSubItem

    @Test
    void givenDraftAgenda_whenRemovingASubItem_thenVersionTwoHasTheRemainingSubItems() {
        fixture.given(draftHistory())
                .when(new RemoveSubItem(MEETING_ID, "item-1", "item-1-a"))
                .expectEvents(new SubItemRemoved(MEETING_ID, "item-1", "item-1-a", 2,
                        hashOf(withSubItems(ITEM_1, SUB_1B), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenRemovingAnUnknownSubItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new RemoveSubItem(MEETING_ID, "item-1", "item-1-z"))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenSubItemInASlot_whenRemovingIt_thenItIsRefused() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-1", "item-1-a", 0)))
                .when(new RemoveSubItem(MEETING_ID, "item-1", "item-1-a"))
                .expectException(violation("ITEM_HAS_ASSIGNMENTS"))
                .expectNoEvents();
    }

    @Test
    void givenOnlyItsSiblingInASlot_whenRemovingASubItem_thenItIsRemoved() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-1", "item-1-b", 0)))
                .when(new RemoveSubItem(MEETING_ID, "item-1", "item-1-a"))
                .expectEvents(new SubItemRemoved(MEETING_ID, "item-1", "item-1-a", 2,
                        hashOf(withSubItems(ITEM_1, SUB_1B), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenOnlyItsWholeItemInASlot_whenRemovingASubItem_thenItIsRemoved() {
        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-1", null, 0)))
                .when(new RemoveSubItem(MEETING_ID, "item-1", "item-1-a"))
                .expectEvents(new SubItemRemoved(MEETING_ID, "item-1", "item-1-a", 2,
                        hashOf(withSubItems(ITEM_1, SUB_1B), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenRemovedSubItem_whenRevisingIt_thenItIsUnknown() {
        fixture.given(then(draftHistory(), new SubItemRemoved(MEETING_ID, "item-1", "item-1-a", 2,
                hashOf(withSubItems(ITEM_1, SUB_1B), ITEM_2, ITEM_3, ITEM_4))))
                .when(new ReviseSubItem(MEETING_ID, "item-1", "item-1-a", "Opening"))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- ReorderSubItems

    @Test
    void givenDraftAgenda_whenReorderingSubItems_thenVersionTwoHasTheNewOrder() {
        List<String> order = List.of("item-1-b", "item-1-a");

        fixture.given(draftHistory())
                .when(new ReorderSubItems(MEETING_ID, "item-1", order))
                .expectEvents(new SubItemsReordered(MEETING_ID, "item-1", order, 2,
                        hashOf(withSubItems(ITEM_1, SUB_1B, SUB_1A), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenReorderedSubItems_whenAddingASubItemAtPositionOne_thenItGoesBetweenThemInTheNewOrder() {
        fixture.given(then(draftHistory(), new SubItemsReordered(MEETING_ID, "item-1",
                List.of("item-1-b", "item-1-a"), 2,
                hashOf(withSubItems(ITEM_1, SUB_1B, SUB_1A), ITEM_2, ITEM_3, ITEM_4))))
                .when(addElection(1))
                .expectEvents(new SubItemAdded(MEETING_ID, "item-1", "item-1-c", ELECTION, 1, 3,
                        hashOf(withSubItems(ITEM_1, SUB_1B, SUB_1C, SUB_1A), ITEM_2, ITEM_3, ITEM_4)));
    }

    @Test
    void givenDraftAgenda_whenTheNewSubItemOrderLeavesOneOut_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderSubItems(MEETING_ID, "item-1", List.of("item-1-b")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewSubItemOrderNamesOneTwice_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderSubItems(MEETING_ID, "item-1", List.of("item-1-b", "item-1-b")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenTheNewSubItemOrderNamesAnUnknownSubItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderSubItems(MEETING_ID, "item-1", List.of("item-1-b", "item-1-a", "item-1-z")))
                .expectException(violation("INVALID_ORDER"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenReorderingTheSubItemsOfAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new ReorderSubItems(MEETING_ID, "item-9", List.of("item-1-b", "item-1-a")))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }
}
