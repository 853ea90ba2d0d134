package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.silence.LateObjectionRecorded;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole approval workflow of a new meeting, end to end through HTTP, as the secretariat and members use it. */
class WorkflowIT extends LedgerIntegrationTest {

    @Test
    void aMeetingGoesFromPlanToClosedReportThroughSilenceProcedures() {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-grulac", "vp-weog").meeting().topics();
        String meeting = "/api/meetings/" + s.meetingId;

        // the topics circulate; a member objects in time: silence is broken and the topics are released
        String first = s.circulate("SUBSTANTIVE_TOPICS", 30);
        expect(as("vp-grulac").post("/api/silence-procedures/" + first + "/comments",
                Map.of("text", "Editorial: 'victims' rather than 'persons'.")), 201);
        expect(as("vp-weog").post("/api/silence-procedures/" + first + "/objections",
                Map.of("kind", "AMENDMENT", "text", "Add 'and their protection' to topic 1.")), 201);
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("SubjectReleasedFromSilence")));
        assertThat(expect(secretariat().post("/api/silence-procedures/" + first + "/approval", null), 409).code())
                .isEqualTo("SILENCE_BROKEN");

        // the secretariat revises the topics and re-circulates them, linked to the broken procedure
        expect(secretariat().post(meeting + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", "Non-punishment of victims and their protection"),
                Map.of("topicId", "t2", "title", "Joint investigations")))), 200);
        ApiClient.Response recirculated = expect(secretariat().post(
                "/api/silence-procedures/" + first + "/recirculation",
                Map.of("text", "Revised topics", "deadline", Scenario.localIn(Scenario.SOON), "timeZone",
                        Scenario.ZONE)),
                201);
        String second = recirculated.json().get("id").asString();
        SilenceProcedureStarted started = (SilenceProcedureStarted) eventsOf(second).get(0).getPayload();
        assertThat(started.recirculationOf()).isEqualTo(first);
        assertThat(started.subject().version()).isEqualTo(2);
        assertThat(started.addressees()).extracting(a -> a.memberId())
                .containsExactly("president", "vp-grulac", "vp-weog");

        // nobody objects: the persistent deadline approves it, dated at the deadline
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayload() instanceof SubstantiveTopicsApproved));
        SilenceProcedureApproved approved = payload(eventsOf(second), SilenceProcedureApproved.class);
        assertThat(approved.approvedAt()).isEqualTo(started.deadline());
        assertThat(approved.subject()).isEqualTo(started.subject());
        SubstantiveTopicsApproved topics = payload(eventsOf(s.meetingId), SubstantiveTopicsApproved.class);
        assertThat(topics.procedureId()).isEqualTo(second);
        assertThat(topics.topicsVersion()).isEqualTo(2);
        // approving again changes nothing; a late objection is recorded and changes nothing
        long before = eventCount();
        expect(secretariat().post("/api/silence-procedures/" + second + "/approval", null), 200);
        assertThat(eventCount()).isEqualTo(before);
        expect(as("vp-weog").post("/api/silence-procedures/" + second + "/objections",
                Map.of("kind", "OBJECTION", "text", "Too late, but for the record.")), 201);
        assertThat(eventsOf(second).get(eventsOf(second).size() - 1).getPayload())
                .isInstanceOf(LateObjectionRecorded.class);

        // the agenda is drafted, edited and circulated; while under silence it is frozen
        s.agenda();
        expect(secretariat().post(meeting + "/agenda/items",
                Map.of("itemId", "i4", "kind", "OTHER_MATTERS", "title", "Other matters", "position", 2)), 201);
        expect(secretariat().put(meeting + "/agenda/items/i2/annotation",
                Map.of("paragraphs", List.of("Under agenda item 2, the Working Group may wish to discuss..."))), 200);
        expect(secretariat().post(meeting + "/agenda/items/i2/documentation",
                Map.of("symbol", "CTOC/COP/WG.4/2031/2", "title", "Background paper")), 201);
        expect(secretariat().put(meeting + "/agenda/items/i1/sub-items/i1a/annotation",
                Map.of("paragraphs", List.of("The meeting will be opened at 10 a.m."))), 200);
        String agendaProcedure = s.circulate("AGENDA", Scenario.SOON);
        ApiClient.Response frozen = expect(secretariat().put(meeting + "/agenda/items/i2",
                Map.of("kind", "SUBSTANTIVE", "title", "Changed while frozen")), 409);
        assertThat(frozen.code()).isEqualTo("AGENDA_UNDER_SILENCE");
        await().atMost(PATIENCE).until(() -> agenda(s).path("approvedByProcedure").asString("")
                .equals(agendaProcedure));
        JsonNode agenda = agenda(s);
        assertThat(agenda.get("approvedVersion").asInt()).isEqualTo(agenda.get("version").asInt());
        assertThat(texts(agenda.get("items"), "title")).containsExactly("Organizational matters",
                "Non-punishment of victims", "Other matters", "Adoption of the report");

        // organization of work, issue, opening, adoption as orally amended, report
        expect(secretariat().post(meeting + "/slots/s1/assignments", Map.of("itemId", "i1", "subItemId", "i1a")), 201);
        expect(secretariat().post(meeting + "/slots/s1/assignments", Map.of("itemId", "i2")), 201);
        expect(secretariat().post(meeting + "/slots/s2/assignments", Map.of("itemId", "i2")), 201);
        expect(secretariat().post(meeting + "/slots/s2/assignments", Map.of("itemId", "i3")), 201);
        expect(secretariat().post(meeting + "/slots/s2/assignments", Map.of("itemId", "i4", "position", 1)), 201);
        expect(secretariat().delete(meeting + "/slots/s2/assignments/i4"), 200);
        expect(secretariat().post(meeting + "/agenda/issue",
                Map.of("symbol", "CTOC/COP/WG.4/2031/1", "dateOfIssue", "2031-06-04", "distribution", "General",
                        "originalLanguage", "English")),
                200);
        expect(secretariat().post(meeting + "/opening", null), 200);
        expect(secretariat().post(meeting + "/agenda/adoption", Map.of("amendments", List.of(
                Map.of("text", "Item 3 to be taken up before item 2 on the first afternoon.")))), 200);
        expect(secretariat().post(meeting + "/report/adoption", Map.of("reportSymbol", "CTOC/COP/WG.4/2031/4")),
                200);

        await().atMost(PATIENCE).until(() -> agenda(s).path("closed").asBoolean());
        agenda = agenda(s);
        assertThat(agenda.get("adopted").get("asIssued").asBoolean()).isFalse();
        assertThat(agenda.get("adopted").get("amendments").get(0).get("text").asString()).startsWith("Item 3");
        JsonNode afternoon = agenda.get("slots").get(1).get("assignments");
        assertThat(afternoon.get(0).get("reference").asString()).isEqualTo("2");
        assertThat(afternoon.get(0).get("continued").asBoolean()).isTrue();
        assertThat(afternoon.get(1).get("reference").asString()).isEqualTo("4");

        // the report sealed everything
        long sealed = eventCount();
        ApiClient.Response refused = expect(secretariat().post(meeting + "/agenda/items",
                Map.of("kind", "OTHER_MATTERS", "title", "Too late")), 409);
        assertThat(refused.code()).isEqualTo("MEETING_CLOSED");
        assertThat(eventCount()).isEqualTo(sealed);
    }

    @Test
    void theSecretariatRecordsAnObjectionReceivedByLetterWithChannelAndReference() {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-grulac").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        ApiClient.Response recorded = expect(secretariat().post("/api/silence-procedures/" + procedure
                + "/objections",
                Map.of("memberId", "vp-grulac", "kind", "OBJECTION",
                        "text", "GRULAC cannot agree to topic 2.", "channel", "LETTER",
                        "reference", "letter of 28 April 2020")),
                201);
        DomainEventMessage<?> broken = eventsOf(procedure).get(1);
        assertThat(broken.getMetaData().get("correlationId"))
                .isEqualTo(recorded.json().get("correlationId").asString());
        SilenceBroken event = (SilenceBroken) broken.getPayload();
        assertThat(event.memberId()).isEqualTo("vp-grulac");
        assertThat(event.reference()).isEqualTo("letter of 28 April 2020");
        assertThat(event.channel().name()).isEqualTo("LETTER");
        assertThat(broken.getMetaData()).containsEntry("actor", "secretariat").containsEntry("role", "SECRETARIAT");
    }

    @Test
    void theInitiatorExtendsThenWithdrawsAProcedureAndTheSubjectIsReleased() {
        Scenario s = new Scenario(secretariat()).bureau("president").meeting();
        String procedure = s.circulate("MEETING_PLAN", 60);
        expect(secretariat().post("/api/silence-procedures/" + procedure + "/extension", Map.of(
                "deadline", Scenario.localIn(3600), "timeZone", Scenario.ZONE, "reason", "Holiday period")), 200);
        ApiClient.Response shorter = expect(secretariat().post("/api/silence-procedures/" + procedure + "/extension",
                Map.of("deadline", Scenario.localIn(120), "timeZone", Scenario.ZONE, "reason", "Shorter")), 409);
        assertThat(shorter.code()).isEqualTo("DEADLINE_NOT_LATER");
        expect(secretariat().post("/api/silence-procedures/" + procedure + "/withdrawal",
                Map.of("reason", "The venue changes")), 200);
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("SubjectReleasedFromSilence")));
        // released: the plan can be revised and circulated again
        Map<String, Object> revised = new java.util.HashMap<>(Scenario.plan(s.meetingId, s.bureauId));
        // a revision changes the plan, never which meeting of which body and Bureau it is
        List.of("meetingId", "bureauId", "body", "ordinal").forEach(revised::remove);
        revised.put("venue", "Vienna International Centre");
        expect(secretariat().put("/api/meetings/" + s.meetingId + "/plan", revised), 200);
        s.circulate("MEETING_PLAN", 60);
    }

    private JsonNode agenda(Scenario s) {
        return expect(as("auditor").get("/api/meetings/" + s.meetingId + "/agenda"), 200).json();
    }

    private static <T> T payload(List<DomainEventMessage<?>> events, Class<T> type) {
        return events.stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + events));
    }

    private static List<String> texts(JsonNode array, String field) {
        java.util.ArrayList<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }
}
