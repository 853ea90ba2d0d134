package org.agendaledger.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.agendaledger.command.meeting.Agenda.Item;
import org.agendaledger.command.meeting.Agenda.SubItem;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ApproveAgendaVersion;
import org.agendaledger.command.meeting.MeetingCommands.ApproveSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.meeting.MeetingCommands.ConfirmMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.ReleaseFromSilence;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.meeting.MeetingCommands.UnassignSlot;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.shared.ContentHash;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemAnnotated;
import org.agendaledger.events.meeting.AgendaItemRemoved;
import org.agendaledger.events.meeting.AgendaItemRevised;
import org.agendaledger.events.meeting.AgendaItemsReordered;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.DocumentationEntryAdded;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.agendaledger.events.meeting.SubItemAdded;
import org.agendaledger.events.meeting.SubItemRemoved;
import org.agendaledger.events.meeting.SubItemRevised;
import org.agendaledger.events.meeting.SubItemsReordered;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.events.meeting.Topic;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One meeting of an intergovernmental body: its plan, substantive topics, agenda versions, organization of
 * work and lifecycle from planning to the adoption of its report.
 */
@Aggregate(filterEventsByType = true)
public class Meeting {

    private record Assignment(String itemId, String subItemId) {
    }

    @AggregateIdentifier
    private String meetingId;
    private String bureauId;
    private MeetingPlan plan;
    private int planVersion;
    private boolean planConfirmed;
    private String confirmedBy;

    private List<Topic> topics = List.of();
    private int topicsVersion;
    private boolean topicsApproved;
    private String topicsApprovedBy;

    private Agenda agenda = Agenda.EMPTY;
    private int agendaVersion;
    private boolean agendaProposed;
    private String agendaApprovedBy;
    private final Map<String, List<Assignment>> assignments = new HashMap<>();

    private final Map<SubjectKind, String> underSilence = new EnumMap<>(SubjectKind.class);

    private boolean issued;
    private boolean opened;
    private boolean agendaAdopted;
    private boolean closed;

    protected Meeting() {
        // required by Axon to rebuild the aggregate from its events
    }

    // ---------------------------------------------------------------- plan

    @CommandHandler
    public Meeting(ScheduleMeeting command) {
        MeetingPlan newPlan = new MeetingPlan(command.body(), command.ordinal(), command.venue(), command.startDate(),
                command.endDate(), command.timeZone(), command.slots(), command.languages(), command.agendaSymbol())
                .validated();
        apply(new MeetingScheduled(command.meetingId(), command.bureauId(), newPlan.body(), newPlan.ordinal(),
                newPlan.venue(), newPlan.startDate(), newPlan.endDate(), newPlan.timeZone(), newPlan.slots(),
                newPlan.languages(), newPlan.agendaSymbol(), 1, newPlan.contentHash()));
    }

    @CommandHandler
    void handle(ReviseMeetingPlan command) {
        requireOpenForChange();
        requireNotUnderSilence(SubjectKind.MEETING_PLAN, "PLAN_UNDER_SILENCE",
                "The meeting plan is under silence procedure %s; withdraw it before revising the plan.");
        if (issued) {
            throw new RuleViolation("AGENDA_ISSUED",
                    "The provisional agenda has been issued; the meeting plan can no longer be revised.");
        }
        MeetingPlan revised = new MeetingPlan(plan.body(), plan.ordinal(), command.venue(), command.startDate(),
                command.endDate(), command.timeZone(), command.slots(), command.languages(), command.agendaSymbol())
                .validated();
        Set<String> kept = new HashSet<>();
        revised.slots().forEach(s -> kept.add(s.slotId()));
        assignments.forEach((slotId, list) -> {
            if (!list.isEmpty() && !kept.contains(slotId)) {
                throw new RuleViolation("SLOT_HAS_ASSIGNMENTS",
                        "Slot '%s' has agenda items assigned; unassign them before removing the slot."
                                .formatted(slotId));
            }
        });
        apply(new MeetingPlanRevised(meetingId, revised.venue(), revised.startDate(), revised.endDate(),
                revised.timeZone(), revised.slots(), revised.languages(), revised.agendaSymbol(), planVersion + 1,
                revised.contentHash()));
    }

