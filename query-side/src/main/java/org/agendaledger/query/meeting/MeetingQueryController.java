package org.agendaledger.query.meeting;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingQueries.FindMeetings;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings (read)", description = "The meetings and where each stands")
class MeetingQueryController {

    private final QueryGateway queries;

    MeetingQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.MEETING_VIEW)
    @GetMapping
    @Operation(summary = "List the meetings with their status, dates and venue")
    List<MeetingSummary> meetings() {
        return queries.query(new FindMeetings(), ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join();
    }

    @ReadsFrom(ReadModel.MEETING_VIEW)
    @GetMapping("/{meetingId}")
    @Operation(summary = "One meeting; asOf answers as things stood at that instant (business time)")
    MeetingSummary meeting(@PathVariable String meetingId, @RequestParam(required = false) Instant asOf) {
        Optional<MeetingSummary> found = queries.query(new FindMeeting(meetingId, asOf),
                ResponseTypes.optionalInstanceOf(MeetingSummary.class)).join();
        return found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no meeting '%s'%s.".formatted(meetingId, asOf == null ? "" : " as of " + asOf)));
    }
}
