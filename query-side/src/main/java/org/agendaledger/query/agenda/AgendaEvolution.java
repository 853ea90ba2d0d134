package org.agendaledger.query.agenda;

import java.util.ArrayList;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemAnnotated;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaItemRemoved;
import org.agendaledger.events.meeting.AgendaItemRevised;
import org.agendaledger.events.meeting.AgendaItemsReordered;
import org.agendaledger.events.meeting.AgendaImported;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.DocumentPartsSet;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.DocumentationEntryAdded;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.agendaledger.events.meeting.SubItemAdded;
import org.agendaledger.events.meeting.SubItemRemoved;
import org.agendaledger.events.meeting.SubItemRevised;
import org.agendaledger.events.meeting.SubItemsReordered;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.query.lifecycle.MeetingLifecycle;

/**
 * How each event of a meeting's stream changes its agenda read model. Pure: the stored projection and the
 * replay "as of" an instant fold the same events through the same code; the meeting's status and approvals through
 * {@link MeetingLifecycle}, as the meeting list does.
 */
final class AgendaEvolution {

    private AgendaEvolution() {
    }

    /** The state a meeting's stream starts from. */
    static AgendaState started(MeetingScheduled e) {
        AgendaState state = new AgendaState();
        state.meetingId = e.meetingId();
        state.body = e.body();
        state.ordinal = e.ordinal();
        state.venue = e.venue();
        state.startDate = e.startDate();
        state.endDate = e.endDate();
        state.timeZone = e.timeZone();
        state.languages = new ArrayList<>(e.languages());
        state.agendaSymbol = e.agendaSymbol();
        state.replaceSlots(e.slots());
        return state;
    }

