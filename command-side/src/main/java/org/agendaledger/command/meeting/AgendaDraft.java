package org.agendaledger.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonMerge;
import java.util.Set;
import org.agendaledger.command.meeting.Agenda.Item;
import org.agendaledger.command.meeting.Agenda.SubItem;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ImportAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.command.meeting.MeetingCommands.SetDocumentParts;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaImported;
import org.agendaledger.events.meeting.AgendaItemAnnotated;
import org.agendaledger.events.meeting.AgendaItemRemoved;
import org.agendaledger.events.meeting.AgendaItemRevised;
import org.agendaledger.events.meeting.AgendaItemsReordered;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.DocumentPartsSet;
import org.agendaledger.events.meeting.DocumentationEntryAdded;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubItemAdded;
import org.agendaledger.events.meeting.SubItemRemoved;
import org.agendaledger.events.meeting.SubItemRevised;
import org.agendaledger.events.meeting.SubItemsReordered;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.style.HouseStyles;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;

/**
 * The agenda of a meeting as the secretariat drafts it — items, sub-items, annotations, documentation, the parts of
 * its document — item by item or imported whole, and the places of its items in the organization of work. Part of the {@link Meeting} aggregate, on the meeting's one event
 * stream, because its rules interlock with the meeting's: nothing changes once the meeting is closed, the text is
 * frozen while a version is under silence and once it is issued, and a slot must be one the plan has. Those facts
 * reach the draft through {@link OwningMeeting}.
 *
 * <p>In the meeting's snapshot by its fields; a snapshot is read into the draft the meeting makes, which keeps its
 * owner.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class AgendaDraft {

    /** What the draft needs to know of the meeting it belongs to. */
    interface OwningMeeting {

        String meetingId();

        /** Refuses every change once the meeting is closed. */
        void requireOpenForChange();

        /** Refuses a change of the text once it is issued, and while a version of it is under silence. */
        void requireTextUnfrozen();

        /** Refuses a plenary slot the meeting's plan does not have. */
        void requireSlot(String slotId);
    }

    @JsonIgnore
    private final OwningMeeting meeting;
    private Agenda agenda = Agenda.EMPTY;
    private int version;
    @AggregateMember
    @JsonMerge
    private final SlotAssignments assignments;

    AgendaDraft(OwningMeeting meeting) {
        this.meeting = meeting;
        this.assignments = new SlotAssignments(meeting, () -> agenda);
    }

    boolean proposed() {
        return version > 0;
    }

    /** The version the secretariat works on, as a silence procedure or the meeting's record pins it. */
    SilenceSubject subject() {
        return new SilenceSubject(SubjectKind.AGENDA, version, agenda.contentHash());
    }

    /** Refuses a plan revision that would drop a slot items are assigned to. */
    void requireAssignmentsOnlyIn(Set<String> keptSlotIds) {
        assignments.requireOnlyIn(keptSlotIds);
    }

    // ---------------------------------------------------------------- the text

    @CommandHandler
    void handle(ProposeAgenda command) {
        meeting.requireOpenForChange();
        if (proposed()) {
            throw new RuleViolation("AGENDA_ALREADY_PROPOSED",
                    "This meeting already has a draft agenda; change it item by item.");
        }
        Agenda proposed = Agenda.proposed(command.items());
        apply(new AgendaProposed(meeting.meetingId(), proposed.content(), 1, proposed.contentHash()));
    }

    /**
     * The whole agenda in one step: its first version, or a new version of the draft in place of the text (the
     * rules of editing apply; every item and sub-item placed in a slot must still be there). The house styles come
     * from the application, for the document's rules.
     */
    @CommandHandler
    void handle(ImportAgenda command, HouseStyles styles) {
        if (proposed()) {
            requireEditable();
        } else {
            meeting.requireOpenForChange();
        }
        Agenda imported = DocumentRules.imported(command.document(), styles);
        if (proposed()) {
            assignments.requireAllIn(imported);
        }
        apply(new AgendaImported(meeting.meetingId(), imported.parts(), imported.content(),
                proposed() ? version + 1 : 1, imported.contentHash()));
    }

    @CommandHandler
    void handle(SetDocumentParts command, HouseStyles styles) {
        requireEditable();
        Agenda changed = DocumentRules.withParts(agenda, command.parts(), styles);
        apply(new DocumentPartsSet(meeting.meetingId(), changed.parts(), version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(AddAgendaItem command) {
        requireEditable();
        requireNewId(command.itemId());
        int position = Agenda.checkedPosition(command.position(), agenda.items().size());
        Agenda changed = agenda.withNewItemAt(command.itemId(), command.kind(), command.title(), position);
        apply(new AgendaItemAdded(meeting.meetingId(), command.itemId(), command.kind(), command.title(), position,
                version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(ReviseAgendaItem command) {
        requireEditable();
        Agenda changed = agenda.revised(command.itemId(), command.kind(), command.title());
        apply(new AgendaItemRevised(meeting.meetingId(), command.itemId(), command.kind(), command.title(),
                version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(RemoveAgendaItem command) {
        requireEditable();
        Item item = agenda.item(command.itemId());
        assignments.requireItemUnassigned(item.id());
        if (!item.documentation().isEmpty()) {
            throw new RuleViolation("ITEM_HAS_DOCUMENTATION",
                    "Agenda item %s lists documents; remove its documentation entries first."
                            .formatted(agenda.number(item.id())));
        }
        Agenda changed = agenda.without(command.itemId());
        apply(new AgendaItemRemoved(meeting.meetingId(), command.itemId(), version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(ReorderAgendaItems command) {
        requireEditable();
        Agenda.requirePermutation(agenda.itemIds(), command.itemIds(), "item");
        Agenda changed = agenda.reordered(command.itemIds());
        apply(new AgendaItemsReordered(meeting.meetingId(), command.itemIds(), version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(AddSubItem command) {
        requireEditable();
        Item item = agenda.item(command.itemId());
        requireNewId(command.subItemId());
        int position = Agenda.checkedPosition(command.position(), item.subItems().size());
        Agenda changed = agenda.withNewSubItemAt(command.itemId(), command.subItemId(), command.title(), position);
        apply(new SubItemAdded(meeting.meetingId(), command.itemId(), command.subItemId(), command.title(), position,
                version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(ReviseSubItem command) {
        requireEditable();
        Agenda changed = agenda.revisedSubItem(command.itemId(), command.subItemId(), command.title());
        apply(new SubItemRevised(meeting.meetingId(), command.itemId(), command.subItemId(), command.title(),
                version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(RemoveSubItem command) {
        requireEditable();
        agenda.subItem(command.itemId(), command.subItemId());
        assignments.requireSubItemUnassigned(command.itemId(), command.subItemId());
        Agenda changed = agenda.withoutSubItem(command.itemId(), command.subItemId());
        apply(new SubItemRemoved(meeting.meetingId(), command.itemId(), command.subItemId(), version + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(ReorderSubItems command) {
        requireEditable();
        Item item = agenda.item(command.itemId());
        Agenda.requirePermutation(item.subItems().stream().map(SubItem::id).toList(), command.subItemIds(),
                "sub-item");
        Agenda changed = agenda.reorderedSubItems(command.itemId(), command.subItemIds());
        apply(new SubItemsReordered(meeting.meetingId(), command.itemId(), command.subItemIds(), version + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(AnnotateAgendaItem command) {
        requireEditable();
        Agenda changed = agenda.annotated(command.itemId(), command.subItemId(), command.paragraphs());
        apply(new AgendaItemAnnotated(meeting.meetingId(), command.itemId(), command.subItemId(),
                command.paragraphs(), version + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(AddDocumentationEntry command) {
        requireEditable();
        Item item = agenda.item(command.itemId());
        agenda.requireNotListed(item, command.entry().symbol());
        Agenda changed = agenda.withDocument(command.itemId(), command.entry());
        apply(new DocumentationEntryAdded(meeting.meetingId(), command.itemId(), command.entry(), version + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(RemoveDocumentationEntry command) {
        requireEditable();
        Item item = agenda.item(command.itemId());
        agenda.requireListed(item, command.symbol());
        Agenda changed = agenda.withoutDocument(command.itemId(), command.symbol());
        apply(new DocumentationEntryRemoved(meeting.meetingId(), command.itemId(), command.symbol(), version + 1,
                changed.contentHash()));
    }

    // ---------------------------------------------------------------- rules

    private void requireEditable() {
        meeting.requireOpenForChange();
        if (!proposed()) {
            throw new RuleViolation("NO_AGENDA", "No agenda has been proposed for this meeting yet.");
        }
        meeting.requireTextUnfrozen();
    }

    private void requireNewId(String id) {
        if (agenda.containsId(id)) {
            throw new RuleViolation("DUPLICATE_ID", "The id '%s' is already used in this agenda.".formatted(id));
        }
    }

    // ---------------------------------------------------------------- event sourcing

    /** Every change of the text makes the next version; the events say which, the draft counts them. */
    private void becomes(Agenda changed) {
        agenda = changed;
        version++;
    }

    @EventSourcingHandler
    void on(AgendaProposed event) {
        agenda = Agenda.of(event.items());
        version = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaImported event) {
        Agenda imported = Agenda.of(event.parts(), event.items());
        if (proposed()) {
            becomes(imported);
        } else {
            agenda = imported;
            version = event.agendaVersion();
        }
    }

    @EventSourcingHandler
    void on(DocumentPartsSet event) {
        becomes(agenda.withParts(event.parts()));
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        becomes(agenda.withNewItemAt(event.itemId(), event.kind(), event.title(), event.position()));
    }

    @EventSourcingHandler
    void on(AgendaItemRevised event) {
        becomes(agenda.revised(event.itemId(), event.kind(), event.title()));
    }

    @EventSourcingHandler
    void on(AgendaItemRemoved event) {
        becomes(agenda.without(event.itemId()));
    }

    @EventSourcingHandler
    void on(AgendaItemsReordered event) {
        becomes(agenda.reordered(event.itemIds()));
    }

    @EventSourcingHandler
    void on(SubItemAdded event) {
        becomes(agenda.withNewSubItemAt(event.itemId(), event.subItemId(), event.title(), event.position()));
    }

    @EventSourcingHandler
    void on(SubItemRevised event) {
        becomes(agenda.revisedSubItem(event.itemId(), event.subItemId(), event.title()));
    }

    @EventSourcingHandler
    void on(SubItemRemoved event) {
        becomes(agenda.withoutSubItem(event.itemId(), event.subItemId()));
    }

    @EventSourcingHandler
    void on(SubItemsReordered event) {
        becomes(agenda.reorderedSubItems(event.itemId(), event.subItemIds()));
    }

    @EventSourcingHandler
    void on(AgendaItemAnnotated event) {
        becomes(agenda.annotated(event.itemId(), event.subItemId(), event.paragraphs()));
    }

    @EventSourcingHandler
    void on(DocumentationEntryAdded event) {
        becomes(agenda.withDocument(event.itemId(), event.entry()));
    }

    @EventSourcingHandler
    void on(DocumentationEntryRemoved event) {
        becomes(agenda.withoutDocument(event.itemId(), event.symbol()));
    }

}
