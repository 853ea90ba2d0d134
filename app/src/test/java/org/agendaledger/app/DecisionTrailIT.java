package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The decision trail of a meeting through HTTP: the real story, as of past instants, and new decisions. */
class DecisionTrailIT extends LedgerIntegrationTest {

    private static final String MEETING = "ctoc-cop-wg4-2020";
    private static final String DECISIONS = "/api/meetings/" + MEETING + "/decisions";
    private static final Instant TEST_START = Instant.now();

    @Autowired
    private EventProcessingConfiguration processing;

    @BeforeEach
    void storyIsDecided() {
        await().atMost(PATIENCE).until(() -> kinds(trail(DECISIONS)).contains("REPORT_ADOPTED"));
    }

    @Test
    void theStorysTrailListsEveryDecisionFromThePlanToTheReportInBusinessOrder() {
        JsonNode trail = trail(DECISIONS);

        assertThat(kinds(trail)).containsExactly("MEETING_PLAN_CONFIRMED", "TOPICS_APPROVED",
                "PROVISIONAL_AGENDA_ISSUED", "AGENDA_ADOPTED", "REPORT_ADOPTED");
        assertThat(texts(trail, "businessTime")).containsExactly("2019-08-30T16:00:00Z", "2020-05-01T16:00:00Z",
                "2020-06-04T10:00:00Z", "2020-09-10T08:05:00Z", "2020-09-11T15:30:00Z");
        assertThat(texts(trail, "procedureId")).containsExactly("sp-2019-meeting-plan", "sp-2020-substantive-topics",
                null, null, null);
        assertThat(texts(trail, "outcome")).containsExactly("APPROVED", "APPROVED", "ISSUED_BY_THE_SECRETARIAT",
                "ADOPTED_BY_THE_MEETING", "ADOPTED_BY_THE_MEETING");
        assertThat(texts(trail, "subject")).containsExactly("MEETING_PLAN", "SUBSTANTIVE_TOPICS", "AGENDA",
                "AGENDA", "AGENDA");
        trail.forEach(decision -> {
            assertThat(decision.get("version").asInt()).as(decision.toString()).isPositive();
            assertThat(decision.get("contentHash").asString()).as(decision.toString()).startsWith("sha256:")
                    .hasSize(71);
            assertThat(decision.get("description").asString()).as(decision.toString()).isNotBlank();
            assertThat(decision.get("meetingId").asString()).isEqualTo(MEETING);
            assertThat(decision.get("correlationId").asString()).as(decision.toString()).isNotBlank();
            assertThat(Instant.parse(decision.get("recordedAt").asString()))
                    .as("recorded when the story was loaded").isAfter(TEST_START.minus(10, ChronoUnit.MINUTES));
        });
    }

    @Test
    void theBureausApprovalsWereCarriedByTheProcessAndTheMeetingsActsByTheSecretariat() {
        JsonNode trail = trail(DECISIONS);

        assertThat(texts(trail, "actor")).containsExactly("system", "system", "secretariat", "secretariat",
                "secretariat");
        assertThat(texts(trail, "role")).containsExactly("SYSTEM", "SYSTEM", "SECRETARIAT", "SECRETARIAT",
                "SECRETARIAT");
        assertThat(trail.get(0).get("description").asString()).contains("sp-2019-meeting-plan")
                .contains("meeting plan");
    }

    @Test
    void theAgendaWasIssuedAdoptedAsIssuedAndSealedByTheReportOnTheSameVersionAndHash() {
        JsonNode trail = trail(DECISIONS);
        JsonNode issued = trail.get(2);
        JsonNode adopted = trail.get(3);
        JsonNode report = trail.get(4);
        JsonNode agenda = expect(as("auditor").get("/api/meetings/" + MEETING + "/agenda"), 200).json();

        assertThat(issued.get("document").asString()).isEqualTo("CTOC/COP/WG.4/2020/1");
        assertThat(issued.get("version").asInt()).isEqualTo(agenda.get("issued").get("version").asInt());
        assertThat(issued.get("contentHash").asString()).isEqualTo(agenda.get("issued").get("contentHash").asString());
        assertThat(adopted.get("description").asString()).contains("as issued");
        assertThat(adopted.get("amendments")).isEmpty();
        for (JsonNode sealed : List.of(adopted, report)) {
            assertThat(sealed.get("version").asInt()).isEqualTo(issued.get("version").asInt());
            assertThat(sealed.get("contentHash").asString()).isEqualTo(issued.get("contentHash").asString());
        }
    }

