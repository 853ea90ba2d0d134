package org.agendaledger.events.meeting;

import java.util.List;

/**
 * A sub-item (a), (b)… of an agenda item with its annotation paragraphs, and — where the document goes deeper —
 * its documentation, the headed sections of its annotation and its own sub-items (i), (ii)…, to any depth.
 */
public record SubItemContent(String subItemId, String title, List<String> annotation,
                             List<DocumentationEntry> documentation, List<AnnotationSection> sections,
                             List<SubItemContent> subItems) {

    public SubItemContent {
        annotation = annotation == null ? List.of() : List.copyOf(annotation);
        documentation = documentation == null ? List.of() : List.copyOf(documentation);
        sections = sections == null ? List.of() : List.copyOf(sections);
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }

    public SubItemContent(String subItemId, String title, List<String> annotation) {
        this(subItemId, title, annotation, List.of(), List.of(), List.of());
    }

    /** Whether the sub-item has anything beyond its title and paragraphs. */
    public boolean hasStructure() {
        return !documentation.isEmpty() || !sections.isEmpty() || !subItems.isEmpty();
    }
}
