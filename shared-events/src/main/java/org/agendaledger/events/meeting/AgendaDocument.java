package org.agendaledger.events.meeting;

import java.util.List;

/**
 * A whole agenda with its document parts, as one JSON document: what {@code GET …/agenda/export} gives and
 * {@code POST …/agenda/import} takes, so that export, import and rendering compose to the identity.
 */
public record AgendaDocument(DocumentParts parts, List<AgendaItemContent> items) {

    public AgendaDocument {
        parts = parts == null ? DocumentParts.NONE : parts;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
