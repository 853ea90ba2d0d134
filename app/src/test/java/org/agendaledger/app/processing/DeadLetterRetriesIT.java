package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.EventStream;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A parked event is tried again by itself after a growing pause, and lands once its cause has gone away; until then
 * the meeting it holds up is not in the read model, and has no stream.
 */
@TestPropertySource(properties = {"agenda-ledger.dead-letters.first-pause=PT1S",
        "agenda-ledger.dead-letters.retry-every=PT0.2S"})
class DeadLetterRetriesIT extends LedgerIntegrationTest {

    /** A venue of its own: the other test leaves a meeting stored at {@link DeadLettersIT#UNWRITABLE}. */
    private static final String UNLISTED = "Unlisted Hall";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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

    @Test
    void aMeetingTheListHasNotStoredHasNoStreamUntilItIsStored() throws Exception {
        // given a meeting in the store whose event meeting-view could not store: it is parked
        FailingReadModel.refuseVenue(jdbc, UNLISTED);
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        Map<String, Object> plan = new HashMap<>(Scenario.plan(s.meetingId, s.bureauId));
        plan.put("venue", UNLISTED);
        long position = expect(secretariat().post("/api/meetings", plan), 201).json().get("position").asLong();
        await().atMost(PATIENCE).until(() -> attempts(s.meetingId) >= 1);

        // when its stream is opened, then the meeting list is asked whether the meeting exists, not the store
        assertThat(refusal(stream(s.meetingId, ""))).isEqualTo("404 application/problem+json");
        // and a reader who passes the position is told at once that the list is held up
        assertThat(refusal(stream(s.meetingId, "?notOlderThan=" + position)))
                .isEqualTo("503 application/problem+json");

        // when the cause goes away and the event lands
        FailingReadModel.mend(jdbc);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> attempts(s.meetingId) == 0);

        // then the stream opens with the meeting
        try (EventStream stream = EventStream.open(HTTP, stream(s.meetingId, "?notOlderThan=" + position))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitFirst()[1]).contains(UNLISTED);
        }
    }

    /** The status and the type of the answer, read without waiting for a body a stream would never end. */
    private static String refusal(HttpRequest request) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        response.body().close();
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", "");
    }

    private HttpRequest stream(String meetingId, String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings/" + meetingId
                + "/stream" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("auditor:"
                        + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
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
