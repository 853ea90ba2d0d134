package org.agendaledger.query.agenda;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The agenda of a meeting and its organization of work (the agenda's slots), now or as of an instant. */
@RestController
@Tag(name = "Agenda (read)", description = "The agenda of a meeting and its organization of work")
class AgendaQueryController {

    private final QueryGateway queries;

    AgendaQueryController(QueryGateway queries) {
        this.queries = queries;
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

    private Optional<AgendaView> find(String meetingId, Instant asOf) {
        return queries.query(new FindAgenda(meetingId, asOf), ResponseTypes.optionalInstanceOf(AgendaView.class))
                .join();
    }
}
