package org.agendaledger.command.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.agendaledger.command.shared.ContentHash;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;

/**
 * The content of an agenda: items in order, each with sub-items, annotation, documentation and headed sections, and
 * the parts of its document (masthead, title, structure, annexes, footnotes). Immutable; every change returns a new
 * agenda, so a command handler can compute the hash of the result before it records the change. Numbers are never
 * stored: they are the positions.
 */
record Agenda(List<Item> items, DocumentParts parts) {

    record Item(String id, ItemKind kind, String title, List<String> annotation, List<DocumentationEntry> documentation,
                List<SubItem> subItems, List<AnnotationSection> sections) {

        Item {
            annotation = List.copyOf(annotation);
            documentation = List.copyOf(documentation);
            subItems = List.copyOf(subItems);
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        /** An item without headed sections, as the item-by-item commands make one. */
        Item(String id, ItemKind kind, String title, List<String> annotation, List<DocumentationEntry> documentation,
             List<SubItem> subItems) {
            this(id, kind, title, annotation, documentation, subItems, List.of());
        }

        Item withSubItems(List<SubItem> newSubItems) {
            return new Item(id, kind, title, annotation, documentation, newSubItems, sections);
        }

        Item withAnnotation(List<String> paragraphs) {
            return new Item(id, kind, title, paragraphs, documentation, subItems, sections);
        }

        Item withDocumentation(List<DocumentationEntry> entries) {
            return new Item(id, kind, title, annotation, entries, subItems, sections);
        }

        Item revised(ItemKind newKind, String newTitle) {
            return new Item(id, newKind, newTitle, annotation, documentation, subItems, sections);
        }
    }

    /** A sub-item (a), (b)…; where the document goes deeper, its documentation, sections and own sub-items. */
    record SubItem(String id, String title, List<String> annotation, List<DocumentationEntry> documentation,
                   List<AnnotationSection> sections, List<SubItemContent> subItems) {

        SubItem {
            annotation = List.copyOf(annotation);
            documentation = documentation == null ? List.of() : List.copyOf(documentation);
            sections = sections == null ? List.of() : List.copyOf(sections);
            subItems = subItems == null ? List.of() : List.copyOf(subItems);
        }

        /** A sub-item with a title and paragraphs only, as the item-by-item commands make one. */
        SubItem(String id, String title, List<String> annotation) {
            this(id, title, annotation, List.of(), List.of(), List.of());
        }

        SubItem retitled(String newTitle) {
            return new SubItem(id, newTitle, annotation, documentation, sections, subItems);
        }

        SubItem withAnnotation(List<String> paragraphs) {
            return new SubItem(id, title, paragraphs, documentation, sections, subItems);
        }
    }

    static final Agenda EMPTY = new Agenda(List.of());

    Agenda {
        items = List.copyOf(items);
        parts = parts == null ? DocumentParts.NONE : parts;
    }

    /** An agenda whose document parts are not set: the house style and the meeting's plan decide them. */
    Agenda(List<Item> items) {
        this(items, DocumentParts.NONE);
    }

    static Agenda of(List<AgendaItemContent> content) {
        return of(DocumentParts.NONE, content);
    }

    static Agenda of(DocumentParts parts, List<AgendaItemContent> content) {
        return new Agenda(content.stream().map(c -> new Item(c.itemId(), c.kind(), c.title(), c.annotation(),
                c.documentation(), c.subItems().stream().map(s -> new SubItem(s.subItemId(), s.title(),
                        s.annotation(), s.documentation(), s.sections(), s.subItems())).toList(),
                c.sections())).toList(), parts);
    }

    /** The same items with other document parts. */
    Agenda withParts(DocumentParts newParts) {
        return new Agenda(items, newParts);
    }

    private Agenda withItems(List<Item> newItems) {
        return new Agenda(newItems, parts);
    }

    /** A first draft: at least one item, every id used once. */
    static Agenda proposed(List<AgendaItemContent> content) {
        if (content.isEmpty()) {
            throw new RuleViolation("NO_ITEMS", "A draft agenda needs at least one item.");
        }
        Set<String> ids = new HashSet<>();
        content.forEach(i -> {
            requireUniqueId(ids, i.itemId());
            i.subItems().forEach(s -> requireUniqueId(ids, s.subItemId()));
        });
        return of(content);
    }

    private static void requireUniqueId(Set<String> seen, String id) {
        if (!seen.add(id)) {
            throw new RuleViolation("DUPLICATE_ID", "The id '%s' is used twice in this agenda.".formatted(id));
        }
    }

    List<AgendaItemContent> content() {
        return items.stream().map(i -> new AgendaItemContent(i.id(), i.kind(), i.title(), i.annotation(),
                i.documentation(), i.subItems().stream().map(s -> new SubItemContent(s.id(), s.title(),
                        s.annotation(), s.documentation(), s.sections(), s.subItems())).toList(),
                i.sections())).toList();
    }

    Optional<Item> find(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    Item item(String itemId) {
        return find(itemId).orElseThrow(() -> new UnknownReference("UNKNOWN_ITEM",
                "There is no agenda item '%s' in this meeting's agenda.".formatted(itemId)));
    }

    SubItem subItem(String itemId, String subItemId) {
        return item(itemId).subItems().stream().filter(s -> s.id().equals(subItemId)).findFirst()
                .orElseThrow(() -> new UnknownReference("UNKNOWN_SUB_ITEM",
                        "Agenda item %s has no sub-item '%s'.".formatted(number(itemId), subItemId)));
    }

    /** The item's number as printed: 1, 2, 3… */
    String number(String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return String.valueOf(i + 1);
            }
        }
        return "'" + itemId + "'";
    }

