package org.agendaledger.query.agenda;

import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.SubItemContent;

/**
 * The agenda as one document, as the secretariat imports it: the parts of its document and every item with its id,
 * kind, title, annotation, documentation, headed sections and sub-items to every level. Importing the export gives
 * the same agenda, with the same content hash.
 */
public final class AgendaExport {

    private AgendaExport() {
    }

    public static AgendaDocument of(AgendaView view) {
        return new AgendaDocument(view.parts(), view.items().stream()
                .map(i -> new AgendaItemContent(i.itemId(), i.kind(), i.title(), i.annotation(), i.documentation(),
                        i.subItems().stream().map(s -> new SubItemContent(s.subItemId(), s.title(), s.annotation(),
                                s.documentation(), s.sections(), s.subItems())).toList(),
                        i.sections()))
                .toList());
    }
}
