package org.agendaledger.query.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.agenda.AgendaView.Assignment;
import org.agendaledger.query.agenda.AgendaView.Item;
import org.agendaledger.query.agenda.AgendaView.Slot;
import org.agendaledger.query.agenda.AgendaView.SubItem;
import org.agendaledger.query.lifecycle.MeetingStatus;

/** Hand-built agendas: a two-day meeting shaped like the seed (issued or still a draft), and its parts. */
final class Agendas {

    static final LocalDate THURSDAY = LocalDate.of(2031, 9, 11);
    static final LocalDate FRIDAY = LocalDate.of(2031, 9, 12);

    static final String ITEM_2 = "Non-punishment of victims of trafficking";
    static final String ITEM_3 = "Joint investigations";

    private Agendas() {
    }

    static AgendaView issued() {
        return withIssue(twoDayMeeting(), new AgendaView.Issue("CTOC/COP/WG.4/2031/1", LocalDate.of(2031, 6, 4),
                "General", "English", 3, "sha256:abc"));
    }

    static AgendaView draft() {
        return twoDayMeeting();
    }

    static AgendaView twoDayMeeting() {
        List<Item> items = List.of(
                item("1", "Organizational matters", List.of(), List.of(),
                        sub("(a)", "Opening of the meeting", "The meeting will be opened at 10 a.m."),
                        sub("(b)", "Adoption of the agenda and organization of work", "First paragraph of (b).",
                                "Second paragraph of (b).")),
                item("2", ITEM_2, List.of("Under agenda item 2, the Working Group may wish to discuss.",
                        "For its consideration of agenda item 2, it will have a paper before it."),
                        List.of(new DocumentationEntry("CTOC/COP/WG.4/2031/2", "Background paper on non-punishment"))),
                item("3", ITEM_3, List.of("Under agenda item 3, the Working Group may wish to discuss."),
                        List.of(new DocumentationEntry("CTOC/COP/WG.4/2031/3", "Background paper on investigations"),
                                new DocumentationEntry("CTOC/COP/WG.4/2031/CRP.1", "Conference room paper"))),
                item("4", "Other matters", List.of("As no issues have come to the attention of the Secretariat, "
                        + "no documentation is currently foreseen under this item."), List.of()),
                item("5", "Adoption of the report", List.of("The Working Group is expected to adopt a report."),
                        List.of()));
        List<Slot> slots = List.of(
                slot("thu-am", THURSDAY, 10, 13, assigned("1 (a)", "Opening of the meeting", false),
                        assigned("1 (b)", "Adoption of the agenda and organization of work", false),
                        assigned("2", ITEM_2, false)),
                slot("thu-pm", THURSDAY, 15, 18, assigned("2", ITEM_2, true), assigned("3", ITEM_3, false)),
                slot("fri-am", FRIDAY, 10, 13, assigned("3", ITEM_3, true)),
                slot("fri-pm", FRIDAY, 15, 18, assigned("4", "Other matters", false),
                        assigned("5", "Adoption of the report", false)));
        return view("wg4-2031", "Vienna", THURSDAY, FRIDAY, items, slots);
    }

    static AgendaView view(String meetingId, String venue, LocalDate start, LocalDate end, List<Item> items,
                           List<Slot> slots) {
        return new AgendaView(meetingId, "Working Group on Trafficking in Persons", "eleventh meeting", venue, start,
                end, "Europe/Vienna", List.of("English"), MeetingStatus.AGENDA_DRAFTED, 3, "sha256:abc", null, null,
                null, List.of(), true, null, null, null, null, null, false, items, slots);
    }

    static AgendaView withIssue(AgendaView v, AgendaView.Issue issue) {
        return new AgendaView(v.meetingId(), v.body(), v.ordinal(), v.venue(), v.startDate(), v.endDate(),
                v.timeZone(), v.languages(), MeetingStatus.AGENDA_ISSUED, v.version(), v.contentHash(),
                v.approvedVersion(), v.approvedByProcedure(), v.underSilenceProcedure(), v.topics(),
                v.topicsApproved(), issue, v.openedAt(), v.adopted(), v.reportSymbol(), v.reportAdoptedAt(),
                v.closed(), v.items(), v.slots());
    }

    static AgendaView withItems(AgendaView v, List<Item> items, List<Slot> slots) {
        return new AgendaView(v.meetingId(), v.body(), v.ordinal(), v.venue(), v.startDate(), v.endDate(),
                v.timeZone(), v.languages(), v.status(), v.version(), v.contentHash(), v.approvedVersion(),
                v.approvedByProcedure(), v.underSilenceProcedure(), v.topics(), v.topicsApproved(), v.issued(),
                v.openedAt(), v.adopted(), v.reportSymbol(), v.reportAdoptedAt(), v.closed(), items, slots);
    }

    static Item item(String number, String title, List<String> annotation, List<DocumentationEntry> documentation,
                     SubItem... subItems) {
        return new Item("item-" + number, number, ItemKind.SUBSTANTIVE, title, annotation, documentation,
                List.of(subItems));
    }

    static SubItem sub(String letter, String title, String... paragraphs) {
        return new SubItem("sub-" + letter, letter, title, List.of(paragraphs));
    }

    static Slot slot(String slotId, LocalDate date, int fromHour, int toHour, Assignment... assignments) {
        return new Slot(slotId, date, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), List.of(assignments));
    }

    static Assignment assigned(String reference, String title, boolean continued) {
        return new Assignment("item", null, reference, title, continued);
    }
}
