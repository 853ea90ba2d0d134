package org.agendaledger.query.agenda;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.live.OpenStreams;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The agenda of a meeting pushed live as Server-Sent Events: first as it stands, then after every change. */
@RestController
@Tag(name = "Agenda (read)")
class AgendaStreamController {

    private final QueryGateway queries;
    private final OpenStreams openStreams;

    AgendaStreamController(QueryGateway queries, OpenStreams openStreams) {
        this.queries = queries;
        this.openStreams = openStreams;
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping(path = "/api/meetings/{meetingId}/agenda/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: event 'agenda' with the agenda now and after each change",
            description = "404 when the meeting has no agenda in the read model (yet: send the position of the "
                    + "command that scheduled it).")
    SseEmitter stream(@PathVariable String meetingId) {
        FindAgenda query = FindAgenda.current(meetingId);
        if (queries.query(query, ResponseTypes.optionalInstanceOf(AgendaView.class)).join().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, ("There is no meeting '%s'. One just "
                    + "scheduled is found once the read model has reached the position its command answered with: "
                    + "pass it as notOlderThan.").formatted(meetingId));
        }
        return openStreams.open(queries.subscriptionQuery(query,
                ResponseTypes.optionalInstanceOf(AgendaView.class), ResponseTypes.instanceOf(AgendaView.class)),
                "agenda", initial -> initial, "agenda");
    }
}
