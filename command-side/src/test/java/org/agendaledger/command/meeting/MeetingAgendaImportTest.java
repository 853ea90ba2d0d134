package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.agendaledger.command.shared.RuleViolationWithCode.invalidFieldsNamed;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ImportAgenda;
import org.agendaledger.command.meeting.MeetingCommands.SetDocumentParts;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaImported;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentPartsSet;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.style.HouseStyles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole agenda in one step: imported as the first version of the draft, or as a new version in place of the
 * draft's text, under the rules of editing; and the document's parts set on their own. What the document itself
 * must be is {@link MeetingAgendaDocumentRulesTest}'s.
 */
class MeetingAgendaImportTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(HouseStyles.builtIn());
    }

    // ---------------------------------------------------------------- the first version

    @Test
    void givenAMeetingWithoutAgenda_whenImportingADocument_thenItIsTheFirstVersionWithItsParts() {
        fixture.given(scheduledHistory())
                .when(new ImportAgenda(MEETING_ID, DOCUMENT))
                .expectEvents(new AgendaImported(MEETING_ID, PARTS, IMPORTED, 1, hashOf(DOCUMENT)));
    }

    @Test
    void givenAMeetingWithoutAgenda_whenImportingADocumentWithoutParts_thenThePartsAreNotSet() {
        fixture.given(scheduledHistory())
                .when(new ImportAgenda(MEETING_ID, new AgendaDocument(null, DRAFT)))
                .expectEvents(new AgendaImported(MEETING_ID, DocumentParts.NONE, DRAFT, 1, hashOf(DRAFT)));
    }

    @Test
    void givenAnImportedFirstVersion_whenAddingAnItem_thenItIsVersionTwoOfTheWholeImportedText() {
        // the draft rebuilt from the import keeps its sections, deeper sub-items and parts in the next hash
        AgendaItemContent added = item("item-5", ItemKind.SUBSTANTIVE, "Technical assistance");
        List<AgendaItemContent> after = new ArrayList<>(IMPORTED);
        after.add(added);

        fixture.given(then(scheduledHistory(), agendaImported(1)))
                .when(new AddAgendaItem(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", null))
                .expectEvents(new AgendaItemAdded(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance",
                        4, 2, Agenda.of(PARTS, after).contentHash()));
    }

    // ---------------------------------------------------------------- a new version of the draft

    @Test
    void givenADraft_whenImportingADocument_thenItReplacesTheTextAsTheNextVersion() {
        fixture.given(draftHistory())
                .when(new ImportAgenda(MEETING_ID, DOCUMENT))
                .expectEvents(agendaImported(2));
    }

    @Test
    void givenAReplacedDraft_whenImportingAgain_thenTheVersionsGoOnCounting() {
        fixture.given(then(draftHistory(), agendaImported(2)))
                .when(new ImportAgenda(MEETING_ID, new AgendaDocument(null, DRAFT)))
                .expectEvents(new AgendaImported(MEETING_ID, DocumentParts.NONE, DRAFT, 3, hashOf(DRAFT)));
    }

    @Test
    void givenADraftUnderSilence_whenImporting_thenItIsRefused() {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                .when(new ImportAgenda(MEETING_ID, DOCUMENT))
                .expectException(violation("AGENDA_UNDER_SILENCE"))
                .expectNoEvents();
    }

    @Test
    void givenADraftApprovedBySilence_whenImporting_thenTheNewVersionIsAccepted() {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new AgendaVersionApproved(MEETING_ID, AGENDA_PROCEDURE, 1, hashOf(DRAFT), APPROVED_AT)))
                .when(new ImportAgenda(MEETING_ID, DOCUMENT))
                .expectEvents(agendaImported(2));
    }

    @Test
    void givenAnIssuedAgenda_whenImporting_thenItIsRefused() {
        fixture.given(issuedHistory())
                .when(new ImportAgenda(MEETING_ID, DOCUMENT))
                .expectException(violation("AGENDA_ISSUED"))
                .expectNoEvents();
    }

    @Test
    void givenAClosedMeeting_whenImporting_thenItIsRefused() {
        fixture.given(closedHistory())
                .when(new ImportAgenda(MEETING_ID, DOCUMENT))
                .expectException(violation("MEETING_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void givenItemsPlacedInSlots_whenTheNewTextLacksThem_thenItIsRefusedNamingThem() {
        // item 3 and sub-item 1 (b) are placed in the organization of work; the new text has neither
        AgendaItemContent withoutB = withSubItems(ITEM_1, SUB_1A);

        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-3", null, 0),
                new SlotAssigned(MEETING_ID, "slot-2", "item-1", "item-1-b", 0)))
                .when(new ImportAgenda(MEETING_ID, new AgendaDocument(null, List.of(withoutB, ITEM_2, ITEM_4))))
                .expectException(violation("ASSIGNED_ITEM_MISSING"))
                .expectExceptionMessage(allOf(containsString("Agenda item 1 (b)"), containsString("Agenda item 3")))
                .expectNoEvents();
    }

    @Test
    void givenASubItemPlacedInASlot_whenTheNewTextMovesItUnderAnotherItem_thenItIsRefused() {
        AgendaItemContent movedHere = withSubItems(ITEM_2, SUB_1B);

        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-2", "item-1", "item-1-b", 0)))
                .when(new ImportAgenda(MEETING_ID, new AgendaDocument(null,
                        List.of(withSubItems(ITEM_1, SUB_1A), movedHere, ITEM_3, ITEM_4))))
                .expectException(violation("ASSIGNED_ITEM_MISSING"))
                .expectExceptionMessage(containsString("Agenda item 1 (b)"))
                .expectNoEvents();
    }

    @Test
    void givenItemsPlacedInSlots_whenTheNewTextKeepsThemElsewhereInTheOrder_thenItIsAccepted() {
        List<AgendaItemContent> reordered = List.of(ITEM_3, revised(ITEM_1, ItemKind.ORGANIZATIONAL, "Opening"),
                ITEM_4);
        AgendaDocument document = new AgendaDocument(null, reordered);

        fixture.given(then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-3", null, 0),
                new SlotAssigned(MEETING_ID, "slot-2", "item-1", "item-1-b", 0)))
                .when(new ImportAgenda(MEETING_ID, document))
                .expectEvents(new AgendaImported(MEETING_ID, DocumentParts.NONE, reordered, 2, hashOf(document)));
    }

    @Test
    void givenADraft_whenImportingABadDocument_thenNothingIsRecorded() {
        fixture.given(draftHistory())
                .when(new ImportAgenda(MEETING_ID, new AgendaDocument(null, List.of())))
                .expectException(invalidFieldsNamed(DocumentRules.INVALID, "items"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- the document's parts

    @Test
    void givenADraft_whenSettingItsParts_thenTheyAreTheNextVersion() {
        fixture.given(draftHistory())
                .when(new SetDocumentParts(MEETING_ID, SIMPLE_PARTS))
                .expectEvents(new DocumentPartsSet(MEETING_ID, SIMPLE_PARTS, 2,
                        Agenda.of(SIMPLE_PARTS, DRAFT).contentHash()));
    }

    @Test
    void givenAnImportedDraft_whenSettingOtherParts_thenTheTextStaysAndThePartsChange() {
        DocumentParts parts = new DocumentParts("unfccc", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null,
                List.of(new Footnote("survey", "Survey of 2020.")));

        fixture.given(then(draftHistory(), agendaImported(2)))
                .when(new SetDocumentParts(MEETING_ID, parts))
                .expectEvents(new DocumentPartsSet(MEETING_ID, parts, 3, Agenda.of(parts, IMPORTED).contentHash()));
    }

    @Test
    void givenAnImportedDraftReferringToAFootnote_whenThePartsDropIt_thenTheyAreRefused() {
        // sub-item 2 (a) (i) refers to [^survey]: parts without that footnote would leave the reference dangling
        fixture.given(then(draftHistory(), agendaImported(2)))
                .when(new SetDocumentParts(MEETING_ID, SIMPLE_PARTS))
                .expectException(invalidFieldsNamed(DocumentRules.INVALID, "footnotes"))
                .expectExceptionMessage(containsString("items[1].subItems[0].subItems[0].annotation[0]"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenSettingPartsOfAnUnknownStyle_thenTheFieldIsNamedAsInTheParts() {
        DocumentParts unknown = new DocumentParts("nonesuch", List.of("United Nations", "Two\nlines"), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        fixture.given(draftHistory())
                .when(new SetDocumentParts(MEETING_ID, unknown))
                .expectException(invalidFieldsNamed(DocumentRules.INVALID, "style", "masthead[1]"))
                .expectNoEvents();
    }

    @Test
    void givenADraftUnderSilence_whenSettingItsParts_thenTheyAreRefused() {
        fixture.given(then(draftHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                .when(new SetDocumentParts(MEETING_ID, SIMPLE_PARTS))
                .expectException(violation("AGENDA_UNDER_SILENCE"))
                .expectNoEvents();
    }

    @Test
    void givenNoAgenda_whenSettingParts_thenTheyAreRefused() {
        fixture.given(scheduledHistory())
                .when(new SetDocumentParts(MEETING_ID, SIMPLE_PARTS))
                .expectException(violation("NO_AGENDA"))
                .expectNoEvents();
    }

    @Test
    void givenAnIssuedAgenda_whenSettingParts_thenTheyAreRefused() {
        fixture.given(issuedHistory())
                .when(new SetDocumentParts(MEETING_ID, SIMPLE_PARTS))
                .expectException(violation("AGENDA_ISSUED"))
                .expectNoEvents();
    }

    @Test
    void givenADeeperSubItem_whenAddingAnItemWithItsId_thenTheIdIsRefusedAsUsed() {
        SubItemContent deep = new SubItemContent("item-2-a", "Deeper", List.of(), List.of(), List.of(),
                List.of(new SubItemContent("deep-1", "Deepest", List.of())));
        AgendaDocument document = new AgendaDocument(null, List.of(ITEM_1, withSubItems(ITEM_2, deep)));

        fixture.given(then(scheduledHistory(), new AgendaImported(MEETING_ID, DocumentParts.NONE, document.items(),
                1, hashOf(document))))
                .when(new AddAgendaItem(MEETING_ID, "deep-1", ItemKind.SUBSTANTIVE, "Clash", null))
                .expectException(violation("DUPLICATE_ID"))
                .expectNoEvents();
    }
}
