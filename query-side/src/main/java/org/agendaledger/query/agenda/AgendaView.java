package org.agendaledger.query.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.meeting.Topic;
import org.agendaledger.query.lifecycle.MeetingStatus;

/**
 * The agenda of a meeting as read: items numbered 1, 2, 3… with sub-items (a), (b)…, annotations and
 * documentation; the plenary slots with their items in order, "(continued)" where an item runs on from an earlier
 * slot; and where the agenda stands (version, hash, approval, issue, adoption, report).
 */
public record AgendaView(String meetingId, String body, String ordinal, String venue, LocalDate startDate,
                         LocalDate endDate, String timeZone, List<String> languages, MeetingStatus status,
                         int version, String contentHash, Integer approvedVersion, String approvedByProcedure,
                         String underSilenceProcedure, List<Topic> topics, boolean topicsApproved,
                         Issue issued, Instant openedAt, Adoption adopted, String reportSymbol,
                         Instant reportAdoptedAt, boolean closed, List<Item> items, List<Slot> slots,
                         DocumentParts parts) {

    public AgendaView {
        parts = parts == null ? DocumentParts.NONE : parts;
    }

    /** A view whose document parts are not said: the house style and the plan decide them. */
    public AgendaView(String meetingId, String body, String ordinal, String venue, LocalDate startDate,
                      LocalDate endDate, String timeZone, List<String> languages, MeetingStatus status, int version,
                      String contentHash, Integer approvedVersion, String approvedByProcedure,
                      String underSilenceProcedure, List<Topic> topics, boolean topicsApproved, Issue issued,
                      Instant openedAt, Adoption adopted, String reportSymbol, Instant reportAdoptedAt,
                      boolean closed, List<Item> items, List<Slot> slots) {
        this(meetingId, body, ordinal, venue, startDate, endDate, timeZone, languages, status, version, contentHash,
                approvedVersion, approvedByProcedure, underSilenceProcedure, topics, topicsApproved, issued, openedAt,
                adopted, reportSymbol, reportAdoptedAt, closed, items, slots, null);
    }

    public record Item(String itemId, String number, ItemKind kind, String title, List<String> annotation,
                       List<DocumentationEntry> documentation, List<SubItem> subItems,
                       List<AnnotationSection> sections) {

        public Item {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        public Item(String itemId, String number, ItemKind kind, String title, List<String> annotation,
                    List<DocumentationEntry> documentation, List<SubItem> subItems) {
            this(itemId, number, kind, title, annotation, documentation, subItems, List.of());
        }
    }

    /** A sub-item (a), (b)…; its own sub-items (i), (ii)… as they were imported, to any depth. */
    public record SubItem(String subItemId, String letter, String title, List<String> annotation,
                          List<DocumentationEntry> documentation, List<AnnotationSection> sections,
                          List<SubItemContent> subItems) {

        public SubItem {
            documentation = documentation == null ? List.of() : List.copyOf(documentation);
            sections = sections == null ? List.of() : List.copyOf(sections);
            subItems = subItems == null ? List.of() : List.copyOf(subItems);
        }

        public SubItem(String subItemId, String letter, String title, List<String> annotation) {
            this(subItemId, letter, title, annotation, List.of(), List.of(), List.of());
        }
    }

    public record Slot(String slotId, LocalDate date, LocalTime start, LocalTime end, List<Assignment> assignments) {
    }

    /** An item placed in a slot; {@code reference} is what the annex prints, e.g. "1 (a)". */
    public record Assignment(String itemId, String subItemId, String reference, String title, boolean continued) {
    }

    public record Issue(String symbol, LocalDate dateOfIssue, String distribution, String originalLanguage,
                        int version, String contentHash) {
    }

    public record Adoption(int version, String contentHash, boolean asIssued, List<OralAmendment> amendments,
                           Instant adoptedAt) {
    }

    static AgendaView of(AgendaState state) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < state.items.size(); i++) {
            AgendaState.Item item = state.items.get(i);
            List<SubItem> subItems = new ArrayList<>();
            for (int s = 0; s < item.subItems.size(); s++) {
                AgendaState.SubItem sub = item.subItems.get(s);
                subItems.add(new SubItem(sub.subItemId, letter(s), sub.title, List.copyOf(sub.annotation),
                        sub.documentation, sub.sections, sub.subItems));
            }
            items.add(new Item(item.itemId, String.valueOf(i + 1), item.kind, item.title,
                    List.copyOf(item.annotation), List.copyOf(item.documentation), subItems, item.sections));
        }
        List<AgendaState.Slot> ordered = state.slots.stream()
                .sorted(Comparator.comparing((AgendaState.Slot s) -> s.slot.date()).thenComparing(s -> s.slot.start()))
                .toList();
        Set<String> seen = new HashSet<>();
        List<Slot> slots = new ArrayList<>();
        for (AgendaState.Slot slot : ordered) {
            List<Assignment> assignments = new ArrayList<>();
            for (AgendaState.Assignment a : slot.assignments) {
                String key = a.itemId + "/" + a.subItemId;
                assignments.add(new Assignment(a.itemId, a.subItemId, reference(state, a), title(state, a),
                        !seen.add(key)));
            }
            slots.add(new Slot(slot.slot.slotId(), slot.slot.date(), slot.slot.start(), slot.slot.end(),
                    assignments));
        }
        Issue issue = state.issued == null ? null : new Issue(state.issued.symbol, state.issued.dateOfIssue,
                state.issued.distribution, state.issued.originalLanguage, state.issued.version,
                state.issued.contentHash);
        Adoption adoption = state.adopted == null ? null : new Adoption(state.adopted.version,
                state.adopted.contentHash, state.adopted.asIssued, List.copyOf(state.adopted.amendments),
                state.adopted.adoptedAt);
        return new AgendaView(state.meetingId, state.body, state.ordinal, state.venue, state.startDate,
                state.endDate, state.timeZone, List.copyOf(state.languages), state.status, state.version,
                state.contentHash, state.approvedVersion, state.approvedByProcedure, state.agendaUnderSilence,
                List.copyOf(state.topics), state.topicsApproved, issue, state.openedAt, adoption, state.reportSymbol,
                state.reportAdoptedAt, state.closedAt != null, items, slots, state.parts);
    }

    private static String letter(int index) {
        return "(" + (char) ('a' + index) + ")";
    }

    private static String reference(AgendaState state, AgendaState.Assignment a) {
        int number = indexOf(state, a.itemId) + 1;
        if (a.subItemId == null) {
            return String.valueOf(number);
        }
        AgendaState.Item item = state.item(a.itemId);
        int s = item.subItems.stream().map(x -> x.subItemId).toList().indexOf(a.subItemId);
        return number + " " + letter(s);
    }

    private static String title(AgendaState state, AgendaState.Assignment a) {
        AgendaState.Item item = state.item(a.itemId);
        return a.subItemId == null ? item.title : item.subItem(a.subItemId).map(s -> s.title).orElse("");
    }

    private static int indexOf(AgendaState state, String itemId) {
        for (int i = 0; i < state.items.size(); i++) {
            if (state.items.get(i).itemId.equals(itemId)) {
                return i;
            }
        }
        return -1;
    }
}
