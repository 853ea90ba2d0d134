package org.agendaledger.events.meeting;

import java.util.List;

/**
 * An agenda item as proposed: kind, title, annotation, documentation and sub-items, and the headed sections of its
 * annotation (empty for items proposed before sections existed, and for most items).
 */
public record AgendaItemContent(String itemId, ItemKind kind, String title, List<String> annotation,
                                List<DocumentationEntry> documentation, List<SubItemContent> subItems,
                                List<AnnotationSection> sections) {

    public AgendaItemContent {
        annotation = annotation == null ? List.of() : List.copyOf(annotation);
        documentation = documentation == null ? List.of() : List.copyOf(documentation);
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public AgendaItemContent(String itemId, ItemKind kind, String title, List<String> annotation,
                             List<DocumentationEntry> documentation, List<SubItemContent> subItems) {
        this(itemId, kind, title, annotation, documentation, subItems, List.of());
    }
}
