package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An API client reads its own writes: every accepted command answers with the store's position it reached (header
 * {@code Ledger-Position} and body {@code position}), and a read given that position ({@code Ledger-Not-Older-Than}
 * or {@code ?notOlderThan=}) answers only once the read models it uses have reached it, or {@code 503} with
 * {@code Retry-After}.
 */
class ReadYourWritesIT extends LedgerIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void everyAcceptedCommandAnswersThePositionItReachedInItsHeaderAndBody() {
        Scenario s = new Scenario(secretariat());
        ApiClient.Response established = expect(secretariat().post("/api/bureaus",
                Map.of("bureauId", s.bureauId, "name", "Bureau " + s.suffix)), 201);
        long first = position(established);
        ApiClient.Response appointed = expect(secretariat().post("/api/bureaus/" + s.bureauId + "/members",
                Map.of("memberId", "member-a", "displayName", "Member A")), 201);
        long second = position(appointed);

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        Long stored = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?", Long.class, s.bureauId);
        assertThat(second).isGreaterThanOrEqualTo(stored);
    }

    @Test
    void aReadGivenThePositionOfTheCommandJustSentAlwaysShowsIt() {
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        for (int round = 0; round < 5; round++) {
            String meetingId = s.meetingId + "-" + round;
            long position = position(expect(secretariat().post("/api/meetings", Scenario.plan(meetingId,
                    s.bureauId)), 201));
            String agendaPath = "/api/meetings/" + meetingId + "/agenda";
            expect(secretariat().post(agendaPath, Map.of("items", List.of(Map.of("itemId", "i1",
                    "kind", "ORGANIZATIONAL", "title", "Organizational matters")))), 201);
            long agendaPosition = position(expect(secretariat().post(agendaPath + "/items",
                    Map.of("itemId", "i2", "kind", "SUBSTANTIVE", "title", "Item " + round)), 201));

            // read at once, no waiting of the client's own: header or parameter
            expect(secretariat().get("/api/meetings/" + meetingId, "Ledger-Not-Older-Than",
                    Long.toString(position)), 200);
            JsonNode agenda = expect(secretariat().get(agendaPath + "?notOlderThan=" + agendaPosition), 200).json();
            assertThat(agenda.get("items")).hasSize(2);
            assertThat(agenda.get("items").get(1).get("title").asString()).isEqualTo("Item " + round);
        }
    }

    @Test
    void aReadModelThatHasNotReachedThePositionInTimeIsAnswered503WithRetryAfter() {
        // given the Bureau read model stopped
        Scenario s = new Scenario(secretariat());
        processing.eventProcessor("bureau-view", org.axonframework.eventhandling.StreamingEventProcessor.class)
                .orElseThrow().shutDown();
        try {
            long position = position(expect(secretariat().post("/api/bureaus",
                    Map.of("bureauId", s.bureauId, "name", "Bureau " + s.suffix)), 201));

            // when the client reads the Bureau as of its command
            ApiClient.Response behind = secretariat().get("/api/bureaus/" + s.bureauId, "Ledger-Not-Older-Than",
                    Long.toString(position));

            // then it is told to come back, and which read model is behind
            assertThat(behind.status()).isEqualTo(503);
            assertThat(behind.code()).isEqualTo("READ_MODEL_BEHIND");
            assertThat(behind.header("Retry-After")).isEqualTo("1");
            assertThat(behind.json().get("detail").asString()).contains("within 5 s");
            assertThat(behind.json().get("behind").toString()).contains("bureau-view");
            // and a read of another read model is not held up
            expect(secretariat().get("/api/meetings", "Ledger-Not-Older-Than", Long.toString(position)), 200);
        } finally {
            processing.eventProcessor("bureau-view", org.axonframework.eventhandling.StreamingEventProcessor.class)
                    .orElseThrow().start();
        }
        // when it runs again (once it has claimed its segments), the same read answers
        long head = head();
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/bureaus", "Ledger-Not-Older-Than",
                Long.toString(head)).status() == 200);
    }

    @Test
    void aPositionThatIsNotANumberOrNotYetReachedIsABadRequest() {
        ApiClient.Response notANumber = secretariat().get("/api/meetings", "Ledger-Not-Older-Than", "yesterday");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.code()).isEqualTo("INVALID_POSITION");
        ApiClient.Response future = secretariat().get("/api/meetings?notOlderThan=" + (head() + 1000));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("UNKNOWN_POSITION");
    }

    private long head() {
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    private static long position(ApiClient.Response accepted) {
        long inBody = accepted.json().get("position").asLong();
        assertThat(accepted.header("Ledger-Position")).isEqualTo(Long.toString(inBody));
        return inBody;
    }
}
