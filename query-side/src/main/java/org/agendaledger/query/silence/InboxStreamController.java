package org.agendaledger.query.silence;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.agendaledger.query.live.OpenStreams;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A Bureau member's inbox as it changes, as Server-Sent Events. The same rule as for reading it: a member follows
 * only their own inbox, the secretariat and the auditor anyone's. The refusal comes before the stream opens.
 */
@RestController
@Tag(name = "Silence procedures (read)")
class InboxStreamController {

    private final QueryGateway queries;
    private final OpenStreams openStreams;

    InboxStreamController(QueryGateway queries, OpenStreams openStreams) {
        this.queries = queries;
        this.openStreams = openStreams;
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping(path = "/api/me/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow the inbox of the signed-in Bureau member live",
            description = "The event 'inbox' with the inbox (as GET /api/me/inbox), then the event 'inbox' again "
                    + "with the whole inbox each time a procedure addressed to the member starts, changes or ends. "
                    + "The stream ends after agenda-ledger.streams.timeout; clients reconnect.")
    SseEmitter mine(Authentication reader) {
        return follow(InboxController.ownMember(reader));
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping(path = "/api/members/{memberId}/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow the inbox of a member live",
            description = "As /api/me/inbox/stream. A Bureau member may follow only their own inbox; the "
                    + "secretariat and the auditor any.")
    SseEmitter inbox(@PathVariable String memberId, Authentication reader) {
        InboxController.mayRead(memberId, reader);
        return follow(memberId);
    }

    private SseEmitter follow(String memberId) {
        return openStreams.open(queries.subscriptionQuery(new FindInbox(memberId),
                ResponseTypes.instanceOf(Inbox.class), ResponseTypes.instanceOf(Inbox.class)),
                "inbox", Optional::of, "inbox");
    }
}
