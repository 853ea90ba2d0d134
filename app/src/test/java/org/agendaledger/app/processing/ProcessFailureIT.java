package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Where there can be no dead-letter queue — the silence-procedure process is a saga — a failing handler is never
 * skipped either: the processor stops the segment, says so in the health, and tries the same event again with a
 * growing pause until it goes through; the procedure then runs its course.
 */
class ProcessFailureIT extends LedgerIntegrationTest {

    private static final String CONSTRAINT = "it_refused_association";

    @AfterEach
    void mend() {
        jdbc.execute("ALTER TABLE association_value_entry DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
    }

    @Test
    void aProcessThatCannotStoreItsStateIsRetriedUntilItCanAndThenConcludesTheProcedure() {
        // given a saga store that refuses this procedure's association
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String procedureId = "sp-refused-" + s.suffix;
        jdbc.execute("ALTER TABLE association_value_entry ADD CONSTRAINT " + CONSTRAINT
                + " CHECK (association_value <> '" + procedureId + "')");

        // when the procedure starts
        expect(secretariat().post("/api/silence-procedures", Map.of("procedureId", procedureId,
                "meetingId", s.meetingId, "subject", "SUBSTANTIVE_TOPICS", "text", "Circulated",
                "deadline", Scenario.localIn(4), "timeZone", Scenario.ZONE)), 201);

        // then the process's segment is in error and the health says DOWN, naming it
        JsonNode down = await().atMost(PATIENCE).until(() -> as("auditor").get("/actuator/health").json(),
                h -> "DOWN".equals(h.get("status").asString()));
        JsonNode process = down.get("components").get("eventProcessors").get("details")
                .get("silence-procedure-process");
        assertThat(process.get("errors").toString()).containsIgnoringCase(CONSTRAINT);

        // when the cause goes away, the same event goes through: the deadline is set and approves the topics
        mend();
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + s.meetingId),
                meeting -> meeting.status() == 200 && meeting.json().get("topicsApproved").asBoolean());
        await().atMost(PATIENCE).until(() -> "UP".equals(as("auditor").get("/actuator/health").json()
                .get("status").asString()));
    }
}
