package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every class of refusal: malformed or invalid input (400, each bad field named), unknown ids (404), broken rules
 * (409 with a stable code and a sentence), missing or wrong role (401/403). Each leaves the event store unchanged.
 */
// a minimum period of 45 s: a deadline 30 s away is too soon whatever the load of the machine, one 60 s away is not
@org.springframework.test.context.TestPropertySource(properties = "agenda-ledger.silence.minimum-period=PT45S")
class RejectionsIT extends LedgerIntegrationTest {

    private Scenario s;
    private long before;

    @BeforeEach
    void aMeetingWithItsBureau() {
        s = new Scenario(secretariat()).bureau("president", "vp-grulac").meeting().topics();
        before = eventCount();
    }

    @Test
    void malformedJsonIsRefusedWith400() {
        ApiClient.Response response = expect(secretariat().post("/api/meetings", "{\"meetingId\": "), 400);
        assertProblem(response, "MALFORMED_REQUEST");
        assertNothingStored();
    }

    @Test
    void invalidFieldsAreEachNamedIn400() {
        Map<String, Object> plan = new java.util.HashMap<>(Scenario.plan("bad-plan-1", s.bureauId));
        plan.remove("venue");
        plan.put("timeZone", "Mars/Olympus");
        plan.put("endDate", "2031-09-01");
        ApiClient.Response response = expect(secretariat().post("/api/meetings", plan), 400);
        assertProblem(response, "INVALID_INPUT");
        assertThat(fields(response)).contains("venue");

        plan.put("venue", "Vienna");
        response = expect(secretariat().post("/api/meetings", plan), 400);
        assertThat(fields(response)).contains("timeZone", "endDate");
        assertNothingStored();
    }

    @Test
    void anUnknownEnumValueOrAMissingRequiredFieldIsA400() {
        ApiClient.Response wrongKind = expect(secretariat().post("/api/meetings/" + s.meetingId + "/agenda/items",
                Map.of("kind", "SOMETHING", "title", "x")), 400);
        assertProblem(wrongKind, "MALFORMED_REQUEST");
        assertThat(fields(wrongKind)).containsExactly("kind");
        ApiClient.Response missing = expect(secretariat().post("/api/silence-procedures",
                Map.of("meetingId", s.meetingId, "subject", "SUBSTANTIVE_TOPICS")), 400);
        assertThat(fields(missing)).contains("deadline", "timeZone");
        assertNothingStored();
    }

    @Test
    void theSecretariatMustSayHowAReactionWasReceived() {
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        before = eventCount();
        ApiClient.Response response = expect(secretariat().post("/api/silence-procedures/" + procedure
                + "/objections", Map.of("kind", "OBJECTION", "text", "No.")), 400);
        assertThat(fields(response)).contains("memberId", "channel", "reference");
        assertNothingStored();
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(expect(secretariat().post("/api/meetings/no-such-meeting/opening", null), 404), "UNKNOWN_ID");
        assertProblem(expect(secretariat().post("/api/silence-procedures/no-such-procedure/approval", null), 404),
                "UNKNOWN_ID");
        assertThat(expect(as("auditor").get("/api/meetings/no-such-meeting/agenda"), 404).contentType())
                .startsWith("application/problem+json");
        s.agenda();
        before = eventCount();
        assertProblem(expect(secretariat().put("/api/meetings/" + s.meetingId + "/agenda/items/no-such-item",
                Map.of("kind", "SUBSTANTIVE", "title", "x")), 404), "UNKNOWN_ITEM");
        assertProblem(expect(secretariat().post("/api/meetings/" + s.meetingId + "/slots/no-such-slot/assignments",
                Map.of("itemId", "i1")), 404), "UNKNOWN_SLOT");
        assertProblem(expect(secretariat().delete("/api/bureaus/" + s.bureauId + "/members/nobody"), 404),
                "UNKNOWN_MEMBER");
        assertNothingStored();
    }

    @Test
    void brokenRulesAre409WithACodeAndASentence() {
        s.agenda();
        before = eventCount();
        ApiClient.Response response = expect(secretariat().post("/api/meetings/" + s.meetingId + "/agenda/issue",
                Map.of("symbol", "CTOC/COP/WG.4/2031/1", "dateOfIssue", "2031-06-04", "distribution", "General",
                        "originalLanguage", "English")),
                409);
        assertProblem(response, "TOPICS_NOT_APPROVED");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("The provisional agenda cannot be issued before the Bureau has approved the substantive "
                        + "topics.");
        assertProblem(expect(secretariat().post("/api/meetings/" + s.meetingId + "/agenda/adoption", null), 409),
                "MEETING_NOT_OPEN");
        assertProblem(expect(secretariat().post("/api/meetings/" + s.meetingId + "/report/adoption", null), 409),
                "AGENDA_NOT_ADOPTED");
        expect(secretariat().post("/api/meetings/" + s.meetingId + "/slots/s1/assignments",
                Map.of("itemId", "i2")), 201);
        before = eventCount();
        assertProblem(expect(secretariat().post("/api/meetings/" + s.meetingId + "/slots/s1/assignments",
                Map.of("itemId", "i2")), 409), "ALREADY_IN_SLOT");
        before = eventCount();
        assertProblem(expect(secretariat().delete("/api/meetings/" + s.meetingId + "/agenda/items/i2"), 409),
                "ITEM_HAS_ASSIGNMENTS");
        assertNothingStored();
    }

