package org.agendaledger.query.silence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindSilenceProcedure;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The proof of notice of a procedure: was each addressee told, and when. The secretariat and the auditor read every
 * addressee's notices and the secretariat's copies, or one addressee's with {@code memberId}; a Bureau member reads
 * only the notices addressed to themself (naming another member is refused with 403, as for the inboxes).
 */
@RestController
@Tag(name = "Silence procedures (read)")
class ProcedureNoticesController {

    private final QueryGateway queries;

    ProcedureNoticesController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/silence-procedures/{procedureId}/notices")
    @Operation(summary = "Every notice of a silence procedure with its proof, and whether each addressee was told",
            description = "Per addressee: notified (NOTIFIED with acceptedAt, NO_ADDRESS, HELD_IN_OUTBOX, REFUSED or "
                    + "PENDING) and each notice (kind, subject, addresses, queuedAt, acceptedAt, outcome, "
                    + "messageId, serverReply, attempts, digestOf); the secretariat's copies. With memberId, one "
                    + "addressee's only; a Bureau member reads only their own. With asOf (an instant), the notices "
                    + "recorded by then; 404 if the procedure had not started yet.")
    ProcedureNotices notices(@PathVariable String procedureId, @RequestParam(required = false) String memberId,
                             @RequestParam(required = false) Instant asOf, Authentication reader) {
        String only = memberId;
        if (InboxController.isBureauMember(reader)) {
            String own = InboxController.memberOf(reader).orElseThrow(() -> new AccessDeniedException(
                    "A Bureau member reads the notices addressed to them, and this user acts for no member."));
            if (only != null && !only.equals(own)) {
                throw new AccessDeniedException("A Bureau member can read only the notices addressed to them.");
            }
            only = own;
        }
        SilenceProcedureView view = queries.query(new FindSilenceProcedure(procedureId, asOf),
                ResponseTypes.optionalInstanceOf(SilenceProcedureView.class))
                .join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, asOf == null
                        ? "There is no silence procedure '%s'.".formatted(procedureId)
                        : "There was no silence procedure '%s' as of %s.".formatted(procedureId, asOf)));
        return only == null ? ProcedureNotices.of(view) : ProcedureNotices.of(view, only);
    }
}
