package org.agendaledger.query.agenda;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agenda of a meeting, its organization of work (the agenda's slots) and the agenda as one document to import
 * elsewhere, now or as of an instant.
 */
@RestController
@Tag(name = "Agenda (read)", description = "The agenda of a meeting and its organization of work")
class AgendaQueryController {

    private final QueryGateway queries;
    /** The export says only what is said: a part left to the house style is left out, not written as null. */
    private final JsonMapper export;

    AgendaQueryController(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.export = json.rebuild()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping("/api/meetings/{meetingId}/agenda")
    @Operation(summary = "The agenda: numbered items and sub-items, annotations, documentation, slots and status")
    AgendaView agenda(@PathVariable String meetingId, @RequestParam(required = false) Instant asOf) {
        return find(meetingId, asOf).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no meeting '%s'.".formatted(meetingId)));
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping("/api/meetings/{meetingId}/organization-of-work")
    @Operation(summary = "One row per plenary slot with its items in order and \"(continued)\"; asOf replays to "
            + "that instant")
    OrganizationOfWork organizationOfWork(@PathVariable String meetingId,
                                          @RequestParam(required = false) Instant asOf) {
        return find(meetingId, asOf).map(OrganizationOfWork::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no meeting '%s'%s.".formatted(meetingId, asOf == null ? "" : " as of " + asOf)));
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping("/api/meetings/{meetingId}/agenda/export")
    @Operation(summary = "The agenda as one document: its parts and every item with ids, kinds, titles, annotation, "
            + "documentation, sections and sub-items to every level — what POST …/agenda/import takes; asOf gives "
            + "the agenda as it stood then")
    @ApiResponse(responseCode = "200", description = "The agenda document",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgendaDocument.class)))
    JsonNode export(@PathVariable String meetingId, @RequestParam(required = false) Instant asOf) {
        String when = asOf == null ? "" : " as of " + asOf;
        AgendaView view = find(meetingId, asOf).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no meeting '%s'%s.".formatted(meetingId, when)));
        if (view.version() == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Meeting '%s' has no agenda yet%s: propose or import one first.".formatted(meetingId, when));
        }
        return export.valueToTree(AgendaExport.of(view));
    }

    private Optional<AgendaView> find(String meetingId, Instant asOf) {
        return queries.query(new FindAgenda(meetingId, asOf), ResponseTypes.optionalInstanceOf(AgendaView.class))
                .join();
    }
}
