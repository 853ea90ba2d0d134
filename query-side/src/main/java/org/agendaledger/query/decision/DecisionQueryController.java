package org.agendaledger.query.decision;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.agendaledger.query.decision.DecisionQueries.FindDecisions;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings/{meetingId}/decisions")
@Tag(name = "Decision trail (read)", description = "Every decision of a meeting: what, on which version, how, who")
class DecisionQueryController {

    private final QueryGateway queries;

    DecisionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.DECISION_TRAIL)
    @GetMapping
    @Operation(summary = "The decisions of a meeting in business order; with asOf, as they stood at that instant")
    List<Decision> decisions(@PathVariable String meetingId, @RequestParam(required = false) Instant asOf) {
        return queries.query(new FindDecisions(meetingId, asOf), ResponseTypes.multipleInstancesOf(Decision.class))
                .join();
    }
}