    @Test
    void eachDecisionNamesTheEventThatRecordsIt() {
        DomainEventMessage<?> confirmed = eventsOf(MEETING).stream()
                .filter(e -> e.getPayload() instanceof MeetingPlanConfirmed).findFirst().orElseThrow();

        JsonNode decision = trail(DECISIONS).get(0);

        assertThat(decision.get("eventId").asString()).isEqualTo(confirmed.getIdentifier());
        assertThat(decision.get("correlationId").asString())
                .isEqualTo(confirmed.getMetaData().get("correlationId").toString());
        assertThat(decision.get("version").asInt())
                .isEqualTo(((MeetingPlanConfirmed) confirmed.getPayload()).planVersion());
    }

    @Test
    void asOfTheEndOfApril2020OnlyThePlanWasConfirmed() {
        JsonNode trail = trail(DECISIONS + "?asOf=2020-04-30T00:00:00Z");

        assertThat(kinds(trail)).containsExactly("MEETING_PLAN_CONFIRMED");
        assertThat(trail.get(0).get("procedureId").asString()).isEqualTo("sp-2019-meeting-plan");
    }

    @Test
    void atNoonInViennaOnTheFirstDayTheAgendaWasAdoptedAndTheReportNot() {
        JsonNode trail = trail(DECISIONS + "?asOf=2020-09-10T10:00:00Z");

        assertThat(kinds(trail)).containsExactly("MEETING_PLAN_CONFIRMED", "TOPICS_APPROVED",
                "PROVISIONAL_AGENDA_ISSUED", "AGENDA_ADOPTED");
    }

    @Test
    void asOfNowTheReplayedTrailIsTheStoredTrail() {
        JsonNode stored = trail(DECISIONS);

        JsonNode replayed = trail(DECISIONS + "?asOf=" + Instant.now().plusSeconds(60));

        assertThat(replayed).isEqualTo(stored);
    }

