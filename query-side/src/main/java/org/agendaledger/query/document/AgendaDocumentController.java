package org.agendaledger.query.document;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/meetings/{meetingId}/agenda/document")
@Tag(name = "Agenda (read)", description = "The agenda of a meeting and its organization of work")
class AgendaDocumentController {

    private final QueryGateway queries;
    private final AgendaDocumentRenderer renderer;

    AgendaDocumentController(QueryGateway queries, AgendaDocumentRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping
    @Operation(summary = "The annotated provisional agenda as a document, laid out like the issued one: Markdown, "
            + "a print-ready HTML page or PDF; a draft until the agenda is issued")
    @ApiResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = "text/markdown"), @Content(mediaType = "text/html"),
            @Content(mediaType = "application/pdf")})
    @ApiResponse(responseCode = "400", description = "An unknown format or a malformed asOf")
    @ApiResponse(responseCode = "404", description = "An unknown meeting")
    ResponseEntity<byte[]> document(@PathVariable String meetingId,
                                    @Parameter(description = "md (default), html or pdf")
                                    @RequestParam(defaultValue = "md") String format,
                                    @Parameter(description = "the agenda as it stood at this instant")
                                    @RequestParam(required = false) Instant asOf) {
        DocumentFormat chosen = DocumentFormat.named(format).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "There is no format '%s': choose md, html or pdf.".formatted(format)));
        AgendaView view = queries.query(new FindAgenda(meetingId, asOf),
                ResponseTypes.optionalInstanceOf(AgendaView.class))
                .join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no meeting '%s'.".formatted(meetingId)));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(chosen.mediaType());
        if (chosen == DocumentFormat.PDF) {
            // inline: a browser shows it; saving it keeps the name of the document
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                    .filename(AgendaDocumentRenderer.fileName(view, chosen)).build().toString());
        }
        return response.body(renderer.render(view, chosen, asOf));
    }
}