    @Test
    void silenceRulesAre409() {
        ApiClient.Response tooSoon = expect(secretariat().post("/api/silence-procedures", Map.of(
                "meetingId", s.meetingId, "subject", "SUBSTANTIVE_TOPICS", "deadline", Scenario.localIn(30),
                "timeZone", Scenario.ZONE)), 409);
        assertProblem(tooSoon, "DEADLINE_TOO_SOON");
        assertProblem(expect(secretariat().post("/api/silence-procedures", Map.of(
                "meetingId", s.meetingId, "subject", "AGENDA", "deadline", Scenario.localIn(60),
                "timeZone", Scenario.ZONE)), 404), "NO_AGENDA");
        Scenario empty = new Scenario(secretariat()).bureau().meeting();
        before = eventCount();
        assertProblem(expect(secretariat().post("/api/silence-procedures", Map.of(
                "meetingId", empty.meetingId, "subject", "MEETING_PLAN", "deadline", Scenario.localIn(60),
                "timeZone", Scenario.ZONE)), 409), "BUREAU_HAS_NO_MEMBERS");
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        before = eventCount();
        assertProblem(expect(secretariat().post("/api/silence-procedures", Map.of(
                "meetingId", s.meetingId, "subject", "SUBSTANTIVE_TOPICS", "deadline", Scenario.localIn(60),
                "timeZone", Scenario.ZONE)), 409), "ALREADY_UNDER_SILENCE");
        assertProblem(expect(secretariat().post("/api/silence-procedures/" + procedure + "/approval", null), 409),
                "DEADLINE_NOT_REACHED");
        assertProblem(expect(secretariat().post("/api/meetings/" + s.meetingId + "/topics", Map.of("topics",
                List.of(Map.of("title", "Other topic")))), 409), "TOPICS_UNDER_SILENCE");
        assertProblem(expect(secretariat().post("/api/silence-procedures/" + procedure + "/objections",
                Map.of("memberId", "vp-weog", "kind", "OBJECTION", "text", "Not on this Bureau", "channel", "LETTER",
                        "reference", "letter of 1 May")),
                409), "NOT_AN_ADDRESSEE");
        // a member who is not an addressee may not react at all, as on the procedure's page
        assertProblem(expect(as("vp-weog").post("/api/silence-procedures/" + procedure + "/objections",
                Map.of("kind", "OBJECTION", "text", "I am not on this Bureau")), 403), "FORBIDDEN");
        assertNothingStored();
    }

    @Test
    void creatingWhatAlreadyExistsIsRefusedNotDuplicated() {
        assertProblem(expect(secretariat().post("/api/meetings", Scenario.plan(s.meetingId, s.bureauId)), 409),
                "ALREADY_EXISTS");
        assertProblem(expect(secretariat().post("/api/bureaus", Map.of("bureauId", s.bureauId, "name", "Again")),
                409), "ALREADY_EXISTS");
        assertProblem(expect(secretariat().post("/api/bureaus/" + s.bureauId + "/members",
                Map.of("memberId", "president", "displayName", "President")), 409), "MEMBER_ALREADY_APPOINTED");
        assertNothingStored();
    }

    @Test
    void missingOrWrongRolesAre401And403() {
        ApiClient.Response anonymous = expect(ApiClient.anonymous(port).get("/api/meetings"), 401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        expect(ApiClient.as(port, "secretariat", "wrong-password").get("/api/meetings"), 401);
        assertProblem(expect(as("auditor").post("/api/meetings/" + s.meetingId + "/opening", null), 403),
                "FORBIDDEN");
        assertProblem(expect(as("auditor").post("/api/silence-procedures/x/objections",
                Map.of("kind", "OBJECTION", "text", "x")), 403), "FORBIDDEN");
        assertProblem(expect(as("president").post("/api/meetings/" + s.meetingId + "/topics",
                Map.of("topics", List.of(Map.of("title", "x")))), 403), "FORBIDDEN");
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        before = eventCount();
        ApiClient.Response impersonation = expect(as("president").post("/api/silence-procedures/" + procedure
                + "/objections", Map.of("memberId", "vp-grulac", "kind", "OBJECTION", "text", "In GRULAC's name")),
                403);
        assertThat(impersonation.json().get("detail").asString()).contains("as themselves");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(eventCount()).as("events stored by refused commands").isEqualTo(before);
    }

    private static void assertProblem(ApiClient.Response response, String code) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }
}
