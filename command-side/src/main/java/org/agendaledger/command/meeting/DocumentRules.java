package org.agendaledger.command.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.style.HouseStyles;

/**
 * The rules of an agenda's document, the one place they live: what a whole agenda imported in one step and the
 * document parts the secretariat sets must be. Every refused field is named by its JSON path in the request
 * ({@code items[2].subItems[0].title}, {@code parts.style}, {@code parts.footnotes[1].id}) with the sentence that
 * refuses it, all of them at once ({@link InvalidFields}); nothing is stored.
 * <ul>
 * <li>at least one item; every id of the {@link Ids} form and used once, on every level; every item of a kind;</li>
 * <li>titles and headings given, on one line; paragraphs not blank; every text within its {@link InputRules}
 * bound; a document listed once under what lists it, with its symbol and title;</li>
 * <li>sub-items and headed sections at most {@link InputRules#DEPTH} levels deep;</li>
 * <li>a house style the ledger has; the masthead's lines on one line; a document without the list of items is an
 * addendum;</li>
 * <li>an annex of a kind; a text annex has a title and paragraphs or a table of its own, a generated annex no
 * table; every row of a table has a cell for each column;</li>
 * <li>footnotes with ids used once and a text; every {@code [^id]} in a text names one of them, and each of them
 * is referred to.</li>
 * </ul>
 */
final class DocumentRules {

    /** The code of a document refused for its fields. */
    static final String INVALID = "INVALID_DOCUMENT";