    /** How the document names an item or sub-item: "Agenda item 3" or "Agenda item 3 (a)". */
    String label(String itemId, String subItemId) {
        if (subItemId == null) {
            return "Agenda item " + number(itemId);
        }
        int index = item(itemId).subItems().stream().map(SubItem::id).toList().indexOf(subItemId);
        return "Agenda item %s (%s)".formatted(number(itemId), (char) ('a' + index));
    }

    /** Whether an item or a sub-item, at any level, has this id. */
    boolean containsId(String id) {
        return items.stream().anyMatch(i -> i.id().equals(id) || i.subItems().stream()
                .anyMatch(s -> s.id().equals(id) || containsId(s.subItems(), id)));
    }

    private static boolean containsId(List<SubItemContent> subItems, String id) {
        return subItems.stream().anyMatch(s -> s.subItemId().equals(id) || containsId(s.subItems(), id));
    }

    private Agenda withItemAt(Item item, int position) {
        List<Item> result = new ArrayList<>(items);
        result.add(position, item);
        return withItems(result);
    }

    Agenda withNewItemAt(String itemId, ItemKind kind, String title, int position) {
        return withItemAt(new Item(itemId, kind, title, List.of(), List.of(), List.of()), position);
    }

    Agenda revised(String itemId, ItemKind kind, String title) {
        return replacing(itemId, i -> i.revised(kind, title));
    }

    Agenda withNewSubItemAt(String itemId, String subItemId, String title, int position) {
        return withSubItemAt(itemId, new SubItem(subItemId, title, List.of()), position);
    }

    Agenda revisedSubItem(String itemId, String subItemId, String title) {
        return replacingSubItem(itemId, subItemId, s -> s.retitled(title));
    }

    /** Refuses an item or sub-item this agenda does not have. */
    void requireItemOrSubItem(String itemId, String subItemId) {
        if (subItemId == null) {
            item(itemId);
        } else {
            subItem(itemId, subItemId);
        }
    }

    Agenda replacing(String itemId, UnaryOperator<Item> change) {
        Item current = item(itemId);
        return withItems(items.stream().map(i -> i == current ? change.apply(i) : i).toList());
    }

    Agenda without(String itemId) {
        Item current = item(itemId);
        return withItems(items.stream().filter(i -> i != current).toList());
    }

