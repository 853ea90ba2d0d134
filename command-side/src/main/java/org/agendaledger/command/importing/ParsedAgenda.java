package org.agendaledger.command.importing;

import java.util.List;
import org.agendaledger.events.meeting.AgendaDocument;

/**
 * What the text of an existing annotated provisional agenda says, read into the ledger's shape as a proposal the
 * secretariat reviews before importing it: the document (its parts and items), what its first page says of its
 * issue, and every line that could not be placed, with the reason. Nothing of the text is dropped without being
 * listed: a line is either in the document, in the issue, or among the unplaced.
 */
public record ParsedAgenda(AgendaDocument document, IssueSuggestion issue, List<Unplaced> unplaced) {

    public ParsedAgenda {
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
    }
}
