package org.agendaledger.command.meeting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.command.shared.ContentHash;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.PlenarySlot;

/** The plan of a meeting as the Bureau confirms it: venue, dates, time zone, plenary slots, languages. */
record MeetingPlan(String body, String ordinal, String venue, LocalDate startDate, LocalDate endDate, String timeZone,
                   List<PlenarySlot> slots, List<String> languages, String agendaSymbol) {

    MeetingPlan {
        slots = List.copyOf(slots);
        languages = List.copyOf(languages);
    }

    /** The rules every plan obeys, whoever sends it. */
    MeetingPlan validated() {
        if (endDate.isBefore(startDate)) {
            throw new RuleViolation("INVALID_PLAN", "The meeting cannot end before it starts.");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new RuleViolation("INVALID_PLAN", "'%s' is not an IANA time zone.".formatted(timeZone));
        }
        Set<String> ids = new HashSet<>();
        for (PlenarySlot slot : slots) {
            if (!ids.add(slot.slotId())) {
                throw new RuleViolation("INVALID_PLAN", "Slot id '%s' is used twice.".formatted(slot.slotId()));
            }
            if (!slot.end().isAfter(slot.start())) {
                throw new RuleViolation("INVALID_PLAN",
                        "Slot '%s' must end after it starts.".formatted(slot.slotId()));
            }
            if (slot.date().isBefore(startDate) || slot.date().isAfter(endDate)) {
                throw new RuleViolation("INVALID_PLAN",
                        "Slot '%s' on %s falls outside the meeting's dates.".formatted(slot.slotId(), slot.date()));
            }
        }
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
