package org.agendaledger.query.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.Topic;
import org.agendaledger.query.meeting.MeetingLifecycle;
import org.agendaledger.query.meeting.MeetingStatus;

/**
 * Everything the agenda read model remembers about one meeting, as stored (JSON) in {@code agenda_view}. Numbers,
 * letters and "(continued)" are not stored; {@link AgendaView} derives them when the agenda is read.
 */
public class AgendaState {

    static class Item {
        public String itemId;
        public ItemKind kind;
        public String title;
        public List<String> annotation = new ArrayList<>();
        public List<DocumentationEntry> documentation = new ArrayList<>();
        public List<SubItem> subItems = new ArrayList<>();

        Optional<SubItem> subItem(String subItemId) {
            return subItems.stream().filter(s -> s.subItemId.equals(subItemId)).findFirst();
        }
    }

    static class SubItem {
        public String subItemId;
        public String title;
        public List<String> annotation = new ArrayList<>();
    }

    static class Assignment {
        public String itemId;
        public String subItemId;

        boolean is(String item, String subItem) {
            return itemId.equals(item) && Objects.equals(subItemId, subItem);
        }
    }

    static class Slot {
        public PlenarySlot slot;
        public List<Assignment> assignments = new ArrayList<>();
    }

    static class Issue {
        public String symbol;
        public LocalDate dateOfIssue;
        public String distribution;
        public String originalLanguage;
        public int version;
        public String contentHash;
    }

    static class Adoption {
        public int version;
        public String contentHash;
        public boolean asIssued;
        public List<OralAmendment> amendments = new ArrayList<>();
        public Instant adoptedAt;
    }

    public String meetingId;
    public String body;
    public String ordinal;
    public String venue;
    public LocalDate startDate;
    public LocalDate endDate;
    public String timeZone;
    public List<String> languages = new ArrayList<>();
    public String agendaSymbol;
    public MeetingStatus status = MeetingStatus.SCHEDULED;
    public boolean planConfirmed;
    public List<Topic> topics = new ArrayList<>();
    public int topicsVersion;
    public boolean topicsApproved;
    public int version;
    public String contentHash;
    public Integer approvedVersion;
    public String approvedByProcedure;
    public String agendaUnderSilence;
    public List<Item> items = new ArrayList<>();
    public List<Slot> slots = new ArrayList<>();
    public Issue issued;
    public Instant openedAt;
    public Adoption adopted;
    public String reportSymbol;
    public Instant reportAdoptedAt;
    public Instant closedAt;

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
