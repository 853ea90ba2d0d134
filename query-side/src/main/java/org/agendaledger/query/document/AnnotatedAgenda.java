package org.agendaledger.query.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.style.HouseStyle;
import org.agendaledger.query.agenda.AgendaView;

/**
 * The agenda's document in reading order, with every text already worded, numbered, punctuated and dated as it is
 * printed: the document's own parts where it says them, its house style's defaults where it does not. The Markdown
 * and the HTML (and through it the PDF) are written from this one structure, so the formats cannot drift apart in
 * what they say.
 *
 * @param organization   the masthead's organisation lines
 * @param symbol         the symbol as printed (with "/Add.1"), or null while the agenda is not issued
 * @param masthead       the top of the first page in the style's order: organisation lines, symbol, distribution,
 *                       date of issue, original language, job number; for a draft the style's draft line instead of
 *                       the symbol and the issue's lines
 * @param opening        the lines between masthead and title: parent body, body, session, place and dates, the item
 *                       reference, each with its role
 * @param title          "Annotated provisional agenda"
 * @param subtitle       "Note by the Executive Secretary", or null
 * @param introduction   the introduction's heading (null without chapters) and paragraphs, or null when there is none
 * @param agendaHeading  the list's heading, or null when the document has no list
 * @param annotationsHeading the annotations' heading
 */
