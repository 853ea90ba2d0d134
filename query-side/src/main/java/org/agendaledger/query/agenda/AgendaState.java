package org.agendaledger.query.agenda;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.meeting.Topic;
import org.agendaledger.query.lifecycle.MeetingLifecycle;
import org.agendaledger.query.lifecycle.MeetingStatus;

/**
 * Everything the agenda read model remembers about one meeting, as stored (JSON) in {@code agenda_view}. Numbers,
 * letters and "(continued)" are not stored; {@link AgendaView} derives them when the agenda is read.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY)
class AgendaState {

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static class Item {
        String itemId;
        ItemKind kind;
        String title;
        List<String> annotation = new ArrayList<>();
        List<DocumentationEntry> documentation = new ArrayList<>();
        List<SubItem> subItems = new ArrayList<>();
        List<AnnotationSection> sections = new ArrayList<>();

        Optional<SubItem> subItem(String subItemId) {
            return subItems.stream().filter(s -> s.subItemId.equals(subItemId)).findFirst();
        }
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static class SubItem {
        String subItemId;
        String title;
        List<String> annotation = new ArrayList<>();
        List<DocumentationEntry> documentation = new ArrayList<>();
        List<AnnotationSection> sections = new ArrayList<>();
        /** Deeper levels (i), (ii)… are only ever replaced whole, so they are kept as they were imported. */
        List<SubItemContent> subItems = new ArrayList<>();
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static class Assignment {
        String itemId;
        String subItemId;

        boolean is(String item, String subItem) {
            return itemId.equals(item) && Objects.equals(subItemId, subItem);
        }
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static class Slot {
        PlenarySlot slot;
        List<Assignment> assignments = new ArrayList<>();
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static class Issue {
        String symbol;
        LocalDate dateOfIssue;
        String distribution;
        String originalLanguage;
        int version;
        String contentHash;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static class Adoption {
        int version;
        String contentHash;
        boolean asIssued;
        List<OralAmendment> amendments = new ArrayList<>();
        Instant adoptedAt;
    }

    String meetingId;
    String body;
    String ordinal;
    String venue;
    LocalDate startDate;
    LocalDate endDate;
    String timeZone;
    List<String> languages = new ArrayList<>();
    String agendaSymbol;
    MeetingStatus status = MeetingStatus.SCHEDULED;
    boolean planConfirmed;
    List<Topic> topics = new ArrayList<>();
    int topicsVersion;
    boolean topicsApproved;
    int version;
    String contentHash;
    Integer approvedVersion;
    String approvedByProcedure;
    String agendaUnderSilence;
    List<Item> items = new ArrayList<>();
    DocumentParts parts;
    List<Slot> slots = new ArrayList<>();
    Issue issued;
    Instant openedAt;
    Adoption adopted;
    String reportSymbol;
    Instant reportAdoptedAt;
    Instant closedAt;

    Item item(String itemId) {
        return items.stream().filter(i -> i.itemId.equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown item " + itemId + " in " + meetingId));
    }

    Slot slot(String slotId) {
        return slots.stream().filter(s -> s.slot.slotId().equals(slotId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown slot " + slotId + " in " + meetingId));
    }

    void replaceSlots(List<PlenarySlot> planned) {
        List<Slot> result = new ArrayList<>();
        for (PlenarySlot p : planned) {
            Slot slot = slots.stream().filter(s -> s.slot.slotId().equals(p.slotId())).findFirst().orElseGet(Slot::new);
            slot.slot = p;
            result.add(slot);
        }
        slots = result;
    }

    /** The meeting's status and approvals, as {@link MeetingLifecycle} moves them. */
    MeetingLifecycle lifecycle() {
        return new MeetingLifecycle(status, planConfirmed, topicsApproved);
    }

    void lifecycle(MeetingLifecycle lifecycle) {
        status = lifecycle.status();
        planConfirmed = lifecycle.planConfirmed();
        topicsApproved = lifecycle.topicsApproved();
    }

    void version(int newVersion, String hash) {
        version = newVersion;
        contentHash = hash;
    }
}