    Agenda reordered(List<String> itemIds) {
        return withItems(itemIds.stream().map(this::item).toList());
    }

    private Agenda withSubItemAt(String itemId, SubItem subItem, int position) {
        return replacing(itemId, i -> {
            List<SubItem> subs = new ArrayList<>(i.subItems());
            subs.add(position, subItem);
            return i.withSubItems(subs);
        });
    }

    Agenda replacingSubItem(String itemId, String subItemId, UnaryOperator<SubItem> change) {
        SubItem current = subItem(itemId, subItemId);
        return replacing(itemId, i -> i.withSubItems(
                i.subItems().stream().map(s -> s == current ? change.apply(s) : s).toList()));
    }

    Agenda withoutSubItem(String itemId, String subItemId) {
        SubItem current = subItem(itemId, subItemId);
        return replacing(itemId, i -> i.withSubItems(i.subItems().stream().filter(s -> s != current).toList()));
    }

    Agenda reorderedSubItems(String itemId, List<String> subItemIds) {
        return replacing(itemId, i -> i.withSubItems(subItemIds.stream().map(id -> subItem(itemId, id)).toList()));
    }

    Agenda annotated(String itemId, String subItemId, List<String> paragraphs) {
        if (subItemId == null) {
            return replacing(itemId, i -> i.withAnnotation(paragraphs));
        }
        return replacingSubItem(itemId, subItemId, s -> s.withAnnotation(paragraphs));
    }

    void requireNotListed(Item item, String symbol) {
        if (item.documentation().stream().anyMatch(d -> d.symbol().equals(symbol))) {
            throw new RuleViolation("DOCUMENT_ALREADY_LISTED",
                    "%s is already listed under agenda item %s.".formatted(symbol, number(item.id())));
        }
    }

    void requireListed(Item item, String symbol) {
        if (item.documentation().stream().noneMatch(d -> d.symbol().equals(symbol))) {
            throw new UnknownReference("UNKNOWN_DOCUMENT",
                    "%s is not listed under agenda item %s.".formatted(symbol, number(item.id())));
        }
    }

    Agenda withDocument(String itemId, DocumentationEntry entry) {
        return replacing(itemId, i -> {
            List<DocumentationEntry> docs = new ArrayList<>(i.documentation());
            docs.add(entry);
            return i.withDocumentation(docs);
        });
    }

    Agenda withoutDocument(String itemId, String symbol) {
        return replacing(itemId, i -> i.withDocumentation(
                i.documentation().stream().filter(d -> !d.symbol().equals(symbol)).toList()));
    }

