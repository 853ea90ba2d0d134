package org.agendaledger.query.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.agendaledger.query.agenda.AgendaView;

/**
 * A meeting's organization of work as a calendar: one event per plenary slot, at its times in the meeting's time
 * zone, its summary naming the meeting and the agenda items assigned to the slot, its description listing them with
 * their titles in order ("(continued)" where one runs on from an earlier slot), a link to the meeting's page. A
 * slot's UID is derived from the meeting and the slot, so importing the calendar again after the secretariat moved
 * a slot or assigned items updates its event instead of adding one.
 */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    /** The calendar of the agenda's slots, stamped {@code stamp}; {@code page} is the meeting's page. */
    static byte[] ics(AgendaView agenda, URI page, Instant stamp) {
        String meeting = agenda.body() + ", " + agenda.ordinal();
        ZoneId zone = ZoneId.of(agenda.timeZone());
        IcsFile file = new IcsFile(meeting);
        for (AgendaView.Slot slot : agenda.slots()) {
            VEvent event = new VEvent(false);
            event.add(new Uid(uid(agenda.meetingId(), slot.slotId())));
            event.add(new DtStamp(stamp));
            event.add(new DtStart<>(file.at(LocalDateTime.of(slot.date(), slot.start()), zone)));
            event.add(new DtEnd<>(file.at(LocalDateTime.of(slot.date(), slot.end()), zone)));
            event.add(new Summary(meeting + ": " + items(slot.assignments())));
            event.add(new Description(description(meeting, slot, page)));
            if (agenda.venue() != null && !agenda.venue().isBlank()) {
                event.add(new Location(agenda.venue()));
            }
            event.add(new Url(page));
            file.add(event);
        }
        return file.bytes();
    }

    /** The UID of a slot's event: the meeting's and the slot's ids, which contain no '/'. */
    static String uid(String meetingId, String slotId) {
        return "meeting/" + meetingId + "/slot/" + slotId + "@agenda-ledger";
    }

    /** "plenary, items 1 (a), 1 (b) and 2", or "plenary" while nothing is assigned to the slot. */
    private static String items(List<AgendaView.Assignment> assignments) {
        if (assignments.isEmpty()) {
            return "plenary";
        }
        List<String> references = assignments.stream().map(AgendaView.Assignment::reference).toList();
        String listed = references.size() == 1 ? references.get(0)
                : String.join(", ", references.subList(0, references.size() - 1)) + " and "
                        + references.get(references.size() - 1);
        return "plenary, item" + (references.size() == 1 ? " " : "s ") + listed;
    }

    private static String description(String meeting, AgendaView.Slot slot, URI page) {
        StringBuilder description = new StringBuilder("Plenary of the ").append(meeting).append(".\n\n");
        if (slot.assignments().isEmpty()) {
            description.append("No agenda item is assigned to this slot yet.\n");
        } else {
            description.append("Agenda items:\n");
            for (AgendaView.Assignment assignment : slot.assignments()) {
                description.append(assignment.reference()).append("  ").append(assignment.title())
                        .append(assignment.continued() ? " (continued)" : "").append('\n');
            }
        }
        return description.append("\nThe meeting: ").append(page).toString();
    }
}
