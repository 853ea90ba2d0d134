package org.agendaledger.query.audit;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.agendaledger.query.audit.AuditQueries.FindAuditEvents;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log through HTTP. {@code /api/audit/verify} and {@code /api/audit/export} belong to the application
 * module, not to this controller.
 */
@RestController
@Tag(name = "Audit log (read)", description = "Every recorded event with its payload and full metadata")
class AuditQueryController {

    private final QueryGateway queries;

    AuditQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.AUDIT_LOG)
    @GetMapping("/api/audit/events")
    @Operation(summary = "Recorded events, oldest first, filtered by meeting, type, actor and business time, paged")
    AuditPage events(@RequestParam(required = false) String meetingId,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "" + AuditQueries.DEFAULT_PAGE_SIZE) @Min(1)
                     @Max(AuditQueries.MAX_PAGE_SIZE) int size) {
        return find(new FindAuditEvents(meetingId, type, actor, from, to, page, size));
    }

    @ReadsFrom(ReadModel.AUDIT_LOG)
    @GetMapping("/api/meetings/{meetingId}/events")
    @Operation(summary = "The recorded events of one meeting and its silence procedures; with asOf, those whose "
            + "business time is at or before it")
    AuditPage meetingEvents(@PathVariable String meetingId,
                            @RequestParam(required = false) Instant asOf,
                            @RequestParam(required = false) String type,
                            @RequestParam(required = false) String actor,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "" + AuditQueries.DEFAULT_PAGE_SIZE) @Min(1)
                            @Max(AuditQueries.MAX_PAGE_SIZE) int size) {
        return find(new FindAuditEvents(meetingId, type, actor, null, asOf, page, size));
    }

    private AuditPage find(FindAuditEvents query) {
        return queries.query(query, ResponseTypes.instanceOf(AuditPage.class)).join();
    }
}
