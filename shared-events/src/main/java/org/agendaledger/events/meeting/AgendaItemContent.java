package org.agendaledger.events.meeting;

import java.util.List;

/** An agenda item as proposed: kind, title, annotation, documentation and sub-items. */
public record AgendaItemContent(String itemId, ItemKind kind, String title, List<String> annotation,
                                List<DocumentationEntry> documentation, List<SubItemContent> subItems) {
}
