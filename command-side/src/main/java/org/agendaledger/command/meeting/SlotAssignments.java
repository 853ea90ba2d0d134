package org.agendaledger.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.meeting.MeetingCommands.UnassignSlot;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The organization of work as the command side knows it: which items and sub-items of the {@link AgendaDraft} sit
 * in which plenary slot, in order — only what the rules need; the read side keeps the full picture. Part of the
 * meeting aggregate: assignments may change until the meeting closes, also after the agenda is issued.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class SlotAssignments {

    private record Assignment(String itemId, String subItemId) {
    }

    @JsonIgnore
    private final AgendaDraft.OwningMeeting meeting;
    @JsonIgnore
    private final Supplier<Agenda> agenda;
    /** Not final: a snapshot sets it. */
    private Map<String, List<Assignment>> bySlot = new HashMap<>();

    SlotAssignments(AgendaDraft.OwningMeeting meeting, Supplier<Agenda> agenda) {
        this.meeting = meeting;
        this.agenda = agenda;
    }

    @CommandHandler
    void handle(AssignSlot command) {
        meeting.requireOpenForChange();
        meeting.requireSlot(command.slotId());
        agenda.get().requireItemOrSubItem(command.itemId(), command.subItemId());
        List<Assignment> inSlot = inSlot(command.slotId());
        if (inSlot.contains(new Assignment(command.itemId(), command.subItemId()))) {
            throw new RuleViolation("ALREADY_IN_SLOT", "%s is already in this slot."
                    .formatted(agenda.get().label(command.itemId(), command.subItemId())));
        }
        int position = Agenda.checkedPosition(command.position(), inSlot.size());
        apply(new SlotAssigned(meeting.meetingId(), command.slotId(), command.itemId(), command.subItemId(),
                position));
    }

    @CommandHandler
    void handle(UnassignSlot command) {
        meeting.requireOpenForChange();
        meeting.requireSlot(command.slotId());
        if (!inSlot(command.slotId()).contains(new Assignment(command.itemId(), command.subItemId()))) {
            throw new UnknownReference("NOT_IN_SLOT", "That agenda item is not in this slot.");
        }
        apply(new SlotUnassigned(meeting.meetingId(), command.slotId(), command.itemId(), command.subItemId()));
    }

    /** Refuses to remove an item while it, or any of its sub-items, sits in a slot. */
    void requireItemUnassigned(String itemId) {
        if (all().anyMatch(a -> a.itemId().equals(itemId))) {
            throw new RuleViolation("ITEM_HAS_ASSIGNMENTS",
                    "Agenda item %s is placed in the organization of work; unassign it from its slots first."
                            .formatted(agenda.get().number(itemId)));
        }
    }

    void requireSubItemUnassigned(String itemId, String subItemId) {
        if (all().anyMatch(a -> a.itemId().equals(itemId) && Objects.equals(a.subItemId(), subItemId))) {
            throw new RuleViolation("ITEM_HAS_ASSIGNMENTS",
                    "This sub-item is placed in the organization of work; unassign it from its slots first.");
        }
    }

    /**
     * Refuses a new text of the agenda that no longer has every item and sub-item placed in a slot: each keeps its
     * place, so each must still be there, a sub-item under the same item.
     */
    void requireAllIn(Agenda changed) {
        Agenda current = agenda.get();
        Set<Assignment> assigned = all().collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Agenda.Item item : current.items()) {
            Optional<Agenda.Item> kept = changed.find(item.id());
            if (assigned.contains(new Assignment(item.id(), null)) && kept.isEmpty()) {
                missing.add(current.label(item.id(), null));
            }
            for (Agenda.SubItem sub : item.subItems()) {
                if (assigned.contains(new Assignment(item.id(), sub.id())) && kept.stream()
                        .flatMap(i -> i.subItems().stream()).noneMatch(s -> s.id().equals(sub.id()))) {
                    missing.add(current.label(item.id(), sub.id()));
                }
            }
        }
        if (!missing.isEmpty()) {
            String them = missing.size() == 1 ? "it" : "them";
            throw new RuleViolation("ASSIGNED_ITEM_MISSING", ("%s %s placed in the organization of work but missing "
                    + "from the new text; keep %s (with the same id, a sub-item under the same item) or unassign %s "
                    + "first.").formatted(String.join(", ", missing), missing.size() == 1 ? "is" : "are", them,
                            them));
        }
    }

    /** Refuses a plan that would drop a slot something is still assigned to. */
    void requireOnlyIn(Set<String> keptSlotIds) {
        bySlot.forEach((slotId, list) -> {
            if (!list.isEmpty() && !keptSlotIds.contains(slotId)) {
                throw new RuleViolation("SLOT_HAS_ASSIGNMENTS",
                        "Slot '%s' has agenda items assigned; unassign them before removing the slot."
                                .formatted(slotId));
            }
        });
    }

    @EventSourcingHandler
    void on(SlotAssigned event) {
        bySlot.computeIfAbsent(event.slotId(), k -> new ArrayList<>())
                .add(event.position(), new Assignment(event.itemId(), event.subItemId()));
    }

    @EventSourcingHandler
    void on(SlotUnassigned event) {
        inSlot(event.slotId()).remove(new Assignment(event.itemId(), event.subItemId()));
    }

    private List<Assignment> inSlot(String slotId) {
        return bySlot.getOrDefault(slotId, new ArrayList<>());
    }

    private Stream<Assignment> all() {
        return bySlot.values().stream().flatMap(List::stream);
    }
}