    /** Checks that a new order names every current member exactly once. */
    static void requirePermutation(List<String> current, List<String> proposed, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : proposed) {
            if (!seen.add(id)) {
                throw new RuleViolation("INVALID_ORDER", "The new order names %s '%s' twice.".formatted(what, id));
            }
        }
        if (!seen.equals(new HashSet<>(current))) {
            throw new RuleViolation("INVALID_ORDER",
                    "The new order must name every current %s exactly once (expected %s).".formatted(what, current));
        }
    }

    List<String> itemIds() {
        return items.stream().map(Item::id).toList();
    }

    /**
     * SHA-256 over the canonical encoding of the agenda ({@link ContentHash}): every item with its id, kind, title,
     * paragraphs ({@code p}), documents ({@code doc}) and sub-items ({@code sub}), in order. What the item-by-item
     * commands cannot make is encoded only where it is there — headed sections ({@code section}), a sub-item's
     * documents and its own sub-items at every level, and the document parts once they are set — so an agenda
     * without them keeps the hash it always had (silence procedures and issued versions pin it).
     */
    String contentHash() {
        ContentHash hash = new ContentHash().open("agenda");
        for (Item item : items) {
            hash.open("item").add(item.id()).add(item.kind()).add(item.title());
            paragraphs(hash, item.annotation());
            documentation(hash, item.documentation());
            for (SubItem sub : item.subItems()) {
                subItem(hash, sub.id(), sub.title(), sub.annotation(), sub.documentation(), sub.sections(),
                        sub.subItems());
            }
            sections(hash, item.sections());
            hash.close();
        }
        if (!parts.equals(DocumentParts.NONE)) {
            parts(hash, parts);
        }
        return hash.close().sha256();
    }

    private static void paragraphs(ContentHash hash, List<String> paragraphs) {
        paragraphs.forEach(p -> hash.open("p").add(p).close());
    }

    private static void documentation(ContentHash hash, List<DocumentationEntry> entries) {
        entries.forEach(d -> hash.open("doc").add(d.symbol()).add(d.title()).close());
    }

    private static void subItem(ContentHash hash, String id, String title, List<String> annotation,
                                List<DocumentationEntry> documentation, List<AnnotationSection> sections,
                                List<SubItemContent> subItems) {
        hash.open("sub").add(id).add(title);
        paragraphs(hash, annotation);
        documentation(hash, documentation);
        sections(hash, sections);
        subItems.forEach(s -> subItem(hash, s.subItemId(), s.title(), s.annotation(), s.documentation(),
                s.sections(), s.subItems()));
        hash.close();
    }

    private static void sections(ContentHash hash, List<AnnotationSection> sections) {
        for (AnnotationSection section : sections) {
            hash.open("section").add(section.heading());
            paragraphs(hash, section.paragraphs());
            documentation(hash, section.documentation());
            sections(hash, section.sections());
            hash.close();
        }
    }

    /** Each part that is said, under its own label; a part not said (null) is left out. */
    private static void parts(ContentHash hash, DocumentParts parts) {
        hash.open("parts");
        said(hash, "style", parts.style());
        lines(hash, "masthead", parts.masthead());
        said(hash, "parentBody", parts.parentBody());
        said(hash, "body", parts.body());
        said(hash, "sessionLine", parts.sessionLine());
        said(hash, "placeAndDates", parts.placeAndDates());
        said(hash, "itemReference", parts.itemReference());
        said(hash, "title", parts.title());
        said(hash, "subtitle", parts.subtitle());
        said(hash, "addendum", parts.addendum());
        said(hash, "corrigendum", parts.corrigendum());
        said(hash, "jobNumber", parts.jobNumber());
        said(hash, "agendaList", parts.agendaList());
        said(hash, "chapterHeadings", parts.chapterHeadings());
        said(hash, "numberedParagraphs", parts.numberedParagraphs());
        said(hash, "introductionHeading", parts.introductionHeading());
        said(hash, "agendaHeading", parts.agendaHeading());
        said(hash, "annotationsHeading", parts.annotationsHeading());
        lines(hash, "introduction", parts.introduction());
        lines(hash, "listIntroduction", parts.listIntroduction());
        if (parts.annexes() != null) {
            // an empty list says "no annexes", which is not the style's default (null)
            hash.open("annexes");
            for (Annex annex : parts.annexes()) {
                hash.open("annex").add(annex.kind());
                said(hash, "title", annex.title());
                paragraphs(hash, annex.paragraphs());
                if (annex.table() != null) {
                    hash.open("table");
                    lines(hash, "columns", annex.table().columns());
                    annex.table().rows().forEach(row -> lines(hash, "row", row));
                    hash.close();
                }
                hash.close();
            }
            hash.close();
        }
        for (Footnote footnote : parts.footnotes()) {
            hash.open("footnote").add(footnote.id()).add(footnote.text()).close();
        }
        hash.close();
    }

    private static void said(ContentHash hash, String label, Object value) {
        if (value != null) {
            hash.open(label).add(value).close();
        }
    }

    private static void lines(ContentHash hash, String label, List<String> lines) {
        if (!lines.isEmpty()) {
            hash.open(label);
            lines.forEach(hash::add);
            hash.close();
        }
    }

    static int checkedPosition(Integer requested, int size) {
        int position = Objects.requireNonNullElse(requested, size);
        if (position < 0 || position > size) {
            throw new RuleViolation("INVALID_POSITION",
                    "Position %d is outside the list; it must be between 0 and %d.".formatted(position, size));
        }
        return position;
    }
}
