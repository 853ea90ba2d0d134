package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.agendaledger.events.bureau.BureauEstablished;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A side effect — a handler that is never replayed, such as one that sends a notice — may have a parked event evicted
 * by the secretariat: it is then never handled, and the rest of its sequence goes on. (A read model's may not: see
 * {@link DeadLettersIT}.)
 */
@Import(SideEffectDeadLettersIT.Notices.class)
@TestPropertySource(properties = "agenda-ledger.dead-letters.first-pause=PT1H")
class SideEffectDeadLettersIT extends LedgerIntegrationTest {

    /** Bureaus whose notice cannot be sent (an unreachable mail server, say). */
    static final Set<String> UNSENDABLE = ConcurrentHashMap.newKeySet();
    static final Set<String> SENT = ConcurrentHashMap.newKeySet();

    @TestConfiguration
    static class Notices {

        @Bean
        NoticeOfNewBureaus noticeOfNewBureaus() {
            return new NoticeOfNewBureaus();
        }
    }

    @ProcessingGroup("test-notices")
    static class NoticeOfNewBureaus {

        @EventHandler
        @DisallowReplay
        void on(BureauEstablished event) {
            if (UNSENDABLE.contains(event.bureauId())) {
                throw new IllegalStateException("the mail server is unreachable");
            }
            SENT.add(event.bureauId());
        }
    }

    @Test
    void theSecretariatEvictsAParkedEventOfASideEffectAndItIsNeverHandled() {
        // given a notice that cannot be sent: its event is parked, as a side effect's, evictable
        Scenario s = new Scenario(secretariat());
        UNSENDABLE.add(s.bureauId);
        s.bureau("member-a");
        JsonNode parked = await().atMost(PATIENCE).until(() -> parkedOf(s.bureauId), p -> p != null);
        assertThat(parked.get("evictable").asBoolean()).isTrue();
        JsonNode processor = expect(as("auditor").get("/actuator/health"), 200).json().get("components")
                .get("eventProcessors").get("details").get("test-notices");
        assertThat(processor.get("kind").asString()).isEqualTo("SIDE_EFFECT");

        // when the secretariat evicts it (the auditor may not)
        String eventId = parked.get("eventId").asString();
        assertThat(as("auditor").delete("/api/admin/dead-letters/test-notices/" + eventId).status()).isEqualTo(403);
        assertThat(secretariat().delete("/api/admin/dead-letters/test-notices/" + eventId).status()).isEqualTo(204);

        // then it is gone, never handled, and the application is healthy again
        assertThat(parkedOf(s.bureauId)).isNull();
        assertThat(SENT).doesNotContain(s.bureauId);
        assertThat(expect(as("auditor").get("/actuator/health"), 200).json().get("status").asString())
                .isEqualTo("UP");
        // and the notices of later Bureaus are sent
        Scenario next = new Scenario(secretariat()).bureau("member-b");
        await().atMost(PATIENCE).until(() -> SENT.contains(next.bureauId));
    }

    private JsonNode parkedOf(String bureauId) {
        for (JsonNode letter : expect(as("auditor").get("/api/admin/dead-letters"), 200).json()) {
            if (bureauId.equals(letter.get("aggregateId").asString(null))) {
                return letter;
            }
        }
        return null;
    }
}
