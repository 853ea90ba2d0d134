package org.agendaledger.events.meeting;

import java.util.List;

/**
 * A headed part of an annotation, such as "(i) Documentation" or "Background": its heading as printed, its
 * paragraphs, the documents it lists and its own sections, to any depth.
 */
public record AnnotationSection(String heading, List<String> paragraphs, List<DocumentationEntry> documentation,
                                List<AnnotationSection> sections) {

    public AnnotationSection {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        documentation = documentation == null ? List.of() : List.copyOf(documentation);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
