package org.agendaledger.query.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMemberRecord;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Who may read whose record: a member only their own, the secretariat and the auditor anyone's. */
class MemberRecordControllerTest {

    private final QueryGateway queries = mock(QueryGateway.class);
    private final MemberRecordController controller = new MemberRecordController(queries);

    @BeforeEach
    void recordsAreEmpty() {
        when(queries.query(any(FindMemberRecord.class), ArgumentMatchers.<ResponseType<MemberRecord>>any()))
                .thenAnswer(call -> CompletableFuture.completedFuture(
                        new MemberRecord(call.<FindMemberRecord>getArgument(0).memberId(), List.of())));
    }

    private static Authentication member(String memberId) {
        return new TestingAuthenticationToken(memberId, "x", "ROLE_BUREAU_MEMBER", "MEMBER:" + memberId);
    }

    @Test
    void aMemberReadsTheirOwnRecordByIdOrAsMe() {
        // when / then
        assertThat(controller.record("member-a", member("member-a")).memberId()).isEqualTo("member-a");
        assertThat(controller.mine(member("member-a")).memberId()).isEqualTo("member-a");
    }

    @Test
    void aMemberMayNotReadAnotherMembersRecord() {
        // when / then
        assertThatThrownBy(() -> controller.record("member-b", member("member-a")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only their own record");
        verify(queries, never()).query(any(FindMemberRecord.class),
                ArgumentMatchers.<ResponseType<MemberRecord>>any());
    }

    @Test
    void theSecretariatAndTheAuditorReadAnyMembersRecordButHaveNoneOfTheirOwn() {
        // given
        Authentication secretariat = new TestingAuthenticationToken("secretariat", "x", "ROLE_SECRETARIAT");
        Authentication auditor = new TestingAuthenticationToken("auditor", "x", "ROLE_AUDITOR");

        // when / then
        assertThat(controller.record("member-b", secretariat).memberId()).isEqualTo("member-b");
        assertThat(controller.record("member-b", auditor).memberId()).isEqualTo("member-b");
        assertThatThrownBy(() -> controller.mine(auditor)).isInstanceOf(AccessDeniedException.class);
    }
}