record AnnotatedAgenda(HouseStyle style, List<String> organization, String symbol, List<MastheadLine> masthead,
                       List<Line> opening, String title, String subtitle, Part introduction, String agendaHeading,
                       List<Paragraph> listIntroduction, List<AgendaLine> provisionalAgenda,
                       String annotationsHeading, List<ItemAnnotation> annotations, List<AnnexPart> annexes,
                       List<Note> footnotes) {

    /**
     * A line of the masthead and what it is: "organization" (one per line), "symbol", "distribution", "date",
     * "original", "job-number", or "draft".
     */
    record MastheadLine(String part, String text) {
    }

    /** A line of the opening, with what it is: "parent-body", "body", "session", "place-and-dates", "item-reference". */
    record Line(String role, String text) {
    }

    /** A paragraph; {@code number} is "1." where the document numbers its paragraphs, else null. */
    record Paragraph(String number, String text) {
    }

    /** A chapter without items: its heading and paragraphs. */
    record Part(String heading, List<Paragraph> paragraphs) {
    }

    /** A line of the provisional agenda: "1." and "Organizational matters:", with its sub-items "(a)"… */
    record AgendaLine(String label, String text, List<AgendaLine> subItems) {
    }

    /** A document listed: as the style words it, with the symbol (and its parentheses) as the part never broken. */
    record Listed(String before, String symbol, String after) {

        String text() {
            return before + symbol + after;
        }
    }

    /** A "Documentation" block. */
    record Documentation(String heading, List<Listed> entries) {
    }

    /** A headed section of an annotation. */
    record Section(String heading, List<Paragraph> paragraphs, Documentation documentation, List<Section> sections) {
    }

    /**
     * The annotations of an item: its heading ("1." and "Organizational matters", or "Item 1:" and the title), its
     * own paragraphs, documentation and sections, then its sub-items'.
     */
    record ItemAnnotation(String label, String title, List<Paragraph> paragraphs, Documentation documentation,
                          List<Section> sections, List<SubItemAnnotation> subItems) {
    }

    record SubItemAnnotation(String label, String title, List<Paragraph> paragraphs, Documentation documentation,
                             List<Section> sections, List<SubItemAnnotation> subItems) {
    }

    /** An annex: its heading ("Annex", "Annex II"), title, paragraphs, and one of its three kinds of contents. */
    record AnnexPart(String heading, String title, List<Paragraph> paragraphs, List<AnnexDay> organizationOfWork,
                     Table table) {
    }

    /** A day of the proposed organization of work and its rows. */
    record AnnexDay(String day, List<AnnexRow> rows) {
    }

    /** A row of the annex; {@code time} is printed on the first row of a slot only, and is empty on the others. */
    record AnnexRow(String time, String reference, String title) {
    }

    /** A table: the list of documents, or a free annex's. */
    record Table(List<String> columns, List<List<String>> rows) {
    }

    /** A footnote as printed at the end: its number and text. */
    record Note(String number, String text) {
    }

    /** Not issued yet: only the issue gives a document its distribution, date and symbol. */
    boolean draft() {
        return symbol == null;
    }

    /** The draft line, or null for an issued document. */
    String draftLine() {
        return masthead.stream().filter(l -> l.part().equals("draft")).map(MastheadLine::text).findFirst()
                .orElse(null);
    }

    /** Where a footnote is referred to in a text: a mark the writers replace after escaping. */
    static final Pattern FOOTNOTE_MARK = Pattern.compile("\uE000(\\d+)\uE001");

    static AnnotatedAgenda of(AgendaView view, HouseStyle style) {
        return new Builder(view, style).build();
    }

    /** Builds the document of one view in one style; numbers paragraphs and footnotes as it goes. */
    private static final class Builder {

        private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)]");
        private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

        private final AgendaView view;
        private final HouseStyle style;
        private final DocumentParts parts;
        private final boolean numbered;
        private final Map<String, String> footnoteTexts = new LinkedHashMap<>();
        private final Map<String, String> footnoteNumbers = new LinkedHashMap<>();
        private int paragraphs;

        Builder(AgendaView view, HouseStyle style) {
            this.view = view;
            this.style = style;
            this.parts = view.parts();
            this.numbered = Objects.requireNonNullElse(parts.numberedParagraphs(), style.numberedParagraphs());
            parts.footnotes().forEach(f -> footnoteTexts.put(f.id(), f.text()));
        }

        AnnotatedAgenda build() {
            AgendaView.Issue issue = view.issued();
            boolean chapters = Objects.requireNonNullElse(parts.chapterHeadings(), style.chapterHeadings());
            boolean listed = !Boolean.FALSE.equals(parts.agendaList());
            List<String> chapterTitles = new ArrayList<>();
            Part introduction = null;
            if (!parts.introduction().isEmpty()) {
                String heading = chapters ? chapter(chapterTitles, or(parts.introductionHeading(),
                        style.introductionHeading())) : parts.introductionHeading();
                introduction = new Part(heading, paragraphs(parts.introduction()));
            }
            String agendaHeading = listed ? chapter(chapters, chapterTitles, or(parts.agendaHeading(),
                    style.agendaHeading())) : null;
            List<Paragraph> listIntroduction = listed ? paragraphs(parts.listIntroduction()) : List.of();
            List<AgendaLine> list = listed ? provisionalAgenda() : List.of();
            String annotationsHeading = chapter(chapters, chapterTitles, or(parts.annotationsHeading(),
                    style.annotationsHeading()));
            List<ItemAnnotation> annotations = annotations();
            List<AnnexPart> annexes = annexes();
            List<String> organization = parts.masthead().isEmpty() ? style.masthead() : parts.masthead();
            return new AnnotatedAgenda(style, organization, symbol(issue), masthead(organization, issue), opening(),
                    or(parts.title(), style.title()), parts.subtitle(), introduction, agendaHeading,
                    listIntroduction, list, annotationsHeading, annotations, annexes, notes());
        }

        // ------------------------------------------------------------ first page

        private String symbol(AgendaView.Issue issue) {
            if (issue == null || issue.symbol() == null) {
                return null;
            }
            String symbol = issue.symbol();
            if (parts.addendum() != null) {
                symbol += "/" + parts.addendum();
            }
            if (parts.corrigendum() != null) {
                symbol += "/" + parts.corrigendum();
            }
            return symbol;
        }

        /** The top of the first page in the style's order; a draft says so where its distribution would stand. */
        private List<MastheadLine> masthead(List<String> organization, AgendaView.Issue issue) {
            List<MastheadLine> lines = new ArrayList<>();
            boolean draftSaid = false;
            for (String part : style.mastheadOrder()) {
                switch (part) {
                    case "organization" -> organization.forEach(o -> lines.add(new MastheadLine(part, o)));
                    case "symbol" -> {
                        String symbol = symbol(issue);
                        if (symbol != null) {
                            lines.add(new MastheadLine(part, symbol));
                        }
                    }
                    case "job-number" -> {
                        if (parts.jobNumber() != null) {
                            lines.add(new MastheadLine(part, parts.jobNumber()));
                        }
                    }
                    default -> {
                        if (issue == null) {
                            if (!draftSaid) {
                                lines.add(new MastheadLine("draft", style.draftLine()));
                                draftSaid = true;
                            }
                        } else {
                            String text = issueLine(part, issue);
                            if (text != null) {
                                lines.add(new MastheadLine(part, text));
                            }
                        }
                    }
                }
            }
            if (issue == null && !draftSaid) {
                lines.add(new MastheadLine("draft", style.draftLine()));
            }
            return lines;
        }

        private String issueLine(String part, AgendaView.Issue issue) {
            return switch (part) {
                case "distribution" -> style.distributionLine().replace("{distribution}",
                        issueCase(Objects.requireNonNullElse(issue.distribution(), "General")));
                case "date" -> issue.dateOfIssue() == null ? null : date(issue.dateOfIssue());
                default -> originalLine(issue);
            };
        }

        private String originalLine(AgendaView.Issue issue) {
            if (issue == null || issue.originalLanguage() == null) {
                return null;
            }
            String language = issue.originalLanguage();
            // "English only": a document issued in one language says so instead of naming its original
            if (language.endsWith(" only")) {
                return issueCase(language);
            }
            return style.originalLine().replace("{language}", issueCase(language));
        }

        private String issueCase(String text) {
            return style.upperCaseIssueLines() ? text.toUpperCase(locale()) : text;
        }

        private List<Line> opening() {
            List<Line> lines = new ArrayList<>();
            add(lines, "parent-body", parts.parentBody());
            add(lines, "body", or(parts.body(), view.body()));
            add(lines, "session", parts.sessionLine());
            add(lines, "place-and-dates", or(parts.placeAndDates(),
                    view.venue() + ", " + UnitedNationsStyle.dates(view.startDate(), view.endDate())));
            // the item reference may name the item on a line of its own: "Item 2 of the provisional agenda",
            // "Organizational matters"
            if (parts.itemReference() != null) {
                parts.itemReference().lines().forEach(l -> add(lines, "item-reference", l));
            }
            return lines;
        }

        private static void add(List<Line> lines, String role, String text) {
            if (text != null && !text.isBlank()) {
                lines.add(new Line(role, text));
            }
        }

        private String chapter(boolean chapters, List<String> titles, String title) {
            return chapters ? chapter(titles, title) : title;
        }

        private String chapter(List<String> titles, String title) {
            titles.add(title);
            return style.chapterHeading().replace("{numeral}", roman(titles.size())).replace("{title}", title);
        }

        // ------------------------------------------------------------ the list

        /**
         * The punctuation of the list: an item with sub-items introduces them with a colon, the sub-items are
         * separated by semicolons and the last one closes with a full stop, as does every other item.
         */
        private List<AgendaLine> provisionalAgenda() {
            List<AgendaLine> lines = new ArrayList<>();
            List<AgendaView.Item> items = listed(view.items());
            for (int i = 0; i < items.size(); i++) {
                AgendaView.Item item = items.get(i);
                List<AgendaLine> subLines = subLines(listed(item.subItems()).stream().map(Builder::content).toList(),
                        0, i == items.size() - 1);
                lines.add(new AgendaLine(style.agendaItemLabel().replace("{number}", item.number()),
                        punctuated(item.title(), subLines.isEmpty() ? "." : ":"), subLines));
            }
            return lines;
        }

        private List<AgendaLine> subLines(List<SubItemContent> subs, int level, boolean last) {
            List<AgendaLine> lines = new ArrayList<>();
            for (int i = 0; i < subs.size(); i++) {
                SubItemContent sub = subs.get(i);
                List<AgendaLine> deeper = subLines(sub.subItems(), level + 1, i == subs.size() - 1);
                String mark = !deeper.isEmpty() ? ":" : i == subs.size() - 1 ? "." : ";";
                lines.add(new AgendaLine(label(level, i), punctuated(sub.title(), mark), deeper));
            }
            return lines;
        }

        // ------------------------------------------------------------ the annotations

        private List<ItemAnnotation> annotations() {
            List<ItemAnnotation> annotations = new ArrayList<>();
            for (AgendaView.Item item : listed(view.items())) {
                String[] heading = heading(style.itemHeading(), item.number(), item.title());
                // what belongs to the item as a whole comes before its sub-items, so that it never reads as the last
                // one's; an item without documentation gets no "Documentation" heading at all
                List<Paragraph> own = paragraphs(listed(item.annotation()));
                Documentation documentation = documentation(listed(item.documentation()));
                List<Section> sections = sections(item.sections());
                annotations.add(new ItemAnnotation(heading[0], heading[1], own, documentation, sections,
                        subAnnotations(listed(item.subItems()).stream().map(Builder::content).toList(), 0)));
            }
            return annotations;
        }

        private List<SubItemAnnotation> subAnnotations(List<SubItemContent> subs, int level) {
            List<SubItemAnnotation> result = new ArrayList<>();
            for (int i = 0; i < subs.size(); i++) {
                SubItemContent sub = subs.get(i);
                String[] heading = heading(style.subItemHeading().replace("{label}", label(level, i)), "", sub.title());
                result.add(new SubItemAnnotation(heading[0], heading[1], paragraphs(sub.annotation()),
                        documentation(sub.documentation()), sections(sub.sections()),
                        subAnnotations(sub.subItems(), level + 1)));
            }
            return result;
        }

        private List<Section> sections(List<AnnotationSection> sections) {
            return sections.stream().map(s -> new Section(text(s.heading()), paragraphs(s.paragraphs()),
                    documentation(s.documentation()), sections(s.sections()))).toList();
        }

        private Documentation documentation(List<DocumentationEntry> entries) {
            if (entries.isEmpty()) {
                return null;
            }
            return new Documentation(style.documentationHeading(), entries.stream().map(this::listed).toList());
        }

        /** "{title} ({symbol})": the parentheses go with the symbol, so that a line never ends with a lone "(". */
        private Listed listed(DocumentationEntry entry) {
            String pattern = style.documentationLine();
            String symbolPart = pattern.contains("({symbol})") ? "({symbol})" : "{symbol}";
            int at = pattern.indexOf(symbolPart);
            String before = pattern.substring(0, at).replace("{title}", text(entry.title()));
            String after = pattern.substring(at + symbolPart.length()).replace("{title}", text(entry.title()));
            return new Listed(before, symbolPart.replace("{symbol}", entry.symbol()), after);
        }

        /** A heading pattern split into the label that hangs ("1.", "Item 1:") and the title. */
        private String[] heading(String pattern, String number, String title) {
            int at = pattern.indexOf("{title}");
            String label = pattern.substring(0, at).replace("{number}", number).strip();
            return new String[]{label, text(title) + pattern.substring(at + "{title}".length())};
        }

        // ------------------------------------------------------------ the annexes

        private List<AnnexPart> annexes() {
            List<Annex> wanted = parts.annexes() == null
                    ? List.of(new Annex(AnnexKind.ORGANIZATION_OF_WORK, null, null, null))
                    : parts.annexes();
            List<AnnexPart> contents = new ArrayList<>();
            for (Annex annex : wanted) {
                AnnexPart part = switch (annex.kind()) {
                    case ORGANIZATION_OF_WORK -> {
                        List<AnnexDay> days = organizationOfWork();
                        // a generated annex with nothing to show is no annex (slots not planned or all empty)
                        yield days.isEmpty() && annex.paragraphs().isEmpty() ? null
                                : new AnnexPart(null, or(annex.title(), style.organizationOfWorkTitle()),
                                        annexParagraphs(annex.paragraphs()), days, null);
                    }
                    case LIST_OF_DOCUMENTS -> {
                        Table table = listOfDocuments();
                        yield table.rows().isEmpty() && annex.paragraphs().isEmpty() ? null
                                : new AnnexPart(null, or(annex.title(), style.listOfDocumentsTitle()),
                                        annexParagraphs(annex.paragraphs()), List.of(), table);
                    }
                    case TEXT -> new AnnexPart(null, text(annex.title()), annexParagraphs(annex.paragraphs()),
                            List.of(), annex.table() == null ? null : new Table(
                                    annex.table().columns().stream().map(this::text).toList(),
                                    annex.table().rows().stream().map(r -> r.stream().map(this::text).toList())
                                            .toList()));
                };
                if (part != null) {
                    contents.add(part);
                }
            }
            List<AnnexPart> numbered = new ArrayList<>();
            for (int i = 0; i < contents.size(); i++) {
                AnnexPart p = contents.get(i);
                String heading = contents.size() == 1 ? style.annexHeading()
                        : style.numberedAnnexHeading().replace("{numeral}", roman(i + 1));
                numbered.add(new AnnexPart(heading, p.title(), p.paragraphs(), p.organizationOfWork(), p.table()));
            }
            return numbered;
        }

        private List<AnnexDay> organizationOfWork() {
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
                    days.add(new AnnexDay(DateTimeFormatter.ofPattern(style.dayFormat(), locale()).format(current),
                            rows));
                }
                String time = "24-hour".equals(style.timeFormat())
                        ? slot.start() + (slot.end() == null ? "" : UnitedNationsStyle.EN_DASH + slot.end())
                        : UnitedNationsStyle.times(slot.start(), slot.end());
                for (int i = 0; i < assignments.size(); i++) {
                    AgendaView.Assignment a = assignments.get(i);
                    rows.add(new AnnexRow(i == 0 ? time : "", a.reference(),
                            a.continued() ? a.title() + " " + style.continued() : a.title()));
                }
            }
            return days;
        }

        /** Every document listed under an item, a sub-item or a section, once, with the items it is listed under. */
        private Table listOfDocuments() {
            Map<String, String[]> documents = new LinkedHashMap<>();
            for (AgendaView.Item item : listed(view.items())) {
                collect(documents, item.documentation(), item.number());
                collectSections(documents, item.sections(), item.number());
                List<AgendaView.SubItem> subs = listed(item.subItems());
                for (int i = 0; i < subs.size(); i++) {
                    collect(documents, content(subs.get(i)), item.number() + " " + label(0, i), 1);
                }
            }
            return new Table(style.listOfDocumentsColumns(),
                    documents.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue()[0], e.getValue()[1]))
                            .toList());
        }

        private void collect(Map<String, String[]> documents, SubItemContent sub, String reference, int level) {
            collect(documents, sub.documentation(), reference);
            collectSections(documents, sub.sections(), reference);
            for (int i = 0; i < sub.subItems().size(); i++) {
                collect(documents, sub.subItems().get(i), reference + " " + label(level, i), level + 1);
            }
        }

        private void collectSections(Map<String, String[]> documents, List<AnnotationSection> sections,
                                     String reference) {
            for (AnnotationSection section : sections) {
                collect(documents, section.documentation(), reference);
                collectSections(documents, section.sections(), reference);
            }
        }

        private void collect(Map<String, String[]> documents, List<DocumentationEntry> entries, String reference) {
            for (DocumentationEntry entry : listed(entries)) {
                String[] known = documents.get(entry.symbol());
                if (known == null) {
                    documents.put(entry.symbol(), new String[]{text(entry.title()), reference});
                } else if (!List.of(known[1].split(", ")).contains(reference)) {
                    known[1] = known[1] + ", " + reference;
                }
            }
        }

        // ------------------------------------------------------------ texts

        private List<Paragraph> paragraphs(List<String> texts) {
            return texts.stream().map(t -> new Paragraph(numbered ? ++paragraphs + "." : null, text(t))).toList();
        }

        /** Annexes are not part of the numbered text. */
        private List<Paragraph> annexParagraphs(List<String> texts) {
            return texts.stream().map(t -> new Paragraph(null, text(t))).toList();
        }

        /** A text with its footnote references as marks, numbered in the order they are first met. */
        private String text(String text) {
            if (text == null || footnoteTexts.isEmpty()) {
                return text;
            }
            Matcher m = FOOTNOTE_REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String id = m.group(1);
                if (!footnoteTexts.containsKey(id)) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                String number = footnoteNumbers.computeIfAbsent(id, k -> String.valueOf(footnoteNumbers.size() + 1));
                m.appendReplacement(out, "\uE000" + number + "\uE001");
            }
            m.appendTail(out);
            return out.toString();
        }

        private List<Note> notes() {
            List<Note> notes = new ArrayList<>();
            footnoteNumbers.forEach((id, number) -> notes.add(new Note(number, footnoteTexts.get(id))));
            // a footnote no text refers to is still printed, after the others: nothing said is dropped
            for (Footnote f : parts.footnotes()) {
                if (!footnoteNumbers.containsKey(f.id())) {
                    notes.add(new Note(String.valueOf(notes.size() + 1), f.text()));
                }
            }
            return notes;
        }

        private String date(LocalDate date) {
            return DateTimeFormatter.ofPattern(style.dateFormat(), locale()).format(date);
        }

        private Locale locale() {
            return Locale.forLanguageTag(style.locale());
        }

        /** The label of the {@code index}th entry at a level below the items: "(a)", "(ii)", "(C)", "4". */
        private String label(int level, int index) {
            List<String> labels = style.levelLabels();
            String kind = labels.get(Math.min(level, labels.size() - 1));
            return switch (kind) {
                case "roman" -> "(" + roman(index + 1).toLowerCase(Locale.ROOT) + ")";
                case "capital-letter" -> "(" + letters(index).toUpperCase(Locale.ROOT) + ")";
                case "number" -> String.valueOf(index + 1);
                default -> "(" + letters(index) + ")";
            };
        }

        /** a, b, … z, aa, bb, … as sub-items run on. */
        private static String letters(int index) {
            return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
        }

        private static String roman(int number) {
            return number <= ROMAN.length ? ROMAN[number - 1] : String.valueOf(number);
        }

        private static SubItemContent content(AgendaView.SubItem sub) {
            return new SubItemContent(sub.subItemId(), sub.title(), listed(sub.annotation()), sub.documentation(),
                    sub.sections(), sub.subItems());
        }

        /** The title with the list's mark; a title that already ends in a question or exclamation mark keeps it. */
        private String punctuated(String title, String mark) {
            String bare = text(title).strip().replaceAll("[.;:,]+$", "");
            return bare.endsWith("?") || bare.endsWith("!") ? bare : bare + mark;
        }

        private static String or(String given, String otherwise) {
            return given == null || given.isBlank() ? otherwise : given;
        }

        private static <T> List<T> listed(List<T> values) {
            return values == null ? List.of() : values;
        }
    }
}
