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
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;

/**
 * The content of an agenda: items in order, each with sub-items, annotation and documentation. Immutable;
 * every change returns a new agenda, so a command handler can compute the hash of the result before it
 * records the change. Numbers are never stored: they are the positions.
 */
record Agenda(List<Item> items) {

    record Item(String id, ItemKind kind, String title, List<String> annotation, List<DocumentationEntry> documentation,
                List<SubItem> subItems) {

        Item {
            annotation = List.copyOf(annotation);
            documentation = List.copyOf(documentation);
            subItems = List.copyOf(subItems);
        }

        Item withSubItems(List<SubItem> newSubItems) {
            return new Item(id, kind, title, annotation, documentation, newSubItems);
        }
    }

    record SubItem(String id, String title, List<String> annotation) {

        SubItem {
            annotation = List.copyOf(annotation);
        }
    }

    static final Agenda EMPTY = new Agenda(List.of());

    Agenda {
        items = List.copyOf(items);
    }

    static Agenda of(List<AgendaItemContent> content) {
        return new Agenda(content.stream().map(c -> new Item(c.itemId(), c.kind(), c.title(), c.annotation(),
                c.documentation(), c.subItems().stream()
                        .map(s -> new SubItem(s.subItemId(), s.title(), s.annotation())).toList()))
                .toList());
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
                i.documentation(), i.subItems().stream()
                        .map(s -> new SubItemContent(s.id(), s.title(), s.annotation())).toList()))
                .toList();
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

    boolean containsId(String id) {
        return items.stream().anyMatch(i -> i.id().equals(id)
                || i.subItems().stream().anyMatch(s -> s.id().equals(id)));
    }

    private Agenda withItemAt(Item item, int position) {
        List<Item> result = new ArrayList<>(items);
        result.add(position, item);
        return new Agenda(result);
    }

    Agenda withNewItemAt(String itemId, ItemKind kind, String title, int position) {
        return withItemAt(new Item(itemId, kind, title, List.of(), List.of(), List.of()), position);
    }

    Agenda revised(String itemId, ItemKind kind, String title) {
        return replacing(itemId, i -> new Item(i.id(), kind, title, i.annotation(), i.documentation(), i.subItems()));
    }

    Agenda withNewSubItemAt(String itemId, String subItemId, String title, int position) {
        return withSubItemAt(itemId, new SubItem(subItemId, title, List.of()), position);
    }

    Agenda revisedSubItem(String itemId, String subItemId, String title) {
        return replacingSubItem(itemId, subItemId, s -> new SubItem(s.id(), title, s.annotation()));
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
        return new Agenda(items.stream().map(i -> i == current ? change.apply(i) : i).toList());
    }

    Agenda without(String itemId) {
        Item current = item(itemId);
        return new Agenda(items.stream().filter(i -> i != current).toList());
    }

    Agenda reordered(List<String> itemIds) {
        return new Agenda(itemIds.stream().map(this::item).toList());
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
            return replacing(itemId,
                    i -> new Item(i.id(), i.kind(), i.title(), paragraphs, i.documentation(), i.subItems()));
        }
        return replacingSubItem(itemId, subItemId, s -> new SubItem(s.id(), s.title(), paragraphs));
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
            return new Item(i.id(), i.kind(), i.title(), i.annotation(), docs, i.subItems());
        });
    }

    Agenda withoutDocument(String itemId, String symbol) {
        return replacing(itemId, i -> new Item(i.id(), i.kind(), i.title(), i.annotation(),
                i.documentation().stream().filter(d -> !d.symbol().equals(symbol)).toList(), i.subItems()));
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

    String contentHash() {
        ContentHash hash = new ContentHash().open("agenda");
        for (Item item : items) {
            hash.open("item").add(item.id()).add(item.kind()).add(item.title());
            item.annotation().forEach(p -> hash.open("p").add(p).close());
            item.documentation().forEach(d -> hash.open("doc").add(d.symbol()).add(d.title()).close());
            for (SubItem sub : item.subItems()) {
                hash.open("sub").add(sub.id()).add(sub.title());
                sub.annotation().forEach(p -> hash.open("p").add(p).close());
                hash.close();
            }
            hash.close();
        }
        return hash.close().sha256();
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
