package org.agendaledger.query.silence;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindSilenceProcedure;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Silence procedures (read)", description = "Procedures, their addressees, reactions and outcome")
class SilenceProcedureQueryController {

    private final QueryGateway queries;

    SilenceProcedureQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/meetings/{meetingId}/silence-procedures")
    @Operation(summary = "The silence procedures of a meeting, open first then closed, newest first",
            description = "With asOf (an instant, e.g. 2020-04-30T12:00:00Z), as they stood then.")
    List<SilenceProcedureView> ofMeeting(@PathVariable String meetingId,
                                         @RequestParam(required = false) Instant asOf) {
        return queries.query(new FindMeetingProcedures(meetingId, asOf),
                ResponseTypes.multipleInstancesOf(SilenceProcedureView.class)).join();
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/silence-procedures/{procedureId}")
    @Operation(summary = "One silence procedure: subject, deadline, time left, addressees and outcome",
            description = "With asOf (an instant), as it stood then; 404 if it had not started yet.")
    SilenceProcedureView procedure(@PathVariable String procedureId, @RequestParam(required = false) Instant asOf) {
        return queries.query(new FindSilenceProcedure(procedureId, asOf),
                ResponseTypes.optionalInstanceOf(SilenceProcedureView.class))
                .join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, asOf == null
                        ? "There is no silence procedure '%s'.".formatted(procedureId)
                        : "There was no silence procedure '%s' as of %s.".formatted(procedureId, asOf)));
    }
}
