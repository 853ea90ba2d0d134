package org.agendaledger.query.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.query.agenda.AgendaView;

/**
 * The annotated provisional agenda as a document, in reading order, with every text already punctuated and dated
 * as it is printed. The Markdown and the HTML (and through it the PDF) are written from this one structure, so the
 * formats cannot drift apart in what they say.
 *
 * @param symbol           the document symbol, or null while the agenda is not issued (a draft has none yet)
 * @param distribution     "General", or null for a draft
 * @param dateOfIssue      "4 June 2020", or null for a draft
 * @param originalLanguage "English", or null for a draft
 * @param placeAndDates    "Vienna, 10 and 11 September 2020"
 */
record AnnotatedAgenda(String symbol, String distribution, String dateOfIssue, String originalLanguage, String body,
                       String placeAndDates, List<AgendaLine> provisionalAgenda, List<ItemAnnotation> annotations,
                       List<AnnexDay> organizationOfWork) {

    /** A line of the provisional agenda: "1." and "Organizational matters:", with its sub-items "(a)"… */
    record AgendaLine(String label, String text, List<AgendaLine> subItems) {
    }

    /** The annotations of an item: its sub-items' first, then its own paragraphs, then its documentation. */
    record ItemAnnotation(String number, String title, List<SubItemAnnotation> subItems, List<String> paragraphs,
                          List<DocumentationEntry> documentation) {
    }

    record SubItemAnnotation(String letter, String title, List<String> paragraphs) {
    }

    /** A day of the proposed organization of work and its rows. */
    record AnnexDay(String day, List<AnnexRow> rows) {
    }

    /** A row of the annex; {@code time} is printed on the first row of a slot only, and is empty on the others. */
    record AnnexRow(String time, String reference, String title) {
    }

    /** Not issued yet: only the issue gives a document its distribution, date and symbol. */
    boolean draft() {
        return distribution == null;
    }

    static AnnotatedAgenda of(AgendaView view) {
        AgendaView.Issue issue = view.issued();
        String placeAndDates = view.venue() + ", " + UnitedNationsStyle.dates(view.startDate(), view.endDate());
        return new AnnotatedAgenda(
                issue == null ? null : issue.symbol(),
                issue == null ? null : Objects.requireNonNullElse(issue.distribution(), "General"),
                issue == null || issue.dateOfIssue() == null ? null : UnitedNationsStyle.date(issue.dateOfIssue()),
                issue == null ? null : issue.originalLanguage(),
                view.body(), placeAndDates, provisionalAgenda(view), annotations(view), organizationOfWork(view));
    }

    /**
     * The punctuation of the list: an item with sub-items introduces them with a colon, the sub-items are separated
     * by semicolons and the last one closes with a full stop, as does every other item.
     */
    private static List<AgendaLine> provisionalAgenda(AgendaView view) {
        List<AgendaLine> lines = new ArrayList<>();
        for (AgendaView.Item item : listed(view.items())) {
            List<AgendaView.SubItem> subItems = listed(item.subItems());
            List<AgendaLine> subLines = new ArrayList<>();
            for (int i = 0; i < subItems.size(); i++) {
                AgendaView.SubItem sub = subItems.get(i);
                subLines.add(new AgendaLine(sub.letter(), punctuated(sub.title(), i == subItems.size() - 1 ? "." : ";"),
                        List.of()));
            }
            lines.add(new AgendaLine(item.number() + ".", punctuated(item.title(), subLines.isEmpty() ? "." : ":"),
                    subLines));
        }
        return lines;
    }

    private static List<ItemAnnotation> annotations(AgendaView view) {
        List<ItemAnnotation> annotations = new ArrayList<>();
        for (AgendaView.Item item : listed(view.items())) {
            List<SubItemAnnotation> subItems = listed(item.subItems()).stream()
                    .map(s -> new SubItemAnnotation(s.letter(), s.title(), listed(s.annotation())))
                    .toList();
            // an item without documentation gets no "Documentation" heading at all: where nothing is foreseen the
            // annotation says so in its own words (item 4 of CTOC/COP/WG.4/2020/1), and saying it twice is noise
            annotations.add(new ItemAnnotation(item.number() + ".", item.title(), subItems, listed(item.annotation()),
                    listed(item.documentation())));
        }
        return annotations;
    }

    private static List<AnnexDay> organizationOfWork(AgendaView view) {
        List<AnnexDay> days = new ArrayList<>();
        List<AnnexRow> rows = null;
        LocalDate current = null;
        for (AgendaView.Slot slot : listed(view.slots())) {
            List<AgendaView.Assignment> assignments = listed(slot.assignments());
            if (assignments.isEmpty()) {
                // a planned meeting with no business assigned has nothing to tell the reader: a bare time is no
                // row of an organization of work (the secretariat sees open slots on its organization page)
                continue;
            }
            if (!slot.date().equals(current)) {
                current = slot.date();
                rows = new ArrayList<>();
                days.add(new AnnexDay(UnitedNationsStyle.day(current), rows));
            }
            String time = UnitedNationsStyle.times(slot.start(), slot.end());
            for (int i = 0; i < assignments.size(); i++) {
                AgendaView.Assignment a = assignments.get(i);
                rows.add(new AnnexRow(i == 0 ? time : "", a.reference(),
                        a.continued() ? a.title() + " (continued)" : a.title()));
            }
        }
        return days;
    }

    /** The title with the list's mark; a title that already ends in a question or exclamation mark keeps it. */
    private static String punctuated(String title, String mark) {
        String bare = title.strip().replaceAll("[.;:,]+$", "");
        return bare.endsWith("?") || bare.endsWith("!") ? bare : bare + mark;
    }

    private static <T> List<T> listed(List<T> values) {
        return values == null ? List.of() : values;
    }
}
