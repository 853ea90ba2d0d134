package org.agendaledger.query.agenda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The agenda of a meeting pushed live as Server-Sent Events: first as it stands, then after every change. */
@RestController
@Tag(name = "Agenda (read)")
class AgendaStreamController {

    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final QueryGateway queries;

    AgendaStreamController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/meetings/{meetingId}/agenda/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: event 'agenda' with the agenda now and after each change")
    SseEmitter stream(@PathVariable String meetingId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        SubscriptionQueryResult<Optional<AgendaView>, AgendaView> subscription = queries.subscriptionQuery(
                FindAgenda.current(meetingId), ResponseTypes.optionalInstanceOf(AgendaView.class),
                ResponseTypes.instanceOf(AgendaView.class));
        Runnable cancel = subscription::cancel;
        emitter.onCompletion(cancel);
        emitter.onTimeout(cancel);
        emitter.onError(e -> cancel.run());
        subscription.initialResult().subscribe(
                initial -> initial.ifPresentOrElse(view -> send(emitter, view), () -> {
                    send(emitter, null);
                    emitter.complete();
                }),
                emitter::completeWithError);
        subscription.updates().subscribe(view -> send(emitter, view), emitter::completeWithError);
        return emitter;
    }

    private static void send(SseEmitter emitter, AgendaView view) {
        try {
            emitter.send(SseEmitter.event().name(view == null ? "not-found" : "agenda")
                    .data(view == null ? "{}" : view, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
