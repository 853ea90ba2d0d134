package org.agendaledger.command.meeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.command.shared.ContentHash;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.StatedTimeZone;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.PlenarySlot;

/** The plan of a meeting as the Bureau confirms it: venue, dates, time zone, plenary slots, languages. */
record MeetingPlan(String body, String ordinal, String venue, LocalDate startDate, LocalDate endDate, String timeZone,
                   List<PlenarySlot> slots, List<String> languages, String agendaSymbol) {

    /** The code of a plan refused for its fields. */
    static final String INVALID = "INVALID_PLAN";

    MeetingPlan {
        slots = List.copyOf(slots);
        languages = List.copyOf(languages);
    }

    /**
     * The rules every plan obeys, whoever sends it and however: each refused field named as in the command
     * ({@code endDate}, {@code slots[1].end}), all of them at once.
     */
    MeetingPlan validated() {
        InvalidFields.Collector refused = new InvalidFields.Collector(INVALID);
        refused.check(StatedTimeZone.valid(timeZone), "timeZone", StatedTimeZone.SENTENCE);
        refused.check(!endDate.isBefore(startDate), "endDate", "The last day cannot be before the first.");
        refused.check(!languages.isEmpty(), "languages", "Name at least one language.");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            PlenarySlot slot = slots.get(i);
            String field = "slots[%d].".formatted(i);
            refused.check(ids.add(slot.slotId()), field + "slotId", "This slot id is used twice.");
            refused.check(slot.end().isAfter(slot.start()), field + "end", "The slot must end after it starts.");
            refused.check(!slot.date().isBefore(startDate) && !slot.date().isAfter(endDate), field + "date",
                    "The slot must fall within the meeting's dates.");
        }
        refused.throwIfAny();
        return this;
    }

    String contentHash() {
        ContentHash hash = new ContentHash().open("plan").add(body).add(ordinal).add(venue).add(startDate)
                .add(endDate).add(timeZone).add(agendaSymbol);
        slots.forEach(s -> hash.open("slot").add(s.slotId()).add(s.date()).add(s.start()).add(s.end()).close());
        languages.forEach(l -> hash.open("lang").add(l).close());
        return hash.close().sha256();
    }

    Set<String> slotIds() {
        Set<String> ids = new HashSet<>();
        slots.forEach(s -> ids.add(s.slotId()));
        return ids;
    }

    /** Refuses a plenary slot this plan does not have. */
    void requireSlot(String slotId) {
        if (!slotIds().contains(slotId)) {
            throw new UnknownReference("UNKNOWN_SLOT", "This meeting has no plenary slot '%s'.".formatted(slotId));
        }
    }
}