    @Test
    void aMemberWhoBreaksSilenceIsNamedInTheTrailWithTheVersionCirculated() {
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        expect(as("member-b").post("/api/silence-procedures/" + procedure + "/objections",
                Map.of("kind", "AMENDMENT", "text", "Add 'and their protection' to topic 1.")), 201);
        String decisions = "/api/meetings/" + s.meetingId + "/decisions";
        await().atMost(PATIENCE).until(() -> kinds(trail(decisions)).contains("SILENCE_BROKEN"));
        // the meeting's release, carried later by the process, is not a second decision
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("SubjectReleasedFromSilence")));

        JsonNode trail = trail(decisions);
        SilenceProcedureStarted started = (SilenceProcedureStarted) eventsOf(procedure).get(0).getPayload();
        DomainEventMessage<?> broken = eventsOf(procedure).get(1);

        assertThat(kinds(trail)).containsExactly("SILENCE_BROKEN");
        JsonNode decision = trail.get(0);
        assertThat(decision.get("memberId").asString()).isEqualTo("member-b");
        assertThat(decision.get("actor").asString()).isEqualTo("member-b");
        assertThat(decision.get("role").asString()).isEqualTo("BUREAU_MEMBER");
        assertThat(decision.get("procedureId").asString()).isEqualTo(procedure);
        assertThat(decision.get("outcome").asString()).isEqualTo("SILENCE_BROKEN");
        assertThat(decision.get("subject").asString()).isEqualTo("SUBSTANTIVE_TOPICS");
        assertThat(decision.get("version").asInt()).isEqualTo(started.subject().version());
        assertThat(decision.get("contentHash").asString()).isEqualTo(started.subject().contentHash());
        assertThat(decision.get("eventId").asString()).isEqualTo(broken.getIdentifier());
        assertThat(Instant.parse(decision.get("businessTime").asString()))
                .isCloseTo(((SilenceBroken) broken.getPayload()).receivedAt(),
                        within(1, ChronoUnit.MILLIS));
        assertThat(decision.get("description").asString()).startsWith("Member member-b broke silence")
                .contains("proposed amendment").contains(procedure);
    }

    @Test
    void aWithdrawnProcedureNamesWhoWithdrewItAndWhy() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting();
        String procedure = s.circulate("MEETING_PLAN", 60);
        expect(secretariat().post("/api/silence-procedures/" + procedure + "/withdrawal",
                Map.of("reason", "The venue changes")), 200);
        String decisions = "/api/meetings/" + s.meetingId + "/decisions";

        await().atMost(PATIENCE).until(() -> kinds(trail(decisions)).contains("PROCEDURE_WITHDRAWN"));

        JsonNode withdrawn = trail(decisions).get(0);
        assertThat(withdrawn.get("procedureId").asString()).isEqualTo(procedure);
        assertThat(withdrawn.get("outcome").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("actor").asString()).isEqualTo("secretariat");
        assertThat(withdrawn.get("version").asInt()).isEqualTo(1);
        assertThat(withdrawn.get("description").asString()).endsWith("The venue changes");
    }

    @Test
    void aNewMeetingsTrailHasTheApprovedAgendaVersionAndTheOralAmendments() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String meeting = "/api/meetings/" + s.meetingId;
        String decisions = meeting + "/decisions";
        String topics = s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        await().atMost(PATIENCE).until(() -> kinds(trail(decisions)).contains("TOPICS_APPROVED"));
        s.agenda();
        String agenda = s.circulate("AGENDA", Scenario.SOON);
        await().atMost(PATIENCE).until(() -> kinds(trail(decisions)).contains("AGENDA_VERSION_APPROVED"));
        expect(secretariat().post(meeting + "/agenda/issue",
                Map.of("symbol", "CTOC/COP/WG.4/2031/1", "dateOfIssue", "2031-06-04", "distribution", "General",
                        "originalLanguage", "English")),
                200);
        expect(secretariat().post(meeting + "/opening", null), 200);
        expect(secretariat().post(meeting + "/agenda/adoption", Map.of("amendments", List.of(
                Map.of("text", "Item 3 to be taken up before item 2.")))), 200);
        expect(secretariat().post(meeting + "/report/adoption", Map.of("reportSymbol", "CTOC/COP/WG.4/2031/4")),
                200);

        await().atMost(PATIENCE).until(() -> kinds(trail(decisions)).contains("REPORT_ADOPTED"));

        JsonNode trail = trail(decisions);
        assertThat(kinds(trail)).containsExactly("TOPICS_APPROVED", "AGENDA_VERSION_APPROVED",
                "PROVISIONAL_AGENDA_ISSUED", "AGENDA_ADOPTED", "REPORT_ADOPTED");
        assertThat(texts(trail, "procedureId")).containsExactly(topics, agenda, null, null, null);
        assertThat(trail.get(3).get("description").asString()).contains("as orally amended")
                .contains("Item 3 to be taken up before item 2.");
        assertThat(texts(trail.get(3).get("amendments"))).containsExactly("Item 3 to be taken up before item 2.");
        assertThat(trail.get(4).get("document").asString()).isEqualTo("CTOC/COP/WG.4/2031/4");
        assertThat(trail.get(4).get("version").asInt()).isEqualTo(trail.get(1).get("version").asInt());
    }

    @Test
    void aReplayRebuildsTheSameTrail() {
        JsonNode before = trail(DECISIONS);
        PooledStreamingEventProcessor processor = processing
                .eventProcessor("decision-trail", PooledStreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_trail", Integer.class)).as("cleared").isZero();
        processor.start();

        await().atMost(PATIENCE).until(() -> trail(DECISIONS).size() == before.size()
                && !processor.isReplaying());
        assertThat(trail(DECISIONS)).isEqualTo(before);
    }

    @Test
    void everySignedInRoleReadsTheTrailAndNobodyElse() {
        for (String user : List.of("auditor", "secretariat", "vp-grulac")) {
            expect(as(user).get(DECISIONS), 200);
        }
        expect(ApiClient.anonymous(port).get(DECISIONS), 401);
    }

    @Test
    void theTrailRunsOnAPooledStreamingProcessor() {
        assertThat(processing.eventProcessor("decision-trail")).get()
                .isInstanceOf(PooledStreamingEventProcessor.class);
    }

    private JsonNode trail(String path) {
        return expect(as("auditor").get(path), 200).json();
    }

    private static List<String> kinds(JsonNode trail) {
        return texts(trail, "kind");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).isNull() || n.path(field).isMissingNode() ? null
                : n.path(field).asString()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