    /** How a text refers to a footnote: {@code [^id]}. */
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]]*)]");

    private record Reference(String path, String footnoteId, boolean inRequest) {
    }

    private final InvalidFields.Collector refused = new InvalidFields.Collector(INVALID);
    private final HouseStyles styles;
    private final String partsPath;
    /** Each id of an item or sub-item, with where it was first used. */
    private final Map<String, String> ids = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    /** Whether the texts being read are the request's own (or the agenda's, when only the parts are set). */
    private boolean inRequest = true;

    private DocumentRules(HouseStyles styles, String partsPath) {
        this.styles = styles;
        this.partsPath = partsPath;
    }

    /** The document as the agenda's new text, once every rule holds. */
    static Agenda imported(AgendaDocument document, HouseStyles styles) {
        DocumentRules rules = new DocumentRules(styles, "parts.");
        rules.items(document.items());
        rules.parts(document.parts());
        rules.refused.throwIfAny();
        return Agenda.of(document.parts(), document.items());
    }

    /**
     * The agenda with these document parts, once every rule holds. The fields are named as in the parts themselves
     * ({@code style}, {@code footnotes[1].id}); the agenda's own texts count for the footnotes they refer to.
     */
    static Agenda withParts(Agenda agenda, DocumentParts parts, HouseStyles styles) {
        DocumentRules rules = new DocumentRules(styles, "");
        rules.inRequest = false;
        List<AgendaItemContent> items = agenda.content();
        for (int i = 0; i < items.size(); i++) {
            rules.referencesOf("items[%d]".formatted(i), items.get(i));
        }
        rules.inRequest = true;
        DocumentParts checked = parts == null ? DocumentParts.NONE : parts;
        rules.parts(checked);
        rules.refused.throwIfAny();
        return agenda.withParts(checked);
    }

    // ---------------------------------------------------------------- items

    private void items(List<AgendaItemContent> items) {
        refused.check(!items.isEmpty(), "items", "Give at least one item.");
        if (!within(items, InputRules.ITEMS, "items")) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            AgendaItemContent item = items.get(i);
            String path = "items[%d].".formatted(i);
            id(path + "itemId", item.itemId());
            refused.check(item.kind() != null, path + "kind", "Give the item's kind: one of %s."
                    .formatted(String.join(", ", Arrays.stream(ItemKind.values()).map(Enum::name)
                            .toList())));
            title(path + "title", item.title());
            paragraphs(path + "annotation", item.annotation());
            documentation(path + "documentation", item.documentation());
            subItems(path + "subItems", item.subItems(), 1);
            sections(path + "sections", item.sections(), 1);
        }
    }

    private void subItems(String path, List<SubItemContent> subItems, int level) {
        if (subItems.isEmpty()) {
            return;
        }
        if (level > InputRules.DEPTH) {
            refused.check(false, path, "At most %d levels of sub-items below an item.".formatted(InputRules.DEPTH));
            return;
        }
        if (!within(subItems, InputRules.SUB_ITEMS, path)) {
            return;
        }
        for (int s = 0; s < subItems.size(); s++) {
            SubItemContent sub = subItems.get(s);
            String at = "%s[%d].".formatted(path, s);
            id(at + "subItemId", sub.subItemId());
            title(at + "title", sub.title());
            paragraphs(at + "annotation", sub.annotation());
            documentation(at + "documentation", sub.documentation());
            sections(at + "sections", sub.sections(), 1);
            subItems(at + "subItems", sub.subItems(), level + 1);
        }
    }

    private void sections(String path, List<AnnotationSection> sections, int level) {
        if (sections.isEmpty()) {
            return;
        }
        if (level > InputRules.DEPTH) {
            refused.check(false, path, "At most %d levels of headed sections.".formatted(InputRules.DEPTH));
            return;
        }
        if (!within(sections, InputRules.SECTIONS, path)) {
            return;
        }
        for (int s = 0; s < sections.size(); s++) {
            AnnotationSection section = sections.get(s);
            String at = "%s[%d].".formatted(path, s);
            oneLine(at + "heading", section.heading(), InputRules.TITLE, "Give the section's heading.");
            paragraphs(at + "paragraphs", section.paragraphs());
            documentation(at + "documentation", section.documentation());
            sections(at + "sections", section.sections(), level + 1);
        }
    }

    private void documentation(String path, List<DocumentationEntry> entries) {
        if (!within(entries, InputRules.DOCUMENTATION, path)) {
            return;
        }
        Map<String, String> symbols = new HashMap<>();
        for (int d = 0; d < entries.size(); d++) {
            DocumentationEntry entry = entries.get(d);
            String at = "%s[%d].".formatted(path, d);
            if (oneLine(at + "symbol", entry.symbol(), InputRules.SYMBOL, "Give the document's symbol.")) {
                String first = symbols.putIfAbsent(entry.symbol(), at + "symbol");
                refused.check(first == null, at + "symbol", "This document is already listed at %s.".formatted(first));
            }
            oneLine(at + "title", entry.title(), InputRules.DOCUMENT_TITLE, "Give the document's title.");
        }
    }

    private void id(String path, String id) {
        if (id == null) {
            refused.check(false, path, "Give an id. " + Ids.MESSAGE);
        } else if (!Ids.valid(id)) {
            refused.check(false, path, Ids.MESSAGE);
        } else {
            String first = ids.putIfAbsent(id, path);
            refused.check(first == null, path, "This id is already used at %s.".formatted(first));
        }
    }

    private void title(String path, String title) {
        oneLine(path, title, InputRules.TITLE, "Give a title.");
    }

    // ---------------------------------------------------------------- parts

    private void parts(DocumentParts parts) {
        String p = partsPath;
        if (parts.style() != null) {
            refused.check(styles.find(parts.style()).isPresent(), p + "style",
                    "Not a house style of this ledger; choose one of %s.".formatted(String.join(", ", styles.ids())));
        }
        if (within(parts.masthead(), InputRules.MASTHEAD_LINES, p + "masthead")) {
            for (int m = 0; m < parts.masthead().size(); m++) {
                oneLine("%smasthead[%d]".formatted(p, m), parts.masthead().get(m), InputRules.TITLE,
                        "Give the line's text.");
            }
        }
        said(p + "parentBody", parts.parentBody(), InputRules.TITLE);
        said(p + "body", parts.body(), InputRules.TITLE);
        said(p + "sessionLine", parts.sessionLine(), InputRules.TITLE);
        said(p + "placeAndDates", parts.placeAndDates(), InputRules.TITLE);
        // the reference may name the item on a line of its own: "Item 2 of the provisional agenda" / "Organizational …"
        if (parts.itemReference() != null) {
            text(p + "itemReference", parts.itemReference(), InputRules.TITLE, false, "Leave it out or write it.");
        }
        said(p + "title", parts.title(), InputRules.TITLE);
        said(p + "subtitle", parts.subtitle(), InputRules.TITLE);
        said(p + "addendum", parts.addendum(), InputRules.SYMBOL);
        said(p + "corrigendum", parts.corrigendum(), InputRules.SYMBOL);
        said(p + "jobNumber", parts.jobNumber(), InputRules.SYMBOL);
        refused.check(!Boolean.FALSE.equals(parts.agendaList()) || parts.addendum() != null, p + "agendaList",
                "Only an addendum leaves out the list of items: give the addendum (e.g. \"Add.1\") too.");
        said(p + "introductionHeading", parts.introductionHeading(), InputRules.TITLE);
        said(p + "agendaHeading", parts.agendaHeading(), InputRules.TITLE);
        said(p + "annotationsHeading", parts.annotationsHeading(), InputRules.TITLE);
        paragraphs(p + "introduction", parts.introduction());
        paragraphs(p + "listIntroduction", parts.listIntroduction());
        if (parts.annexes() != null && within(parts.annexes(), InputRules.ANNEXES, p + "annexes")) {
            for (int a = 0; a < parts.annexes().size(); a++) {
                annex("%sannexes[%d].".formatted(p, a), parts.annexes().get(a));
            }
        }
        footnotes(p + "footnotes", parts.footnotes());
    }

    private void annex(String path, Annex annex) {
        refused.check(annex.kind() != null, path + "kind", "Give the annex's kind: one of %s."
                .formatted(String.join(", ", Arrays.stream(AnnexKind.values()).map(Enum::name).toList())));
        said(path + "title", annex.title(), InputRules.TITLE);
        paragraphs(path + "paragraphs", annex.paragraphs());
        if (annex.kind() == AnnexKind.TEXT) {
            refused.check(annex.title() != null, path + "title", "A text annex needs a title.");
            refused.check(!annex.paragraphs().isEmpty() || annex.table() != null, path + "paragraphs",
                    "A text annex needs paragraphs or a table.");
        } else if (annex.kind() != null) {
            refused.check(annex.table() == null, path + "table",
                    "Only a text annex has a table of its own; the rows of this annex come from the agenda.");
        }
        if (annex.table() != null) {
            table(path + "table.", annex.table());
        }
    }

    private void table(String path, Annex.AnnexTable table) {
        List<String> columns = table.columns();
        refused.check(!columns.isEmpty(), path + "columns", "Give the table's columns.");
        if (within(columns, InputRules.TABLE_COLUMNS, path + "columns")) {
            for (int c = 0; c < columns.size(); c++) {
                oneLine("%scolumns[%d]".formatted(path, c), columns.get(c), InputRules.TITLE,
                        "Give the column's heading.");
            }
        }
        if (!within(table.rows(), InputRules.TABLE_ROWS, path + "rows")) {
            return;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String at = "%srows[%d]".formatted(path, r);
            refused.check(row.size() == columns.size(), at, "This row has %d cells; the table has %d columns."
                    .formatted(row.size(), columns.size()));
            if (row.size() <= InputRules.TABLE_COLUMNS) {
                for (int c = 0; c < row.size(); c++) {
                    // a cell may be empty
                    text("%s[%d]".formatted(at, c), row.get(c), InputRules.TEXT, false, null);
                }
            }
        }
    }

    private void footnotes(String path, List<Footnote> footnotes) {
        if (!within(footnotes, InputRules.FOOTNOTES, path)) {
            return;
        }
        Map<String, String> known = new HashMap<>();
        for (int f = 0; f < footnotes.size(); f++) {
            Footnote footnote = footnotes.get(f);
            String at = "%s[%d].".formatted(path, f);
            if (footnote.id() == null) {
                refused.check(false, at + "id", "Give the footnote's id, as the texts refer to it: [^id].");
            } else if (!Ids.valid(footnote.id())) {
                refused.check(false, at + "id", Ids.MESSAGE);
            } else {
                String first = known.putIfAbsent(footnote.id(), at + "id");
                refused.check(first == null, at + "id", "This footnote id is already used at %s.".formatted(first));
            }
            if (footnote.text() == null || footnote.text().isBlank()) {
                refused.check(false, at + "text", "Give the footnote's text.");
            } else {
                InputRules.multiLine(footnote.text(), InputRules.TEXT)
                        .ifPresent(problem -> refused.check(false, at + "text", problem));
            }
        }
        Set<String> referred = new HashSet<>();
        for (Reference reference : references) {
            referred.add(reference.footnoteId());
            if (known.containsKey(reference.footnoteId())) {
                continue;
            }
            String sentence = "[^%s] names no footnote of the document.".formatted(shown(reference.footnoteId()));
            if (reference.inRequest()) {
                refused.check(false, reference.path(), sentence);
            } else {
                refused.check(false, path, "The agenda's %s refers to [^%s], which is not among the footnotes."
                        .formatted(reference.path(), shown(reference.footnoteId())));
            }
        }
        known.forEach((id, at) -> refused.check(referred.contains(id), at,
                "No text of the document refers to this footnote as [^%s].".formatted(id)));
    }

    /** The footnotes the agenda's own texts refer to, when only the parts are set. */
    private void referencesOf(String path, AgendaItemContent item) {
        refer(path + ".title", item.title());
        texts(path + ".annotation", item.annotation());
        documentationReferences(path + ".documentation", item.documentation());
        for (int s = 0; s < item.subItems().size(); s++) {
            referencesOf("%s.subItems[%d]".formatted(path, s), item.subItems().get(s));
        }
        for (int s = 0; s < item.sections().size(); s++) {
            referencesOf("%s.sections[%d]".formatted(path, s), item.sections().get(s));
        }
    }

    private void referencesOf(String path, SubItemContent sub) {
        refer(path + ".title", sub.title());
        texts(path + ".annotation", sub.annotation());
        documentationReferences(path + ".documentation", sub.documentation());
        for (int s = 0; s < sub.subItems().size(); s++) {
            referencesOf("%s.subItems[%d]".formatted(path, s), sub.subItems().get(s));
        }
        for (int s = 0; s < sub.sections().size(); s++) {
            referencesOf("%s.sections[%d]".formatted(path, s), sub.sections().get(s));
        }
    }

    private void referencesOf(String path, AnnotationSection section) {
        refer(path + ".heading", section.heading());
        texts(path + ".paragraphs", section.paragraphs());
        documentationReferences(path + ".documentation", section.documentation());
        for (int s = 0; s < section.sections().size(); s++) {
            referencesOf("%s.sections[%d]".formatted(path, s), section.sections().get(s));
        }
    }

    private void documentationReferences(String path, List<DocumentationEntry> entries) {
        for (int d = 0; d < entries.size(); d++) {
            refer("%s[%d].title".formatted(path, d), entries.get(d).title());
        }
    }

    private void texts(String path, List<String> texts) {
        for (int t = 0; t < texts.size(); t++) {
            refer("%s[%d]".formatted(path, t), texts.get(t));
        }
    }

    // ---------------------------------------------------------------- texts

    private void paragraphs(String path, List<String> paragraphs) {
        if (!within(paragraphs, InputRules.PARAGRAPHS, path)) {
            return;
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            text("%s[%d]".formatted(path, i), paragraphs.get(i), InputRules.TEXT, false, "Write the paragraph.");
        }
    }

    /** A part that may be left unsaid (null), and when said is a line of text. */
    private void said(String path, String value, int max) {
        if (value != null) {
            oneLine(path, value, max, "Leave it out or write it.");
        }
    }

    /** A text on one line that must be given; whether it passed. */
    private boolean oneLine(String path, String value, int max, String missing) {
        return text(path, value, max, true, missing);
    }

    /**
     * A text within {@code max} characters, on one line or several; {@code missing} is the sentence for a text
     * that is not given or blank, null when it may be empty. Its references to footnotes are noted.
     */
    private boolean text(String path, String value, int max, boolean oneLine, String missing) {
        if (value == null || (missing != null && value.isBlank())) {
            refused.check(false, path, missing == null ? "Give a text (it may be empty)." : missing);
            return false;
        }
        var problem = oneLine ? InputRules.oneLine(value, max) : InputRules.multiLine(value, max);
        problem.ifPresent(sentence -> refused.check(false, path, sentence));
        if (problem.isEmpty()) {
            refer(path, value);
        }
        return problem.isEmpty();
    }

    private void refer(String path, String text) {
        if (text == null || !text.contains("[^")) {
            return;
        }
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            references.add(new Reference(path, matcher.group(1), inRequest));
        }
    }

    /** Whether a list is within its bound; refuses it when not, and its entries are then not looked at. */
    private boolean within(List<?> list, int max, String path) {
        refused.check(list.size() <= max, path, InputRules.tooMany(max));
        return list.size() <= max;
    }

    /** A footnote id as a sentence quotes it: cut when long. */
    private static String shown(String id) {
        return id.length() > Ids.MAX_LENGTH ? id.substring(0, Ids.MAX_LENGTH) + "…" : id;
    }
}
