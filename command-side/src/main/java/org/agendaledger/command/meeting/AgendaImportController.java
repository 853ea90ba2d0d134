package org.agendaledger.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.meeting.MeetingCommands.ImportAgenda;
import org.agendaledger.command.meeting.MeetingCommands.SetDocumentParts;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.DocumentParts;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda as one document: imported whole with its parts — the JSON that {@code GET …/agenda/export} gives —
 * and the parts of its document set on their own. The document's rules are the domain's ({@link DocumentRules}):
 * a refused document is answered 400 naming every refused field by its JSON path, and nothing is stored.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/agenda")
@Tag(name = "Agenda", description = "Drafting the agenda: items, sub-items, annotations, documentation")
class AgendaImportController {

    private final CommandDispatch dispatch;

    AgendaImportController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/import")
    @Operation(summary = "ImportAgenda: the whole agenda with its document parts in one step — the first version "
            + "of the draft, or the next version in place of the draft's text (what is placed in a slot must stay)")
    Accepted importAgenda(@PathVariable String meetingId, @RequestBody AgendaDocument document) {
        return Accepted.of(meetingId, dispatch.send(new ImportAgenda(meetingId, document)));
    }

    @PutMapping("/document-parts")
    @Operation(summary = "SetDocumentParts: the masthead, title, structure, annexes and footnotes of the agenda's "
            + "document (the next version of the draft)")
    Accepted setDocumentParts(@PathVariable String meetingId, @RequestBody DocumentParts parts) {
        return Accepted.of(meetingId, dispatch.send(new SetDocumentParts(meetingId, parts)));
    }
}
