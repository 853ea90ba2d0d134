package org.agendaledger.app.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendaledger.app.web.TextChanges.Line;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.silence.SilenceProcedureView;

/**
 * The text under silence as lines that two versions can be compared by: the procedure's covering text, then the
 * subject as it stood when the procedure started: the topics, the agenda (items, their annotation paragraphs,
 * documentation, sub-items and their annotation paragraphs) or the meeting plan. Each line carries its style, the
 * class the page shows it with.
 */
final class SubjectText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private SubjectText() {
    }

    /** The lines of a procedure's text; {@code agenda} is the meeting's agenda as of its start (null if unknown). */
    static List<Line> lines(SilenceProcedureView procedure, AgendaView agenda) {
        List<Line> lines = new ArrayList<>();
        if (procedure.text() != null) {
            for (String paragraph : procedure.text().split("\\R")) {
                if (!paragraph.isBlank()) {
                    lines.add(new Line("text", paragraph.strip()));
                }
            }
        }
        if (agenda == null) {
            return lines;
        }
        SubjectKind kind = procedure.subject().kind();
        switch (kind) {
            case SUBSTANTIVE_TOPICS -> {
                for (int i = 0; i < agenda.topics().size(); i++) {
                    lines.add(new Line("topic", (i + 1) + ".", agenda.topics().get(i).title()));
                }
            }
            case AGENDA -> agenda.items().forEach(item -> agendaItem(item, lines));
            case MEETING_PLAN -> lines.addAll(plan(agenda));
        }
        return lines;
    }

    private static void agendaItem(AgendaView.Item item, List<Line> lines) {
        lines.add(new Line("item", item.number() + ".", item.title()));
        item.annotation().forEach(paragraph -> lines.add(new Line("annotation", paragraph)));
        for (DocumentationEntry document : item.documentation()) {
            lines.add(new Line("document", document.symbol() + " — " + document.title()));
        }
        for (AgendaView.SubItem sub : item.subItems()) {
            lines.add(new Line("sub-item", sub.letter(), sub.title()));
            sub.annotation().forEach(paragraph -> lines.add(new Line("sub-annotation", paragraph)));
        }
    }

    /** The meeting plan: the meeting, venue, dates, time zone, languages and plenary meetings. */
    static List<Line> plan(AgendaView agenda) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("plan", "Meeting: " + agenda.body() + ", " + agenda.ordinal()));
        lines.add(new Line("plan", "Venue: " + agenda.venue()));
        String dates = agenda.startDate() == null ? "" : DAY.format(agenda.startDate())
                + (agenda.endDate() == null || agenda.endDate().equals(agenda.startDate())
                        ? "" : " to " + DAY.format(agenda.endDate()));
        lines.add(new Line("plan", "Dates: " + dates));
        lines.add(new Line("plan", "Time zone: " + agenda.timeZone()));
        lines.add(new Line("plan", "Languages: " + String.join(", ", agenda.languages())));
        for (AgendaView.Slot slot : agenda.slots()) {
            lines.add(new Line("slot", "Plenary meeting: " + DAY.format(slot.date()) + ", " + slot.start() + "–"
                    + slot.end()));
        }
        return lines;
    }
}
