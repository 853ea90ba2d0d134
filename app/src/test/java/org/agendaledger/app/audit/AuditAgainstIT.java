package org.agendaledger.app.audit;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/audit/verify}: today's store compared with what an auditor kept — the latest checkpoint
 * ({@code GET /api/audit/checkpoints/latest}) or an export — so that the store's last events and checkpoints
 * removed together, which the store alone cannot show, are found. Bad input is refused with a reason and changes
 * nothing. Each test that tampers stops the checkpoint schedule and puts the store back as it was.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"agenda-ledger.audit.checkpoint.every-events=1",
        "agenda-ledger.audit.checkpoint.settle-margin=PT0.5S", "agenda-ledger.audit.checkpoint.poll-interval=PT0.1S"})
@org.junit.jupiter.api.Tag("tamper-evidence")
class AuditAgainstIT extends LedgerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private CheckpointSchedule schedule;
    @Autowired
    private MockMvc mvc;

    private final List<StoreRows> taken = new ArrayList<>();

    @BeforeEach
    void theStoryIsCheckpointed() {
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings").raw().contains("\"CLOSED\""));
        awaitCheckpointAtHead();
    }

    @AfterEach
    void theStoreIsPutBack() {
        taken.forEach(StoreRows::putBack);
        taken.clear();
        if (!schedule.isRunning()) {
            schedule.start();
        }
    }

    @Test
    void givenTheLatestCheckpointKept_whenNothingChanged_thenEveryRoleFindsEverythingKeptStillThere() {
        // given
        ApiClient.Response latest = expect(as("auditor").get("/api/audit/checkpoints/latest"), 200);
        assertThat(latest.contentType()).startsWith("application/json");
        JsonNode kept = latest.json();
        assertThat(kept.propertyNames()).containsExactly("record", "number", "position", "events", "streams",
                "streamHeadsHash", "previousHash", "createdAt", "hash");

        // when / then
        for (String role : List.of("auditor", "secretariat", "president")) {
            JsonNode report = post(role, "application/json", latest.raw(), 200).json();
            assertThat(report.get("status").asString()).as(role).isEqualTo("OK");
            assertThat(report.propertyNames()).containsExactly("status", "streams", "events", "brokenLinks",
                    "checkpoints", "against");
            JsonNode against = report.get("against");
            assertThat(against.get("status").asString()).isEqualTo("OK");
            assertThat(against.get("kind").asString()).isEqualTo("CHECKPOINT");
            assertThat(against.get("checkpoint").asLong()).isEqualTo(kept.get("number").asLong());
            assertThat(against.get("position").asLong()).isEqualTo(kept.get("position").asLong());
            assertThat(against.get("problems")).isEmpty();
        }
        assertThat(post(null, "application/json", latest.raw(), 401).contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void givenAnExportKept_whenTheStoreGrew_thenNothingKeptIsGoneOrChanged() {
        // given
        String export = expect(as("auditor").get("/api/audit/export"), 200).raw();
        long keptEvents = export.lines().filter(line -> !line.startsWith("{\"record\"")).count();

        // when
        new Scenario(secretariat()).bureau("member-a");

        // then
        JsonNode report = post("auditor", "application/x-ndjson", export, 200).json();
        assertThat(report.get("status").asString()).isEqualTo("OK");
        assertThat(report.get("against").get("kind").asString()).isEqualTo("EXPORT");
        assertThat(report.get("against").get("events").asLong()).isEqualTo(keptEvents);
        assertThat(report.get("against").get("problems")).isEmpty();
    }

    @Test
    void givenWhatWasKept_whenTheStoresLastEventsAndCheckpointsAreRemoved_thenOnlyWhatWasKeptShowsIt() {
        // given a Bureau's three events, the store's last, covered by a checkpoint, and what the auditor kept
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;
        long first = jdbc.queryForObject("SELECT MIN(global_index) FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?", Long.class, bureau);
        awaitCheckpointAtHead();
        schedule.stop();
        String checkpoint = expect(as("auditor").get("/api/audit/checkpoints/latest"), 200).raw();
        String export = expect(as("auditor").get("/api/audit/export"), 200).raw();

        // when a forger removes those events and every checkpoint that covered them
        taken.add(StoreRows.take(jdbc, "audit_checkpoint", "store_position >= ?", first));
        taken.add(StoreRows.take(jdbc, "domain_event_entry", "global_index >= ?", first));
        assertThat(taken.get(1).count()).isEqualTo(3);

        // then the store by itself holds together
        JsonNode alone = expect(as("auditor").get("/api/audit/verify"), 200).json();
        assertThat(alone.get("status").asString()).isEqualTo("OK");

        // but not against the kept checkpoint
        JsonNode againstCheckpoint = post("auditor", "application/json", checkpoint, 200).json();
        assertThat(againstCheckpoint.get("status").asString()).isEqualTo("BROKEN");
        assertThat(problems(againstCheckpoint.get("against"))).contains("EVENTS_DIFFER_FROM_KEPT",
                "KEPT_CHECKPOINT_MISSING");
        assertThat(againstCheckpoint.get("against").get("problems").get(0).get("detail").asString())
                .contains("3 of the events at or below position");

        // nor against the kept export, which names each event gone
        JsonNode againstExport = post("auditor", "application/x-ndjson", export, 200).json();
        assertThat(againstExport.get("status").asString()).isEqualTo("BROKEN");
        List<String> gone = new ArrayList<>();
        againstExport.get("against").get("problems").forEach(problem -> {
            if (problem.get("problem").asString().equals("KEPT_EVENT_MISSING")) {
                gone.add(problem.get("aggregateId").asString() + "#" + problem.get("sequenceNumber").asLong());
            }
        });
        assertThat(gone).containsExactly(bureau + "#0", bureau + "#1", bureau + "#2");
        assertThat(problems(againstExport.get("against"))).contains("KEPT_CHECKPOINT_MISSING");
    }

    @Test
    void givenAnExportKept_whenAnEventIsChanged_thenItIsNamedWithWhatChanged() {
        // given
        String bureau = new Scenario(secretariat()).bureau("member-a").bureauId;
        String export = expect(as("auditor").get("/api/audit/export"), 200).raw();

        // when a payload is changed in the table
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 1", (row, n) -> row.getBytes(1), bureau);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 1",
                new String(payload, StandardCharsets.UTF_8).replace("Member member-a", "Member member-z")
                        .getBytes(StandardCharsets.UTF_8),
                bureau);
        try {
            // then
            JsonNode report = post("auditor", "application/x-ndjson", export, 200).json();
            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
            JsonNode changed = report.get("against").get("problems").get(0);
            assertThat(changed.get("problem").asString()).isEqualTo("KEPT_EVENT_CHANGED");
            assertThat(changed.get("aggregateId").asString()).isEqualTo(bureau);
            assertThat(changed.get("detail").asString()).endsWith("payload changed.");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? "
                    + "AND sequence_number = 1", payload, bureau);
        }
    }

    @Test
    void givenBadInput_thenAClearProblemIsAnsweredAndNothingChanges() {
        // given
        schedule.stop();
        String checkpoint = expect(as("auditor").get("/api/audit/checkpoints/latest"), 200).raw();
        String export = expect(as("auditor").get("/api/audit/export"), 200).raw();
        long events = eventCount();
        long checkpoints = jdbc.queryForObject("SELECT COUNT(*) FROM audit_checkpoint", Long.class);

        // when / then
        refused("application/json", "", 400, "KEPT_RECORD_UNREADABLE", "Nothing was sent");
        refused("application/json", "{not json", 400, "KEPT_RECORD_UNREADABLE", "This is not a checkpoint");
        refused("application/json", export.lines().findFirst().orElseThrow(), 400, "KEPT_RECORD_UNREADABLE",
                "This is an event");
        refused("application/json", checkpoint.replaceFirst("\"events\":(\\d+)", "\"events\":1$1"), 400,
                "KEPT_RECORD_ALTERED", "is not what was hashed");
        refused("application/json", "{\"record\":\"checkpoint\",\"pad\":\"" + "x".repeat(70_000) + "\"}", 413,
                "KEPT_RECORD_TOO_LARGE", "application/x-ndjson");
        refused("application/x-ndjson", "", 400, "KEPT_RECORD_UNREADABLE", "Nothing was sent");
        refused("application/x-ndjson", export.replaceFirst("\"President of the Conference\"", "\"Someone\""), 400,
                "KEPT_EXPORT_BROKEN", "does not verify by itself (1 problem)");
        ApiClient.Response text = post("auditor", "text/plain", checkpoint, 415);
        assertThat(text.contentType()).startsWith("application/problem+json");

        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_checkpoint", Long.class)).isEqualTo(checkpoints);
    }

    @Test
    void theIntegrityPageShowsTheCheckpointsAndLinksTheLatest() throws Exception {
        // given
        JsonNode latest = expect(as("auditor").get("/api/audit/checkpoints/latest"), 200).json();

        // when
        String page = page();

        // then
        assertThat(page).contains("id=\"verify-status\">OK<", "Checkpoints", "id=\"checkpoint-status\"",
                "the latest, number " + latest.get("number").asLong(), "href=\"/api/audit/checkpoints/latest\"");

        // and when a checkpoint is altered, the page says so
        schedule.stop();
        jdbc.update("UPDATE audit_checkpoint SET event_count = event_count + 1 WHERE checkpoint_number = ?",
                latest.get("number").asLong());
        try {
            assertThat(page()).contains("id=\"verify-status\">BROKEN<", "0 broken link(s), 2 checkpoint problem(s)",
                    "<strong>BROKEN</strong>");
        } finally {
            jdbc.update("UPDATE audit_checkpoint SET event_count = event_count - 1 WHERE checkpoint_number = ?",
                    latest.get("number").asLong());
        }
    }

    private String page() throws Exception {
        return mvc.perform(get("/audit/verify").with(user("auditor").authorities(() -> "ROLE_AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void refused(String contentType, String body, int status, String code, String detail) {
        ApiClient.Response response = post("auditor", contentType, body, status);
        assertThat(response.contentType()).as(code).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private static List<String> problems(JsonNode against) {
        List<String> problems = new ArrayList<>();
        against.get("problems").forEach(problem -> problems.add(problem.get("problem").asString()));
        return problems;
    }

    private void awaitCheckpointAtHead() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT COALESCE(MAX(store_position), 0) FROM "
                + "audit_checkpoint", Long.class) >= head);
    }

    /** A POST with any content type, as a user ({@code null}: anonymous); asserts the status. */
    private ApiClient.Response post(String username, String contentType, String body, int expectedStatus) {
        ApiClient client = username == null ? ApiClient.anonymous(port) : as(username);
        ApiClient.Response answer = client.post("/api/audit/verify", contentType, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(expectedStatus);
        return answer;
    }
}
