package org.agendaledger.query.silence;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMemberRecord;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of a Bureau member: every procedure circulated to them, what they did and how it ended. The same
 * rule as the inbox: a member reads only their own, the secretariat and the auditor anyone's.
 */
@RestController
@Tag(name = "Silence procedures (read)")
class MemberRecordController {

    private final QueryGateway queries;

    MemberRecordController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/members/{memberId}/record")
    @Operation(summary = "Every procedure circulated to a member, newest first: their reactions and the outcome",
            description = "A Bureau member may read only their own record; the secretariat and the auditor any.")
    MemberRecord record(@PathVariable String memberId, Authentication reader) {
        if (InboxController.isBureauMember(reader)
                && !InboxController.memberOf(reader).map(memberId::equals).orElse(false)) {
            throw new AccessDeniedException("A Bureau member can read only their own record.");
        }
        return recordOf(memberId);
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/me/record")
    @Operation(summary = "The record of the signed-in Bureau member")
    MemberRecord mine(Authentication reader) {
        return recordOf(InboxController.memberOf(reader).orElseThrow(() -> new AccessDeniedException(
                "Only a Bureau member has a record; read a member's record at /api/members/{memberId}/record.")));
    }

    private MemberRecord recordOf(String memberId) {
        return queries.query(new FindMemberRecord(memberId), ResponseTypes.instanceOf(MemberRecord.class)).join();
    }
}