    /** Applies one later event of the stream to the state. */
    static void apply(AgendaState s, MeetingEvent event) {
        // MeetingScheduled starts the state (see started); the other events change it
        s.lifecycle(s.lifecycle().after(event));
        if (event instanceof MeetingPlanRevised e) {
            s.venue = e.venue();
            s.startDate = e.startDate();
            s.endDate = e.endDate();
            s.timeZone = e.timeZone();
            s.languages = new ArrayList<>(e.languages());
            s.agendaSymbol = e.agendaSymbol();
            s.replaceSlots(e.slots());
        } else if (event instanceof SubstantiveTopicsProposed e) {
            s.topics = new ArrayList<>(e.topics());
            s.topicsVersion = e.topicsVersion();
        } else if (event instanceof AgendaProposed e) {
            s.items = new ArrayList<>(e.items().stream().map(AgendaEvolution::item).toList());
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof AgendaImported e) {
            s.items = new ArrayList<>(e.items().stream().map(AgendaEvolution::item).toList());
            s.parts = e.parts();
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof DocumentPartsSet e) {
            s.parts = e.parts();
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof AgendaItemAdded e) {
            AgendaState.Item item = new AgendaState.Item();
            item.itemId = e.itemId();
            item.kind = e.kind();
            item.title = e.title();
            s.items.add(e.position(), item);
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof AgendaItemRevised e) {
            AgendaState.Item item = s.item(e.itemId());
            item.kind = e.kind();
            item.title = e.title();
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof AgendaItemRemoved e) {
            s.items.remove(s.item(e.itemId()));
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof AgendaItemsReordered e) {
            s.items = new ArrayList<>(e.itemIds().stream().map(s::item).toList());
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof SubItemAdded e) {
            AgendaState.SubItem sub = new AgendaState.SubItem();
            sub.subItemId = e.subItemId();
            sub.title = e.title();
            s.item(e.itemId()).subItems.add(e.position(), sub);
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof SubItemRevised e) {
            s.item(e.itemId()).subItem(e.subItemId()).ifPresent(sub -> sub.title = e.title());
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof SubItemRemoved e) {
            s.item(e.itemId()).subItems.removeIf(sub -> sub.subItemId.equals(e.subItemId()));
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof SubItemsReordered e) {
            AgendaState.Item item = s.item(e.itemId());
            item.subItems = new ArrayList<>(e.subItemIds().stream()
                    .map(id -> item.subItem(id).orElseThrow()).toList());
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof AgendaItemAnnotated e) {
            AgendaState.Item item = s.item(e.itemId());
            if (e.subItemId() == null) {
                item.annotation = new ArrayList<>(e.paragraphs());
            } else {
                item.subItem(e.subItemId()).ifPresent(sub -> sub.annotation = new ArrayList<>(e.paragraphs()));
            }
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof DocumentationEntryAdded e) {
            s.item(e.itemId()).documentation.add(e.entry());
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof DocumentationEntryRemoved e) {
            s.item(e.itemId()).documentation.removeIf(d -> d.symbol().equals(e.symbol()));
            s.version(e.agendaVersion(), e.contentHash());
        } else if (event instanceof SubjectCirculatedUnderSilence e) {
            if (e.subject().kind() == SubjectKind.AGENDA) {
                s.agendaUnderSilence = e.procedureId();
            }
        } else if (event instanceof SubjectReleasedFromSilence e) {
            if (e.subject().kind() == SubjectKind.AGENDA) {
                s.agendaUnderSilence = null;
            }
        } else if (event instanceof AgendaVersionApproved e) {
            s.approvedVersion = e.agendaVersion();
            s.approvedByProcedure = e.procedureId();
            s.agendaUnderSilence = null;
        } else if (event instanceof ProvisionalAgendaIssued e) {
            AgendaState.Issue issue = new AgendaState.Issue();
            issue.symbol = e.symbol();
            issue.dateOfIssue = e.dateOfIssue();
            issue.distribution = e.distribution();
            issue.originalLanguage = e.originalLanguage();
            issue.version = e.agendaVersion();
            issue.contentHash = e.contentHash();
            s.issued = issue;
        } else if (event instanceof SlotAssigned e) {
            AgendaState.Assignment assignment = new AgendaState.Assignment();
            assignment.itemId = e.itemId();
            assignment.subItemId = e.subItemId();
            s.slot(e.slotId()).assignments.add(e.position(), assignment);
        } else if (event instanceof SlotUnassigned e) {
            s.slot(e.slotId()).assignments.removeIf(a -> a.is(e.itemId(), e.subItemId()));
        } else if (event instanceof MeetingOpened e) {
            s.openedAt = e.openedAt();
        } else if (event instanceof AgendaAdopted e) {
            AgendaState.Adoption adoption = new AgendaState.Adoption();
            adoption.version = e.agendaVersion();
            adoption.contentHash = e.contentHash();
            adoption.asIssued = e.asIssued();
            adoption.amendments = new ArrayList<>(e.amendments());
            adoption.adoptedAt = e.adoptedAt();
            s.adopted = adoption;
        } else if (event instanceof ReportAdopted e) {
            s.reportSymbol = e.reportSymbol();
            s.reportAdoptedAt = e.adoptedAt();
        } else if (event instanceof MeetingClosed e) {
            s.closedAt = e.closedAt();
        }
    }

    static AgendaState.Item item(AgendaItemContent content) {
        AgendaState.Item item = new AgendaState.Item();
        item.itemId = content.itemId();
        item.kind = content.kind();
        item.title = content.title();
        item.annotation = new ArrayList<>(content.annotation());
        item.documentation = new ArrayList<>(content.documentation());
        item.sections = new ArrayList<>(content.sections());
        item.subItems = new ArrayList<>(content.subItems().stream().map(c -> {
            AgendaState.SubItem sub = new AgendaState.SubItem();
            sub.subItemId = c.subItemId();
            sub.title = c.title();
            sub.annotation = new ArrayList<>(c.annotation());
            sub.documentation = new ArrayList<>(c.documentation());
            sub.sections = new ArrayList<>(c.sections());
            sub.subItems = new ArrayList<>(c.subItems());
            return sub;
        }).toList());
        return item;
    }
}
