package org.agendaledger.query.silence;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox of a Bureau member. A member reads only their own (what others are asked is not theirs to watch);
 * the secretariat and the auditor read anyone's. Refusals are 403 problems from the security configuration.
 */
@RestController
@Tag(name = "Silence procedures (read)")
class InboxController {

    /** The authorities that bind a user to a Bureau member, as the security configuration grants them. */
    static final String BUREAU_MEMBER_ROLE = "ROLE_BUREAU_MEMBER";
    static final String MEMBER_AUTHORITY_PREFIX = "MEMBER:";

    private final QueryGateway queries;

    InboxController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/members/{memberId}/inbox")
    @Operation(summary = "The open procedures addressed to a member, with the member's own state on each",
            description = "A Bureau member may read only their own inbox; the secretariat and the auditor any.")
    Inbox inbox(@PathVariable String memberId, Authentication reader) {
        mayRead(memberId, reader);
        return inboxOf(memberId);
    }

    @ReadsFrom(ReadModel.SILENCE_PROCEDURES)
    @GetMapping("/api/me/inbox")
    @Operation(summary = "The inbox of the signed-in Bureau member")
    Inbox mine(Authentication reader) {
        return inboxOf(ownMember(reader));
    }

    private Inbox inboxOf(String memberId) {
        return queries.query(new FindInbox(memberId), ResponseTypes.instanceOf(Inbox.class)).join();
    }

    /** A Bureau member reads (and follows) only their own inbox; the secretariat and the auditor anyone's. */
    static void mayRead(String memberId, Authentication reader) {
        if (isBureauMember(reader) && !memberOf(reader).map(memberId::equals).orElse(false)) {
            throw new AccessDeniedException("A Bureau member can read only their own inbox.");
        }
    }

    /** The member the reader acts for, or a refusal: only a Bureau member has an inbox of their own. */
    static String ownMember(Authentication reader) {
        return memberOf(reader).orElseThrow(() -> new AccessDeniedException(
                "Only a Bureau member has an inbox; read a member's inbox at /api/members/{memberId}/inbox."));
    }

    static boolean isBureauMember(Authentication reader) {
        return reader.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(BUREAU_MEMBER_ROLE::equals);
    }

    static Optional<String> memberOf(Authentication reader) {
        return reader.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(MEMBER_AUTHORITY_PREFIX))
                .map(a -> a.substring(MEMBER_AUTHORITY_PREFIX.length()))
                .findFirst();
    }
}
