package org.agendaledger.query.agenda;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.agendaledger.query.agenda.AgendaQueries.FindOrganizationOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The organization of work, read from the agenda read model that holds it: one answer, now or as of an instant. */
@RestController
@Tag(name = "Organization of work (read)", description = "The annex: plenary slots and their agenda items")
class OrganizationOfWorkController {

    private final QueryGateway queries;

    OrganizationOfWorkController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping("/api/meetings/{meetingId}/organization-of-work")
    @Operation(summary = "One row per plenary slot with its items in order and \"(continued)\"; asOf replays to "
            + "that instant")
    OrganizationOfWork organizationOfWork(@PathVariable String meetingId,
                                          @RequestParam(required = false) Instant asOf) {
        return queries.query(new FindOrganizationOfWork(meetingId, asOf),
                        ResponseTypes.optionalInstanceOf(OrganizationOfWork.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no meeting '%s'%s.".formatted(meetingId, asOf == null ? "" : " as of " + asOf)));
    }
}
