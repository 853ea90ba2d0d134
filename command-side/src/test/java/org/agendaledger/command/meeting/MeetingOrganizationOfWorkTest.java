package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.meeting.MeetingCommands.UnassignSlot;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AssignSlot and UnassignSlot: placing agenda items into the plenary slots of the meeting. */
class MeetingOrganizationOfWorkTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static SlotAssigned assigned(String slotId, String itemId, String subItemId, int position) {
        return new SlotAssigned(MEETING_ID, slotId, itemId, subItemId, position);
    }

    // ---------------------------------------------------------------- AssignSlot

    @Test
    void givenEmptySlot_whenAssigningAnItem_thenItIsPlacedFirst() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, null))
                .expectEvents(assigned("slot-1", "item-2", null, 0));
    }

    @Test
    void givenEmptySlot_whenAssigningASubItem_thenTheSubItemIsPlaced() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-1", "item-1-a", null))
                .expectEvents(assigned("slot-1", "item-1", "item-1-a", 0));
    }

    @Test
    void givenSlotWithOneItem_whenAssigningAnotherWithoutPosition_thenItIsAppended() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, null))
                .expectEvents(assigned("slot-1", "item-2", null, 1));
    }

    @Test
    void givenSlotWithOneItem_whenAssigningAnotherAtPositionZero_thenItGoesFirst() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, 0))
                .expectEvents(assigned("slot-1", "item-2", null, 0));
    }

    @Test
    void givenSlotWithTwoItems_whenAssigningAThirdWithoutPosition_thenItIsThird() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", null, 0),
                assigned("slot-1", "item-2", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-3", null, null))
                .expectEvents(assigned("slot-1", "item-3", null, 2));
    }

    @ParameterizedTest(name = "position {0}")
    @ValueSource(ints = {-1, 2})
    void givenSlotWithOneItem_whenAssigningOutsideTheSlotsList_thenItIsRefused(int position) {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, position))
                .expectException(violation("INVALID_POSITION"))
                .expectNoEvents();
    }

    @Test
    void givenEmptySlot_whenAssigningAtPositionOne_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-2", "item-2", null, 1))
                .expectException(violation("INVALID_POSITION"))
                .expectNoEvents();
    }

    @Test
    void givenItemInOneSlot_whenAssigningItToAnotherSlot_thenItIsAccepted() {
        // an item may be taken up over several plenary meetings
        fixture.given(then(draftHistory(), assigned("slot-1", "item-2", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-2", "item-2", null, null))
                .expectEvents(assigned("slot-2", "item-2", null, 0));
    }

    @Test
    void givenItemInASlot_whenAssigningOneOfItsSubItemsToTheSameSlot_thenItIsAccepted() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-1", "item-1-b", null))
                .expectEvents(assigned("slot-1", "item-1", "item-1-b", 1));
    }

    @Test
    void givenItemInASlot_whenAssigningItToTheSameSlotAgain_thenItIsRefusedNamingItsNumber() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-2", null, 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, null))
                .expectException(violation("ALREADY_IN_SLOT"))
                .expectExceptionMessage(equalTo("Agenda item 2 is already in this slot."))
                .expectNoEvents();
    }

    @Test
    void givenSubItemInASlot_whenAssigningItToTheSameSlotAgain_thenItIsRefusedNamingItsLetter() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", "item-1-b", 0)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-1", "item-1-b", 0))
                .expectException(violation("ALREADY_IN_SLOT"))
                .expectExceptionMessage(equalTo("Agenda item 1 (b) is already in this slot."))
                .expectNoEvents();
    }

    @Test
    void givenItemTakenOutOfASlot_whenAssigningItAgain_thenItIsAccepted() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-2", null, 0),
                new SlotUnassigned(MEETING_ID, "slot-1", "item-2", null)))
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, null))
                .expectEvents(assigned("slot-1", "item-2", null, 0));
    }

    @Test
    void givenDraftAgenda_whenAssigningToAnUnknownSlot_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-9", "item-2", null, null))
                .expectException(unknownReference("UNKNOWN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenSlotDroppedByAPlanRevision_whenAssigningToIt_thenItIsRefused() {
        List<PlenarySlot> twoSlots = List.of(SLOT_1, SLOT_2);
        MeetingPlanRevised withoutSlot3 = new MeetingPlanRevised(MEETING_ID, VENUE, START, END, TIME_ZONE, twoSlots,
                LANGUAGES, AGENDA_SYMBOL, 2,
                new MeetingPlan(BODY, ORDINAL, VENUE, START, END, TIME_ZONE, twoSlots, LANGUAGES, AGENDA_SYMBOL)
                        .contentHash());

        fixture.given(then(draftHistory(), withoutSlot3))
                .when(new AssignSlot(MEETING_ID, "slot-3", "item-2", null, null))
                .expectException(unknownReference("UNKNOWN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAssigningAnUnknownItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-9", null, null))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenNoAgenda_whenAssigningAnItem_thenItIsUnknown() {
        fixture.given(scheduledHistory())
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", null, null))
                .expectException(unknownReference("UNKNOWN_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAssigningAnUnknownSubItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-1", "item-1-z", null))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAssigningASubItemUnderTheWrongItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AssignSlot(MEETING_ID, "slot-1", "item-2", "item-1-a", null))
                .expectException(unknownReference("UNKNOWN_SUB_ITEM"))
                .expectNoEvents();
    }

    @Test
    void givenIssuedAgenda_whenAssigningAnItem_thenTheOrganizationOfWorkCanStillBeArranged() {
        fixture.given(issuedHistory())
                .when(new AssignSlot(MEETING_ID, "slot-3", "item-4", null, null))
                .expectEvents(assigned("slot-3", "item-4", null, 0));
    }

    // ---------------------------------------------------------------- UnassignSlot

    @Test
    void givenItemInASlot_whenUnassigningIt_thenItIsTakenOut() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-2", null, 0)))
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-2", null))
                .expectEvents(new SlotUnassigned(MEETING_ID, "slot-1", "item-2", null));
    }

    @Test
    void givenSubItemInASlot_whenUnassigningIt_thenItIsTakenOut() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", "item-1-a", 0)))
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-1", "item-1-a"))
                .expectEvents(new SlotUnassigned(MEETING_ID, "slot-1", "item-1", "item-1-a"));
    }

    @Test
    void givenEmptySlot_whenUnassigningAnItem_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-2", null))
                .expectException(unknownReference("NOT_IN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenItemInAnotherSlot_whenUnassigningItFromThisSlot_thenItIsRefused() {
        fixture.given(then(draftHistory(), assigned("slot-2", "item-2", null, 0)))
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-2", null))
                .expectException(unknownReference("NOT_IN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenOnlyTheWholeItemInASlot_whenUnassigningOneOfItsSubItems_thenItIsRefused() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", null, 0)))
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-1", "item-1-a"))
                .expectException(unknownReference("NOT_IN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenOnlyASubItemInASlot_whenUnassigningTheWholeItem_thenItIsRefused() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-1", "item-1-a", 0)))
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-1", null))
                .expectException(unknownReference("NOT_IN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenItemAlreadyTakenOut_whenUnassigningItAgain_thenItIsRefused() {
        fixture.given(then(draftHistory(), assigned("slot-1", "item-2", null, 0),
                new SlotUnassigned(MEETING_ID, "slot-1", "item-2", null)))
                .when(new UnassignSlot(MEETING_ID, "slot-1", "item-2", null))
                .expectException(unknownReference("NOT_IN_SLOT"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenUnassigningFromAnUnknownSlot_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new UnassignSlot(MEETING_ID, "slot-9", "item-2", null))
                .expectException(unknownReference("UNKNOWN_SLOT"))
                .expectNoEvents();
    }
}
