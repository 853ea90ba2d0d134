package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The outcome of a silence procedure reaches its meeting even when delivering it fails: the process tries again
 * through the deadline manager until it lands, and nothing stays frozen.
 */
@Import(OutcomeDeliveryIT.FlakyMeeting.class)
class OutcomeDeliveryIT extends LedgerIntegrationTest {

    /** The meetings whose outcomes fail twice before they land, as if the store were unreachable. */
    static final Set<String> FLAKY = ConcurrentHashMap.newKeySet();
    static final AtomicInteger FAILURES = new AtomicInteger();

    @TestConfiguration
    static class FlakyMeeting {

        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> failTwiceForFlakyMeetings() {
            ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
            return new MessageHandlerInterceptor<>() {
                @Override
                public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                        throws Exception {
                    String meetingId = meetingOf(unitOfWork.getMessage().getPayload());
                    if (meetingId != null && FLAKY.contains(meetingId)
                            && attempts.computeIfAbsent(meetingId, k -> new AtomicInteger()).incrementAndGet() <= 2) {
                        FAILURES.incrementAndGet();
                        throw new IllegalStateException("the event store is unreachable (attempt of the test)");
                    }
                    return chain.proceed();
                }
            };
        }

        private static String meetingOf(Object command) {
            if (command instanceof ApproveSubstantiveTopics approve) {
                return approve.meetingId();
            }
            if (command instanceof ReleaseFromSilence release) {
                return release.meetingId();
            }
            return null;
        }
    }

    @Test
    void anApprovalThatCannotBeDeliveredAtFirstLandsOnTheMeetingAfterItsRetries() {
        // given a meeting whose outcomes fail twice
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        FLAKY.add(s.meetingId);
        int failuresBefore = FAILURES.get();

        // when its topics are approved by silence
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);

        // then the meeting records the approval all the same, dated at the deadline
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + s.meetingId),
                meeting -> meeting.status() == 200 && meeting.json().get("topicsApproved").asBoolean());
        assertThat(FAILURES.get() - failuresBefore).isEqualTo(2);
        assertThat(expect(secretariat().get("/api/silence-procedures/" + procedureId), 200).json()
                .get("status").asString()).isEqualTo("APPROVED");
        // and the process has ended: nothing is left scheduled for it
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM association_value_entry "
                + "WHERE association_value = ?", Integer.class, procedureId) == 0);
    }

    @Test
    void aBrokenSilenceThatCannotBeDeliveredAtFirstStillReleasesTheTopics() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        FLAKY.add(s.meetingId);
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 60);

        expect(as("member-a").post("/api/silence-procedures/" + procedureId + "/objections",
                java.util.Map.of("kind", "OBJECTION", "text", "We cannot agree.")), 201);

        // the topics are no longer frozen: new ones can be proposed
        await().atMost(PATIENCE).until(() -> secretariat().post("/api/meetings/" + s.meetingId + "/topics",
                java.util.Map.of("topics", java.util.List.of(java.util.Map.of("topicId", "t9",
                        "title", "Revised topic"))))
                .status() == 200);
    }
}