    @CommandHandler
    void handle(ConfirmMeetingPlan command) {
        requireOpenForChange();
        if (planConfirmed && command.procedureId().equals(confirmedBy)) {
            return; // the outcome was already recorded
        }
        requireCirculatedBy(SubjectKind.MEETING_PLAN, command.procedureId(), command.subject(), planVersion,
                plan.contentHash());
        apply(new MeetingPlanConfirmed(meetingId, command.procedureId(), planVersion, plan.contentHash(),
                command.confirmedAt()));
    }

    // ---------------------------------------------------------------- topics

    @CommandHandler
    void handle(ProposeSubstantiveTopics command) {
        requireOpenForChange();
        requireNotUnderSilence(SubjectKind.SUBSTANTIVE_TOPICS, "TOPICS_UNDER_SILENCE",
                "The substantive topics are under silence procedure %s; withdraw it before proposing new topics.");
        if (topicsApproved) {
            throw new RuleViolation("TOPICS_ALREADY_APPROVED",
                    "The substantive topics have already been approved by the Bureau.");
        }
        if (command.topics().isEmpty()) {
            throw new RuleViolation("NO_TOPICS", "Propose at least one substantive topic.");
        }
        Set<String> ids = new HashSet<>();
        command.topics().forEach(t -> {
            if (!ids.add(t.topicId())) {
                throw new RuleViolation("DUPLICATE_ID", "Topic id '%s' is used twice.".formatted(t.topicId()));
            }
        });
        apply(new SubstantiveTopicsProposed(meetingId, command.topics(), topicsVersion + 1,
                topicsHash(command.topics())));
    }

    @CommandHandler
    void handle(ApproveSubstantiveTopics command) {
        requireOpenForChange();
        if (topicsApproved && command.procedureId().equals(topicsApprovedBy)) {
            return;
        }
        requireCirculatedBy(SubjectKind.SUBSTANTIVE_TOPICS, command.procedureId(), command.subject(), topicsVersion,
                topicsHash(topics));
        apply(new SubstantiveTopicsApproved(meetingId, command.procedureId(), topicsVersion, topicsHash(topics),
                command.approvedAt()));
    }

    private static String topicsHash(List<Topic> topics) {
        ContentHash hash = new ContentHash().open("topics");
        topics.forEach(t -> hash.open("topic").add(t.topicId()).add(t.title()).close());
        return hash.close().sha256();
    }

    // ---------------------------------------------------------------- agenda content

    @CommandHandler
    void handle(ProposeAgenda command) {
        requireOpenForChange();
        if (agendaProposed) {
            throw new RuleViolation("AGENDA_ALREADY_PROPOSED",
                    "This meeting already has a draft agenda; change it item by item.");
        }
        if (command.items().isEmpty()) {
            throw new RuleViolation("NO_ITEMS", "A draft agenda needs at least one item.");
        }
        Set<String> ids = new HashSet<>();
        command.items().forEach(i -> {
            requireUniqueId(ids, i.itemId());
            i.subItems().forEach(s -> requireUniqueId(ids, s.subItemId()));
        });
        Agenda proposed = Agenda.of(command.items());
        apply(new AgendaProposed(meetingId, proposed.content(), 1, proposed.contentHash()));
    }

