package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Live agenda updates over Server-Sent Events, and rebuilding read models from the whole history. */
class LiveAndRebuildIT extends LedgerIntegrationTest {

    /** Each read model's processing group and the tables it fills. */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "meeting-view", List.of("meeting_view"),
            "bureau-view", List.of("bureau_view", "bureau_view_member"),
            "agenda-view", List.of("agenda_view"),
            "silence-procedures", List.of("silence_procedure_view", "silence_procedure_addressee",
                    "silence_procedure_meeting"),
            "decision-trail", List.of("decision_trail", "decision_trail_circulation", "decision_trail_notice"),
            "audit-log", List.of("audit_log"));

    @Test
    void anOpenAgendaStreamReceivesEveryChange() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("president").meeting().agenda();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings/"
                + s.meetingId + "/agenda/stream?notOlderThan=" + s.position()))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("auditor:it-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .build().send(request,
                        HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains("Non-punishment of victims")));
            expect(secretariat().post("/api/meetings/" + s.meetingId + "/agenda/items",
                    Map.of("itemId", "live", "kind", "OTHER_MATTERS", "title", "Added while watching")), 201);
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains("Added while watching")));
            assertThat(lines).contains("event:agenda");
        } finally {
            reader.interrupt();
            response.body().close();
        }
    }

    @Test
    void anUnknownMeetingHasNoStream() {
        ApiClient.Response response = expect(as("auditor").get("/api/meetings/no-such-meeting/agenda/stream"), 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rebuildingEveryReadModelGivesTheSameTablesAsBuildingThemIncrementally() {
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings").raw().contains("\"CLOSED\""));
        Scenario s = new Scenario(secretariat()).bureau("president").meeting().topics().agenda();
        expect(secretariat().post("/api/meetings/" + s.meetingId + "/slots/s1/assignments", Map.of("itemId", "i2")),
                201);
        await().atMost(PATIENCE).until(() -> caughtUp());

        for (Map.Entry<String, List<String>> readModel : READ_MODELS.entrySet()) {
            Map<String, List<String>> before = snapshot(readModel.getValue());
            ApiClient.Response started = expect(secretariat().post(
                    "/api/admin/projections/" + readModel.getKey() + "/rebuild", null), 202);
            assertThat(started.json().get("head").asLong()).isPositive();
            await().atMost(PATIENCE).until(() -> "UP_TO_DATE".equals(progress(readModel.getKey()).get("state")
                    .asString()));
            JsonNode done = progress(readModel.getKey());
            assertThat(done.get("position").asLong()).isGreaterThanOrEqualTo(started.json().get("head").asLong());
            assertThat(done.get("estimatedSecondsLeft").asLong()).isZero();
            assertThat(done.get("startedAt")).isNotNull();
            assertThat(done.get("completedAt")).isNotNull();
            assertThat(snapshot(readModel.getValue())).as(readModel.getKey()).isEqualTo(before);
        }
    }

    @Test
    void onlyTheSecretariatRebuildsAndOnlyReadModelsCanBeRebuilt() {
        expect(as("auditor").post("/api/admin/projections/agenda-view/rebuild", null), 403);
        expect(as("auditor").get("/api/admin/projections"), 403);
        expect(secretariat().post("/api/admin/projections/no-such-model/rebuild", null), 404);
        expect(secretariat().post("/api/admin/projections/silence-procedure-process/rebuild", null), 404);
        JsonNode models = expect(secretariat().get("/api/admin/projections"), 200).json();
        List<String> names = new java.util.ArrayList<>();
        models.forEach(m -> names.add(m.get("readModel").asString()));
        assertThat(names).containsAll(READ_MODELS.keySet()).doesNotContain("silence-procedure-process");
    }

    private boolean caughtUp() {
        JsonNode models = secretariat().get("/api/admin/projections").json();
        for (JsonNode model : models) {
            if (!"UP_TO_DATE".equals(model.get("state").asString())
                    || model.get("position").asLong() != model.get("head").asLong()) {
                return false;
            }
        }
        return true;
    }

    private JsonNode progress(String readModel) {
        return expect(secretariat().get("/api/admin/projections/" + readModel + "/rebuild"), 200).json();
    }

    /**
     * The rows of the tables, in a stable order. The {@code arrival} columns are left out: they are identity
     * surrogates that only break ties in the order of arrival, and a database never hands out an identity twice.
     */
    private Map<String, List<String>> snapshot(List<String> tables) {
        Map<String, List<String>> rows = new java.util.TreeMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table).stream()
                    .map(row -> {
                        Map<String, Object> content = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                        content.putAll(row);
                        content.remove("arrival");
                        return content.toString();
                    })
                    .sorted().toList());
        }
        return rows;
    }
}
