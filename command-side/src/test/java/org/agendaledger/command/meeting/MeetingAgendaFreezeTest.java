package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.stream.Stream;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.command.meeting.MeetingCommands.SetDocumentParts;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemAnnotated;
import org.agendaledger.events.meeting.AgendaItemRemoved;
import org.agendaledger.events.meeting.AgendaItemRevised;
import org.agendaledger.events.meeting.AgendaItemsReordered;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.DocumentPartsSet;
import org.agendaledger.events.meeting.DocumentationEntryAdded;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemAdded;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.meeting.SubItemRemoved;
import org.agendaledger.events.meeting.SubItemRevised;
import org.agendaledger.events.meeting.SubItemsReordered;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.style.HouseStyles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the draft agenda may change at all: every command that edits its content is refused while the agenda is
 * under silence procedure, after the provisional agenda is issued and before any agenda is proposed, and accepted
 * again once the procedure has ended.
 */
class MeetingAgendaFreezeTest {

    /** A command that edits the draft agenda, and the event it records on the draft (version 1 → 2). */
    record Edit(Object command, Object expectedEvent) {
    }

    static Stream<Named<Edit>> edits() {
        String paragraph = "The Working Group may wish to consider any other matters.";
        return Stream.of(
                Named.of("AddAgendaItem", new Edit(
                        new AddAgendaItem(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", null),
                        new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", 4, 2,
                                hashOf(ITEM_1, ITEM_2, ITEM_3, ITEM_4,
                                        item("item-5", ItemKind.SUBSTANTIVE, "Technical assistance"))))),
                Named.of("ReviseAgendaItem", new Edit(
                        new ReviseAgendaItem(MEETING_ID, "item-3", ItemKind.OTHER_MATTERS, "Any other business"),
                        new AgendaItemRevised(MEETING_ID, "item-3", ItemKind.OTHER_MATTERS, "Any other business", 2,
                                hashOf(ITEM_1, ITEM_2, revised(ITEM_3, ItemKind.OTHER_MATTERS, "Any other business"),
                                        ITEM_4)))),
                Named.of("RemoveAgendaItem", new Edit(
                        new RemoveAgendaItem(MEETING_ID, "item-3"),
                        new AgendaItemRemoved(MEETING_ID, "item-3", 2, hashOf(ITEM_1, ITEM_2, ITEM_4)))),
                Named.of("ReorderAgendaItems", new Edit(
                        new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-3", "item-4")),
                        new AgendaItemsReordered(MEETING_ID, List.of("item-2", "item-1", "item-3", "item-4"), 2,
                                hashOf(ITEM_2, ITEM_1, ITEM_3, ITEM_4)))),
                Named.of("AddSubItem", new Edit(
                        new AddSubItem(MEETING_ID, "item-1", "item-1-c", "Election of officers", null),
                        new SubItemAdded(MEETING_ID, "item-1", "item-1-c", "Election of officers", 2, 2,
                                hashOf(withSubItems(ITEM_1, SUB_1A, SUB_1B, sub("item-1-c", "Election of officers")),
                                        ITEM_2, ITEM_3, ITEM_4)))),
                Named.of("ReviseSubItem", new Edit(
                        new ReviseSubItem(MEETING_ID, "item-1", "item-1-a", "Opening of the session"),
                        new SubItemRevised(MEETING_ID, "item-1", "item-1-a", "Opening of the session", 2,
                                hashOf(withSubItems(ITEM_1, sub("item-1-a", "Opening of the session"), SUB_1B),
                                        ITEM_2, ITEM_3, ITEM_4)))),
                Named.of("RemoveSubItem", new Edit(
                        new RemoveSubItem(MEETING_ID, "item-1", "item-1-a"),
                        new SubItemRemoved(MEETING_ID, "item-1", "item-1-a", 2,
                                hashOf(withSubItems(ITEM_1, SUB_1B), ITEM_2, ITEM_3, ITEM_4)))),
                Named.of("ReorderSubItems", new Edit(
                        new ReorderSubItems(MEETING_ID, "item-1", List.of("item-1-b", "item-1-a")),
                        new SubItemsReordered(MEETING_ID, "item-1", List.of("item-1-b", "item-1-a"), 2,
                                hashOf(withSubItems(ITEM_1, SUB_1B, SUB_1A), ITEM_2, ITEM_3, ITEM_4)))),
                Named.of("AnnotateAgendaItem", new Edit(
                        new AnnotateAgendaItem(MEETING_ID, "item-3", null, List.of(paragraph)),
                        new AgendaItemAnnotated(MEETING_ID, "item-3", null, List.of(paragraph), 2,
                                hashOf(ITEM_1, ITEM_2, withAnnotation(ITEM_3, List.of(paragraph)), ITEM_4)))),
                Named.of("AnnotateAgendaItem (sub-item)", new Edit(
                        new AnnotateAgendaItem(MEETING_ID, "item-1", "item-1-a", List.of(paragraph)),
                        new AgendaItemAnnotated(MEETING_ID, "item-1", "item-1-a", List.of(paragraph), 2,
                                hashOf(withSubItems(ITEM_1,
                                        new SubItemContent("item-1-a", SUB_1A.title(), List.of(paragraph)),
                                        SUB_1B),
                                        ITEM_2, ITEM_3, ITEM_4)))),
                Named.of("AddDocumentationEntry", new Edit(
                        new AddDocumentationEntry(MEETING_ID, "item-3", NOTE_BY_SECRETARIAT),
                        new DocumentationEntryAdded(MEETING_ID, "item-3", NOTE_BY_SECRETARIAT, 2,
                                hashOf(ITEM_1, ITEM_2, withDocumentation(ITEM_3, NOTE_BY_SECRETARIAT), ITEM_4)))),
                Named.of("RemoveDocumentationEntry", new Edit(
                        new RemoveDocumentationEntry(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol()),
                        new DocumentationEntryRemoved(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol(), 2,
                                hashOf(ITEM_1, withDocumentation(ITEM_2), ITEM_3, ITEM_4)))),
                Named.of("SetDocumentParts", new Edit(
                        new SetDocumentParts(MEETING_ID, SIMPLE_PARTS),
                        new DocumentPartsSet(MEETING_ID, SIMPLE_PARTS, 2,
                                Agenda.of(SIMPLE_PARTS, DRAFT).contentHash()))));
    }

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(HouseStyles.builtIn());
    }

    @ParameterizedTest(name = "{0} changes the draft into version 2")
    @MethodSource("edits")
    void givenDraftAgenda_whenEditingIt_thenTheEditIsRecordedAsVersionTwo(Edit edit) {
        fixture.given(draftHistory())
                .when(edit.command())
                .expectEvents(edit.expectedEvent());
    }

    @ParameterizedTest(name = "{0} is refused while the agenda is under silence")
    @MethodSource("edits")
    void givenAgendaUnderSilence_whenEditingIt_thenItIsRefused(Edit edit) {
        // given: version 1 circulated under silence procedure
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                // when
                .when(edit.command())
                // then
                .expectException(violation("AGENDA_UNDER_SILENCE"))
                .expectExceptionMessage(containsString(AGENDA_PROCEDURE))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} is refused once the provisional agenda is issued")
    @MethodSource("edits")
    void givenIssuedAgenda_whenEditingIt_thenItIsRefused(Edit edit) {
        fixture.given(issuedHistory())
                .when(edit.command())
                .expectException(violation("AGENDA_ISSUED"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} is refused before an agenda is proposed")
    @MethodSource("edits")
    void givenNoAgendaProposed_whenEditingIt_thenItIsRefused(Edit edit) {
        fixture.given(scheduledHistory())
                .when(edit.command())
                .expectException(violation("NO_AGENDA"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} is accepted once the silence is broken")
    @MethodSource("edits")
    void givenAgendaReleasedFromSilence_whenEditingIt_thenTheEditIsAccepted(Edit edit) {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "SILENCE_BROKEN")))
                .when(edit.command())
                .expectEvents(edit.expectedEvent());
    }

    @ParameterizedTest(name = "{0} is accepted once the version is approved")
    @MethodSource("edits")
    void givenAgendaVersionApproved_whenEditingIt_thenTheEditIsAccepted(Edit edit) {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new AgendaVersionApproved(MEETING_ID, AGENDA_PROCEDURE, 1, hashOf(DRAFT), APPROVED_AT)))
                .when(edit.command())
                .expectEvents(edit.expectedEvent());
    }

    @ParameterizedTest(name = "{0} is accepted while only the plan and the topics are under silence")
    @MethodSource("edits")
    void givenOtherSubjectsUnderSilence_whenEditingTheAgenda_thenTheEditIsAccepted(Edit edit) {
        // the freeze is per subject: circulating the plan or the topics does not freeze the agenda
        fixture.given(then(draftHistory(), circulated(PLAN_PROCEDURE, planSubject()), topicsProposed(),
                circulated(TOPICS_PROCEDURE, topicsSubject())))
                .when(edit.command())
                .expectEvents(edit.expectedEvent());
    }
}
