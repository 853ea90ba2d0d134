package org.agendaledger.query.meeting;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agendaledger.query.live.OpenStreams;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A meeting's summary (status, dates, venue) pushed live as Server-Sent Events: as it stands, then on each change. */
@RestController
@Tag(name = "Meetings (read)")
class MeetingStreamController {

    private final QueryGateway queries;
    private final OpenStreams openStreams;

    MeetingStreamController(QueryGateway queries, OpenStreams openStreams) {
        this.queries = queries;
        this.openStreams = openStreams;
    }

    @ReadsFrom(ReadModel.MEETING_VIEW)
    @GetMapping(path = "/api/meetings/{meetingId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: event 'meeting' with the meeting now and after each change",
            description = "The meeting as GET /api/meetings/{meetingId}, then again after each change of its status, "
                    + "dates or venue. The stream ends after agenda-ledger.streams.timeout; clients reconnect. 404 when "
                    + "the meeting is not in the list (yet: send the position of the command that scheduled it).")
    SseEmitter stream(@PathVariable String meetingId) {
        FindMeeting query = new FindMeeting(meetingId, null);
        if (queries.query(query, ResponseTypes.optionalInstanceOf(MeetingSummary.class)).join().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, ("There is no meeting '%s'. One just "
                    + "scheduled is found once the read model has reached the position its command answered with: "
                    + "pass it as notOlderThan.").formatted(meetingId));
        }
        return openStreams.open(queries.subscriptionQuery(query,
                ResponseTypes.optionalInstanceOf(MeetingSummary.class),
                ResponseTypes.instanceOf(MeetingSummary.class)),
                "meeting", initial -> initial, "meeting");
    }
}
