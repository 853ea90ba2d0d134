package org.agendaledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A silence deadline survives {@code kill -9}: the node is killed before a procedure's deadline, or just as it falls
 * due, and restarted after it; the procedure is approved exactly once, dated at the deadline, and the meeting's
 * topics approved exactly once.
 */
@Tag("reliability")
class DeadlineCrashScenario {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDeadlineThatPassesWhileTheNodeIsDeadIsApprovedOnceAtTheDeadline() throws Exception {
        approvedOnceAcrossAKill("deadline-before", 10, Duration.ofSeconds(2));
    }

    @Test
    void aDeadlineFallingDueAsTheNodeIsKilledIsApprovedOnceAtTheDeadline() throws Exception {
        approvedOnceAcrossAKill("deadline-during", 6, Duration.ofSeconds(6));
    }

    private void approvedOnceAcrossAKill(String name, int deadlineInSeconds, Duration killAfter) throws Exception {
        LedgerProcess.Store store = LedgerProcess.Store.embedded(name + "-" + System.nanoTime());
        String procedureId;
        String meetingId;
        Instant deadline;
        Instant killed;
        // given a procedure whose deadline is a few seconds away
        try (LedgerProcess node = LedgerProcess.start(name, store)) {
            Scenario s = new Scenario(node.as("secretariat")).bureau("member-a", "member-b").meeting().topics();
            meetingId = s.meetingId;
            procedureId = s.circulate("SUBSTANTIVE_TOPICS", deadlineInSeconds);
            JsonNode procedure = await().atMost(Duration.ofSeconds(30)).until(() -> node.as("auditor")
                    .get("/api/silence-procedures/" + procedureId), r -> r.status() == 200).json();
            deadline = Instant.parse(procedure.get("deadline").get("instant").asString());
            // when the node is killed
            LedgerProcess.pause(killAfter);
            node.kill();
            killed = Instant.now();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().isAfter(deadline.plusSeconds(2)));

        // then, restarted, the deadline approves the procedure once, dated at the deadline
        try (LedgerProcess node = LedgerProcess.start(name + "-restarted", store)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> Scenario.expect(node.as("auditor")
                    .get("/api/meetings/" + meetingId), 200).json().get("topicsApproved").asBoolean());
            List<JsonNode> events = export(node);
            List<JsonNode> approvals = events.stream().filter(e -> e.get("payloadType").asString()
                    .endsWith(".SilenceProcedureApproved") && e.get("aggregateId").asString().equals(procedureId))
                    .toList();
            assertThat(approvals).hasSize(1);
            assertThat(Instant.parse(approvals.get(0).get("payload").get("approvedAt").asString()))
                    .isEqualTo(deadline);
            assertThat(approvals.get(0).get("metaData").get("businessTime").asString())
                    .isEqualTo(deadline.toString());
            assertThat(events.stream().filter(e -> e.get("payloadType").asString()
                    .endsWith(".SubstantiveTopicsApproved") && e.get("aggregateId").asString().equals(meetingId)))
                    .hasSize(1);
            Figures.record("deadline across kill -9 (" + name.substring("deadline-".length()) + " it falls due)",
                    "killed %+d ms from the deadline; approved once, dated at the deadline".formatted(
                            Duration.between(deadline, killed).toMillis()));
        }
    }

    private static List<JsonNode> export(LedgerProcess node) {
        return Scenario.expect(node.as("auditor").get("/api/audit/export"), 200).raw().lines()
                .filter(line -> !line.isBlank()).map(JSON::readTree).filter(e -> e.has("payloadType")).toList();
    }
}
