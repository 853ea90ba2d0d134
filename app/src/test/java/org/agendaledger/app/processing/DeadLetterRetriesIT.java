package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A parked event is tried again by itself after a growing pause, and lands once its cause has gone away. */
@TestPropertySource(properties = {"agenda-ledger.dead-letters.first-pause=PT1S",
        "agenda-ledger.dead-letters.retry-every=PT0.2S"})
class DeadLetterRetriesIT extends LedgerIntegrationTest {

    @AfterEach
    void mend() {
        FailingReadModel.mend(jdbc);
    }

    @Test
    void aParkedEventIsRetriedWithBackoffUntilItsCauseHasGoneAway() {
        // given an event parked because meeting-view refused it
        FailingReadModel.refuseVenue(jdbc, DeadLettersIT.UNWRITABLE);
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        Map<String, Object> plan = new HashMap<>(Scenario.plan(s.meetingId, s.bureauId));
        plan.put("venue", DeadLettersIT.UNWRITABLE);
        long position = expect(secretariat().post("/api/meetings", plan), 201).json().get("position").asLong();

        // then it is tried again by itself, the pause doubling: 1 s, 2 s, 4 s …
        await().atMost(PATIENCE).until(() -> attempts(s.meetingId) >= 3);

        // when the cause goes away, the next retry lands without anyone acting
        FailingReadModel.mend(jdbc);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> attempts(s.meetingId) == 0);
        JsonNode meeting = expect(secretariat().get("/api/meetings/" + s.meetingId,
                "Ledger-Not-Older-Than", Long.toString(position)), 200).json();
        assertThat(meeting.get("venue").asString()).isEqualTo(DeadLettersIT.UNWRITABLE);
    }

    /** How often the meeting's parked event was tried; 0 when nothing of it is parked. */
    private int attempts(String meetingId) {
        for (JsonNode letter : expect(as("auditor").get("/api/admin/dead-letters"), 200).json()) {
            if (meetingId.equals(letter.get("aggregateId").asString(null))) {
                return letter.get("attempts").asInt();
            }
        }
        return 0;
    }
}