    @CommandHandler
    void handle(AddAgendaItem command) {
        requireAgendaEditable();
        requireNewId(command.itemId());
        int position = Agenda.checkedPosition(command.position(), agenda.items().size());
        Agenda changed = agenda.withItemAt(
                new Item(command.itemId(), command.kind(), command.title(), List.of(), List.of(), List.of()),
                position);
        apply(new AgendaItemAdded(meetingId, command.itemId(), command.kind(), command.title(), position,
                agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(ReviseAgendaItem command) {
        requireAgendaEditable();
        Agenda changed = agenda.replacing(command.itemId(),
                i -> new Item(i.id(), command.kind(), command.title(), i.annotation(), i.documentation(),
                        i.subItems()));
        apply(new AgendaItemRevised(meetingId, command.itemId(), command.kind(), command.title(),
                agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(RemoveAgendaItem command) {
        requireAgendaEditable();
        Item item = agenda.item(command.itemId());
        if (isAssigned(command.itemId(), null, true)) {
            throw new RuleViolation("ITEM_HAS_ASSIGNMENTS",
                    "Agenda item %s is placed in the organization of work; unassign it from its slots first."
                            .formatted(agenda.number(item.id())));
        }
        if (!item.documentation().isEmpty()) {
            throw new RuleViolation("ITEM_HAS_DOCUMENTATION",
                    "Agenda item %s lists documents; remove its documentation entries first."
                            .formatted(agenda.number(item.id())));
        }
        Agenda changed = agenda.without(command.itemId());
        apply(new AgendaItemRemoved(meetingId, command.itemId(), agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(ReorderAgendaItems command) {
        requireAgendaEditable();
        Agenda.requirePermutation(agenda.itemIds(), command.itemIds(), "item");
        Agenda changed = agenda.reordered(command.itemIds());
        apply(new AgendaItemsReordered(meetingId, command.itemIds(), agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(AddSubItem command) {
        requireAgendaEditable();
        Item item = agenda.item(command.itemId());
        requireNewId(command.subItemId());
        int position = Agenda.checkedPosition(command.position(), item.subItems().size());
        Agenda changed = agenda.withSubItemAt(command.itemId(),
                new SubItem(command.subItemId(), command.title(), List.of()), position);
        apply(new SubItemAdded(meetingId, command.itemId(), command.subItemId(), command.title(), position,
                agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(ReviseSubItem command) {
        requireAgendaEditable();
        Agenda changed = agenda.replacingSubItem(command.itemId(), command.subItemId(),
                s -> new SubItem(s.id(), command.title(), s.annotation()));
        apply(new SubItemRevised(meetingId, command.itemId(), command.subItemId(), command.title(),
                agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(RemoveSubItem command) {
        requireAgendaEditable();
        agenda.subItem(command.itemId(), command.subItemId());
        if (isAssigned(command.itemId(), command.subItemId(), false)) {
            throw new RuleViolation("ITEM_HAS_ASSIGNMENTS",
                    "This sub-item is placed in the organization of work; unassign it from its slots first.");
        }
        Agenda changed = agenda.withoutSubItem(command.itemId(), command.subItemId());
        apply(new SubItemRemoved(meetingId, command.itemId(), command.subItemId(), agendaVersion + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(ReorderSubItems command) {
        requireAgendaEditable();
        Item item = agenda.item(command.itemId());
        Agenda.requirePermutation(item.subItems().stream().map(SubItem::id).toList(), command.subItemIds(),
                "sub-item");
        Agenda changed = agenda.reorderedSubItems(command.itemId(), command.subItemIds());
        apply(new SubItemsReordered(meetingId, command.itemId(), command.subItemIds(), agendaVersion + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(AnnotateAgendaItem command) {
        requireAgendaEditable();
        Agenda changed = annotated(agenda, command.itemId(), command.subItemId(), command.paragraphs());
        apply(new AgendaItemAnnotated(meetingId, command.itemId(), command.subItemId(), command.paragraphs(),
                agendaVersion + 1, changed.contentHash()));
    }

    @CommandHandler
    void handle(AddDocumentationEntry command) {
        requireAgendaEditable();
        Item item = agenda.item(command.itemId());
        if (item.documentation().stream().anyMatch(d -> d.symbol().equals(command.entry().symbol()))) {
            throw new RuleViolation("DOCUMENT_ALREADY_LISTED",
                    "%s is already listed under agenda item %s."
                            .formatted(command.entry().symbol(), agenda.number(item.id())));
        }
        Agenda changed = withDocument(agenda, command.itemId(), command.entry());
        apply(new DocumentationEntryAdded(meetingId, command.itemId(), command.entry(), agendaVersion + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(RemoveDocumentationEntry command) {
        requireAgendaEditable();
        Item item = agenda.item(command.itemId());
        if (item.documentation().stream().noneMatch(d -> d.symbol().equals(command.symbol()))) {
            throw new UnknownReference("UNKNOWN_DOCUMENT",
                    "%s is not listed under agenda item %s.".formatted(command.symbol(), agenda.number(item.id())));
        }
        Agenda changed = withoutDocument(agenda, command.itemId(), command.symbol());
        apply(new DocumentationEntryRemoved(meetingId, command.itemId(), command.symbol(), agendaVersion + 1,
                changed.contentHash()));
    }

    @CommandHandler
    void handle(ApproveAgendaVersion command) {
        requireOpenForChange();
        if (command.procedureId().equals(agendaApprovedBy)) {
            return;
        }
        requireCirculatedBy(SubjectKind.AGENDA, command.procedureId(), command.subject(), agendaVersion,
                agenda.contentHash());
        apply(new AgendaVersionApproved(meetingId, command.procedureId(), agendaVersion, agenda.contentHash(),
                command.approvedAt()));
    }

    // ---------------------------------------------------------------- silence procedure pins

    /**
     * Pins the current version of a subject for a new silence procedure and freezes it until the procedure
     * ends. Called by the circulation of a procedure, in the same unit of work that starts it.
     */
    public SilenceSubject circulateUnderSilence(String procedureId, SubjectKind kind) {
        requireOpenForChange();
        requireNotUnderSilence(kind, "ALREADY_UNDER_SILENCE",
                "This subject is already under silence procedure %s; withdraw it or wait for its outcome.");
        SilenceSubject subject = switch (kind) {
            case MEETING_PLAN -> {
                if (planConfirmed) {
                    throw new RuleViolation("PLAN_ALREADY_CONFIRMED", "The meeting plan is already confirmed.");
                }
                yield new SilenceSubject(kind, planVersion, plan.contentHash());
            }
            case SUBSTANTIVE_TOPICS -> {
                if (topicsVersion == 0) {
                    throw new UnknownReference("NO_TOPICS",
                            "No substantive topics have been proposed for this meeting yet.");
                }
                if (topicsApproved) {
                    throw new RuleViolation("TOPICS_ALREADY_APPROVED",
                            "The substantive topics have already been approved by the Bureau.");
                }
                yield new SilenceSubject(kind, topicsVersion, topicsHash(topics));
            }
            case AGENDA -> {
                if (!agendaProposed) {
                    throw new UnknownReference("NO_AGENDA", "No agenda has been proposed for this meeting yet.");
                }
                if (issued) {
                    throw new RuleViolation("AGENDA_ISSUED", "The provisional agenda has already been issued.");
                }
                yield new SilenceSubject(kind, agendaVersion, agenda.contentHash());
            }
        };
        apply(new SubjectCirculatedUnderSilence(meetingId, procedureId, subject));
        return subject;
    }

    @CommandHandler
    void handle(ReleaseFromSilence command) {
        requireOpenForChange();
        underSilence.entrySet().stream()
                .filter(e -> e.getValue().equals(command.procedureId()))
                .findFirst()
                .ifPresent(e -> apply(new SubjectReleasedFromSilence(meetingId, command.procedureId(),
                        currentSubject(e.getKey()), command.outcome())));
    }

    public String bureauId() {
        return bureauId;
    }

    public String timeZone() {
        return plan.timeZone();
    }

    private SilenceSubject currentSubject(SubjectKind kind) {
        return switch (kind) {
            case MEETING_PLAN -> new SilenceSubject(kind, planVersion, plan.contentHash());
            case SUBSTANTIVE_TOPICS -> new SilenceSubject(kind, topicsVersion, topicsHash(topics));
            case AGENDA -> new SilenceSubject(kind, agendaVersion, agenda.contentHash());
        };
    }

    private void requireCirculatedBy(SubjectKind kind, String procedureId, SilenceSubject pinned, int version,
                                     String hash) {
        if (!procedureId.equals(underSilence.get(kind))) {
            throw new RuleViolation("NOT_UNDER_THIS_PROCEDURE",
                    "Silence procedure %s is not the one running on this subject.".formatted(procedureId));
        }
        if (pinned.version() != version || !pinned.contentHash().equals(hash)) {
            throw new RuleViolation("SUBJECT_CHANGED",
                    "The text changed after it was circulated (circulated version %d, current version %d); the approval cannot land on other text."
                            .formatted(pinned.version(), version));
        }
    }

    private void requireNotUnderSilence(SubjectKind kind, String code, String sentence) {
        String procedureId = underSilence.get(kind);
        if (procedureId != null) {
            throw new RuleViolation(code, sentence.formatted(procedureId));
        }
    }

    // ---------------------------------------------------------------- issue, organization of work, lifecycle

    @CommandHandler
    void handle(IssueProvisionalAgenda command) {
        requireOpenForChange();
        if (!agendaProposed) {
            throw new RuleViolation("NO_AGENDA", "No agenda has been proposed for this meeting yet.");
        }
        if (issued) {
            throw new RuleViolation("AGENDA_ALREADY_ISSUED", "The provisional agenda has already been issued.");
        }
        if (!topicsApproved) {
            throw new RuleViolation("TOPICS_NOT_APPROVED",
                    "The provisional agenda cannot be issued before the Bureau has approved the substantive topics.");
        }
        requireNotUnderSilence(SubjectKind.AGENDA, "AGENDA_UNDER_SILENCE",
                "The agenda is under silence procedure %s; wait for its outcome or withdraw it before issuing.");
        AgendaIssue.check(command.distribution(), command.originalLanguage(), plan.languages());
        apply(new ProvisionalAgendaIssued(meetingId, command.symbol(), command.dateOfIssue(), command.distribution(),
                command.originalLanguage(), agendaVersion, agenda.contentHash()));
    }

    @CommandHandler
    void handle(AssignSlot command) {
        requireOpenForChange();
        requireSlot(command.slotId());
        requireItemOrSubItem(command.itemId(), command.subItemId());
        List<Assignment> inSlot = assignments.getOrDefault(command.slotId(), List.of());
        Assignment assignment = new Assignment(command.itemId(), command.subItemId());
        if (inSlot.contains(assignment)) {
            throw new RuleViolation("ALREADY_IN_SLOT", "%s is already in this slot.".formatted(label(assignment)));
        }
        int position = Agenda.checkedPosition(command.position(), inSlot.size());
        apply(new SlotAssigned(meetingId, command.slotId(), command.itemId(), command.subItemId(), position));
    }

    @CommandHandler
    void handle(UnassignSlot command) {
        requireOpenForChange();
        requireSlot(command.slotId());
        Assignment assignment = new Assignment(command.itemId(), command.subItemId());
        if (!assignments.getOrDefault(command.slotId(), List.of()).contains(assignment)) {
            throw new UnknownReference("NOT_IN_SLOT", "That agenda item is not in this slot.");
        }
        apply(new SlotUnassigned(meetingId, command.slotId(), command.itemId(), command.subItemId()));
    }

    @CommandHandler
    void handle(OpenMeeting command) {
        requireOpenForChange();
        if (!issued) {
            throw new RuleViolation("AGENDA_NOT_ISSUED",
                    "The meeting cannot open before its provisional agenda is issued.");
        }
        if (opened) {
            throw new RuleViolation("ALREADY_OPEN", "The meeting is already open.");
        }
        apply(new MeetingOpened(meetingId, BusinessTime.now()));
    }

    @CommandHandler
    void handle(AdoptAgenda command) {
        requireOpenForChange();
        if (!opened) {
            throw new RuleViolation("MEETING_NOT_OPEN", "The agenda cannot be adopted before the meeting opens.");
        }
        if (agendaAdopted) {
            throw new RuleViolation("AGENDA_ALREADY_ADOPTED", "The meeting has already adopted its agenda.");
        }
        List<OralAmendment> amendments =
                command.amendments() == null ? List.of() : command.amendments();
        apply(new AgendaAdopted(meetingId, agendaVersion, agenda.contentHash(), amendments.isEmpty(), amendments,
                BusinessTime.now()));
    }

    @CommandHandler
    void handle(AdoptReport command) {
        requireOpenForChange();
        if (!agendaAdopted) {
            throw new RuleViolation("AGENDA_NOT_ADOPTED",
                    "The report cannot be adopted before the meeting has adopted its agenda.");
        }
        var now = BusinessTime.now();
        apply(new ReportAdopted(meetingId, command.reportSymbol(), now));
        apply(new MeetingClosed(meetingId, agendaVersion, agenda.contentHash(), now));
    }

    // ---------------------------------------------------------------- rules shared by several commands

    private void requireOpenForChange() {
        if (closed) {
            throw new RuleViolation("MEETING_CLOSED",
                    "The meeting has adopted its report and is closed; nothing can change any more.");
        }
    }

    private void requireAgendaEditable() {
        requireOpenForChange();
        if (!agendaProposed) {
            throw new RuleViolation("NO_AGENDA", "No agenda has been proposed for this meeting yet.");
        }
        if (issued) {
            throw new RuleViolation("AGENDA_ISSUED",
                    "The provisional agenda has been issued; only the meeting can amend it, when it adopts its agenda.");
        }
        requireNotUnderSilence(SubjectKind.AGENDA, "AGENDA_UNDER_SILENCE",
                "This agenda version is under silence procedure %s and is frozen; withdraw the procedure first.");
    }

    private void requireNewId(String id) {
        if (agenda.containsId(id)) {
            throw new RuleViolation("DUPLICATE_ID", "The id '%s' is already used in this agenda.".formatted(id));
        }
    }

    private static void requireUniqueId(Set<String> seen, String id) {
        if (!seen.add(id)) {
            throw new RuleViolation("DUPLICATE_ID", "The id '%s' is used twice in this agenda.".formatted(id));
        }
    }

    private void requireSlot(String slotId) {
        if (plan.slots().stream().noneMatch(s -> s.slotId().equals(slotId))) {
            throw new UnknownReference("UNKNOWN_SLOT", "This meeting has no plenary slot '%s'.".formatted(slotId));
        }
    }

    private void requireItemOrSubItem(String itemId, String subItemId) {
        if (subItemId == null) {
            agenda.item(itemId);
        } else {
            agenda.subItem(itemId, subItemId);
        }
    }

    private boolean isAssigned(String itemId, String subItemId, boolean includingSubItems) {
        return assignments.values().stream().flatMap(List::stream).anyMatch(a -> a.itemId().equals(itemId)
                && (includingSubItems || Objects.equals(a.subItemId(), subItemId)));
    }

    private String label(Assignment assignment) {
        String number = agenda.number(assignment.itemId());
        if (assignment.subItemId() == null) {
            return "Agenda item " + number;
        }
        Item item = agenda.item(assignment.itemId());
        int index = item.subItems().stream().map(SubItem::id).toList().indexOf(assignment.subItemId());
        return "Agenda item %s (%s)".formatted(number, (char) ('a' + index));
    }

    private static Agenda annotated(Agenda agenda, String itemId, String subItemId, List<String> paragraphs) {
        if (subItemId == null) {
            return agenda.replacing(itemId,
                    i -> new Item(i.id(), i.kind(), i.title(), paragraphs, i.documentation(), i.subItems()));
        }
        return agenda.replacingSubItem(itemId, subItemId, s -> new SubItem(s.id(), s.title(), paragraphs));
    }

    private static Agenda withDocument(Agenda agenda, String itemId, DocumentationEntry entry) {
        return agenda.replacing(itemId, i -> {
            List<DocumentationEntry> docs = new ArrayList<>(i.documentation());
            docs.add(entry);
            return new Item(i.id(), i.kind(), i.title(), i.annotation(), docs, i.subItems());
        });
    }

    private static Agenda withoutDocument(Agenda agenda, String itemId, String symbol) {
        return agenda.replacing(itemId, i -> new Item(i.id(), i.kind(), i.title(), i.annotation(),
                i.documentation().stream().filter(d -> !d.symbol().equals(symbol)).toList(), i.subItems()));
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        bureauId = event.bureauId();
        plan = new MeetingPlan(event.body(), event.ordinal(), event.venue(), event.startDate(), event.endDate(),
                event.timeZone(), event.slots(), event.languages(), event.agendaSymbol());
        planVersion = event.planVersion();
    }

    @EventSourcingHandler
    void on(MeetingPlanRevised event) {
        plan = new MeetingPlan(plan.body(), plan.ordinal(), event.venue(), event.startDate(), event.endDate(),
                event.timeZone(), event.slots(), event.languages(), event.agendaSymbol());
        planVersion = event.planVersion();
        planConfirmed = false;
        confirmedBy = null;
    }

    @EventSourcingHandler
    void on(MeetingPlanConfirmed event) {
        planConfirmed = true;
        confirmedBy = event.procedureId();
        underSilence.remove(SubjectKind.MEETING_PLAN);
    }

    @EventSourcingHandler
    void on(SubstantiveTopicsProposed event) {
        topics = List.copyOf(event.topics());
        topicsVersion = event.topicsVersion();
    }

    @EventSourcingHandler
    void on(SubstantiveTopicsApproved event) {
        topicsApproved = true;
        topicsApprovedBy = event.procedureId();
        underSilence.remove(SubjectKind.SUBSTANTIVE_TOPICS);
    }

    @EventSourcingHandler
    void on(AgendaProposed event) {
        agenda = Agenda.of(event.items());
        agendaProposed = true;
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agenda = agenda.withItemAt(new Item(event.itemId(), event.kind(), event.title(), List.of(), List.of(),
                List.of()), event.position());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaItemRevised event) {
        agenda = agenda.replacing(event.itemId(), i -> new Item(i.id(), event.kind(), event.title(), i.annotation(),
                i.documentation(), i.subItems()));
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaItemRemoved event) {
        agenda = agenda.without(event.itemId());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaItemsReordered event) {
        agenda = agenda.reordered(event.itemIds());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(SubItemAdded event) {
        agenda = agenda.withSubItemAt(event.itemId(), new SubItem(event.subItemId(), event.title(), List.of()),
                event.position());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(SubItemRevised event) {
        agenda = agenda.replacingSubItem(event.itemId(), event.subItemId(),
                s -> new SubItem(s.id(), event.title(), s.annotation()));
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(SubItemRemoved event) {
        agenda = agenda.withoutSubItem(event.itemId(), event.subItemId());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(SubItemsReordered event) {
        agenda = agenda.reorderedSubItems(event.itemId(), event.subItemIds());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaItemAnnotated event) {
        agenda = annotated(agenda, event.itemId(), event.subItemId(), event.paragraphs());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(DocumentationEntryAdded event) {
        agenda = withDocument(agenda, event.itemId(), event.entry());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(DocumentationEntryRemoved event) {
        agenda = withoutDocument(agenda, event.itemId(), event.symbol());
        agendaVersion = event.agendaVersion();
    }

    @EventSourcingHandler
    void on(AgendaVersionApproved event) {
        agendaApprovedBy = event.procedureId();
        underSilence.remove(SubjectKind.AGENDA);
    }

    @EventSourcingHandler
    void on(SubjectCirculatedUnderSilence event) {
        underSilence.put(event.subject().kind(), event.procedureId());
    }

    @EventSourcingHandler
    void on(SubjectReleasedFromSilence event) {
        underSilence.remove(event.subject().kind());
    }

    @EventSourcingHandler
    void on(ProvisionalAgendaIssued event) {
        issued = true;
    }

    @EventSourcingHandler
    void on(SlotAssigned event) {
        assignments.computeIfAbsent(event.slotId(), k -> new ArrayList<>())
                .add(event.position(), new Assignment(event.itemId(), event.subItemId()));
    }

    @EventSourcingHandler
    void on(SlotUnassigned event) {
        assignments.getOrDefault(event.slotId(), new ArrayList<>())
                .remove(new Assignment(event.itemId(), event.subItemId()));
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        opened = true;
    }

    @EventSourcingHandler
    void on(AgendaAdopted event) {
        agendaAdopted = true;
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        closed = true;
    }
}
