package org.agendaledger.query.silence;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.live.OpenStreams;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The silence procedures of a meeting as they change, as Server-Sent Events. */
@RestController
@Tag(name = "Silence procedures (read)")
class SilenceProcedureStreamController {

    private final QueryGateway queries;
    private final OpenStreams openStreams;

    SilenceProcedureStreamController(QueryGateway queries, OpenStreams openStreams) {
        this.queries = queries;
        this.openStreams = openStreams;
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping(path = "/api/meetings/{meetingId}/silence-procedures/stream",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow the silence procedures of a meeting live",
            description = "First the event 'procedures' with all of them (as GET …/silence-procedures), then an "
                    + "event 'procedure' with the new state of a procedure each time it changes. The stream ends "
                    + "after agenda-ledger.streams.timeout; clients reconnect.")
    SseEmitter stream(@PathVariable String meetingId) {
        SubscriptionQueryResult<List<SilenceProcedureView>, SilenceProcedureView> subscription = queries
                .subscriptionQuery(FindMeetingProcedures.current(meetingId),
                        ResponseTypes.multipleInstancesOf(SilenceProcedureView.class),
                        ResponseTypes.instanceOf(SilenceProcedureView.class));
        return openStreams.open(subscription, "procedures", java.util.Optional::of, "procedure");
    }
}
