package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A read model's handler that fails never makes its processor skip the event: the event is parked with its error,
 * the aggregate's later events wait behind it in order, everything else goes on, and the parking shows in the health,
 * the metrics, the API, and to a reader who asks for that position. A retry applies them all once the cause is
 * mended; a read model's event cannot be evicted. (Automatic retries are pushed out of reach here: see
 * {@link DeadLetterRetriesIT}.)
 */
@TestPropertySource(properties = {"agenda-ledger.dead-letters.first-pause=PT1H",
        "agenda-ledger.dead-letters.retry-every=PT0.2S"})
class DeadLettersIT extends LedgerIntegrationTest {

    static final String UNWRITABLE = "Unwritable Hall";

    @AfterEach
    void mend() {
        FailingReadModel.mend(jdbc);
    }

    @Test
    void aFailingHandlerParksItsEventAndTheAggregatesLaterEventsUntilARetryAppliesThemInOrder() {
        // given a meeting-view that cannot store a meeting held in the Unwritable Hall
        FailingReadModel.refuseVenue(jdbc, UNWRITABLE);
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        Map<String, Object> plan = new HashMap<>(Scenario.plan(s.meetingId, s.bureauId));
        plan.put("venue", UNWRITABLE);

        // when the meeting is scheduled, revised, and another meeting scheduled
        expect(secretariat().post("/api/meetings", plan), 201);
        Map<String, Object> revision = new HashMap<>(plan);
        revision.keySet().removeAll(java.util.List.of("meetingId", "bureauId", "body", "ordinal"));
        revision.put("venue", "Vienna International Centre");
        long revised = expect(secretariat().put("/api/meetings/" + s.meetingId + "/plan", revision), 200)
                .json().get("position").asLong();
        String otherMeeting = "meeting-other-" + s.suffix;
        long other = expect(secretariat().post("/api/meetings", Scenario.plan(otherMeeting, s.bureauId)), 201)
                .json().get("position").asLong();

        // then both events of the meeting are parked, the first with its error
        List<JsonNode> parked = await().atMost(PATIENCE).until(() -> parkedOf(s.meetingId), p -> p.size() == 2);
        assertThat(parked).extracting(p -> p.get("payloadType").asString()).containsExactly(
                "org.agendaledger.events.meeting.MeetingScheduled",
                "org.agendaledger.events.meeting.MeetingPlanRevised");
        assertThat(parked.get(0).get("first").asBoolean()).isTrue();
        assertThat(parked.get(0).get("causeMessage").asString()).containsIgnoringCase("it_refused_venue");
        assertThat(parked.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(parked.get(0).get("evictable").asBoolean()).isFalse();
        // and the other meeting went on; a reader who insists on its position is told the read model is blocked:
        // meeting-view as a whole has not reached it
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + otherMeeting).status() == 200);
        assertThat(secretariat().get("/api/meetings/" + otherMeeting, "Ledger-Not-Older-Than", Long.toString(other))
                .code()).isEqualTo("READ_MODEL_BLOCKED");

        // and a reader who asks for the position of the revision is told at once that it is blocked
        ApiClient.Response blocked = secretariat().get("/api/meetings/" + s.meetingId,
                "Ledger-Not-Older-Than", Long.toString(revised));
        assertThat(blocked.status()).isEqualTo(503);
        assertThat(blocked.code()).isEqualTo("READ_MODEL_BLOCKED");
        assertThat(blocked.header("Retry-After")).isNotBlank();
        assertThat(blocked.json().get("parked").get("meeting-view")).hasSize(2);

        // and the health says DEGRADED, with the details for the secretariat and the auditor only
        JsonNode health = expect(as("auditor").get("/actuator/health"), 200).json();
        assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
        JsonNode meetingView = health.get("components").get("eventProcessors").get("details").get("meeting-view");
        assertThat(meetingView.get("parkedEvents").asLong()).isEqualTo(2);
        assertThat(meetingView.get("kind").asString()).isEqualTo("READ_MODEL");
        JsonNode anonymous = expect(ApiClient.anonymous(port).get("/actuator/health"), 200).json();
        assertThat(anonymous.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(anonymous.has("components")).isFalse();

        // and the metrics count the parked events
        assertThat(expect(as("auditor").get("/actuator/prometheus"), 200).raw())
                .contains("agenda_ledger_dead_letters{processor=\"meeting-view\"} 2.0");

        // when it is retried before the cause is mended, it fails again and stays parked
        String first = parked.get(0).get("eventId").asString();
        ApiClient.Response again = secretariat().post("/api/admin/dead-letters/meeting-view/" + first + "/retry", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("STILL_FAILING");
        assertThat(parkedOf(s.meetingId)).hasSize(2).first()
                .satisfies(p -> assertThat(p.get("attempts").asInt()).isEqualTo(2));
        // and a read model's event cannot be evicted, nor can anyone but the secretariat act
        assertThat(secretariat().delete("/api/admin/dead-letters/meeting-view/" + first).code())
                .isEqualTo("NOT_A_SIDE_EFFECT");
        assertThat(as("auditor").post("/api/admin/dead-letters/meeting-view/" + first + "/retry", "").status())
                .isEqualTo(403);

        // when the cause is mended and the event retried
        FailingReadModel.mend(jdbc);
        ApiClient.Response retried = expect(secretariat().post("/api/admin/dead-letters/meeting-view/"
                + parked.get(1).get("eventId").asString() + "/retry", ""), 200);
        assertThat(retried.json().get("handled").asBoolean()).isTrue();

        // then the meeting shows as revised: both events applied, in order, and nothing is parked any more
        JsonNode meeting = expect(secretariat().get("/api/meetings/" + s.meetingId,
                "Ledger-Not-Older-Than", Long.toString(revised)), 200).json();
        assertThat(meeting.get("venue").asString()).isEqualTo("Vienna International Centre");
        assertThat(parkedOf(s.meetingId)).isEmpty();
        assertThat(expect(as("auditor").get("/actuator/health"), 200).json().get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void anEventThatIsNotParkedCannotBeRetried() {
        ApiClient.Response response = secretariat().post("/api/admin/dead-letters/meeting-view/no-such-event/retry",
                "");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_PARKED");
    }

    private List<JsonNode> parkedOf(String meetingId) {
        List<JsonNode> parked = new ArrayList<>();
        for (JsonNode letter : expect(as("auditor").get("/api/admin/dead-letters"), 200).json()) {
            if (meetingId.equals(letter.get("aggregateId").asString(null))) {
                parked.add(letter);
            }
        }
        return parked;
    }
}
