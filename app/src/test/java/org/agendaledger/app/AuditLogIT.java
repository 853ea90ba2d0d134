package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import tools.jackson.databind.JsonNode;

/** The audit log through HTTP: every event of the story with its full metadata, filtered and paged. */
class AuditLogIT extends LedgerIntegrationTest {

    private static final String MEETING = "ctoc-cop-wg4-2020";
    private static final String BUREAU = "cop-untoc-extended-bureau";
    private static final List<String> PROCEDURES = List.of("sp-2019-meeting-plan", "sp-2020-substantive-topics");
    private static final String STORY = "/api/audit/events?meetingId=" + MEETING;

    @Autowired
    private EventProcessingConfiguration processing;

    @BeforeEach
    void storyIsLogged() {
        await().atMost(PATIENCE).until(() -> eventsOf(MEETING).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("MeetingClosed")));
        int events = storyEvents().size();
        await().atMost(PATIENCE).until(() -> page(STORY + "&size=500").get("total").asInt() == events);
    }

    @Test
    void everyEventOfTheMeetingAndItsProceduresIsLoggedOnceWithWhoWhenAndCorrelation() {
        List<DomainEventMessage<?>> stored = storyEvents();
        JsonNode events = page(STORY + "&size=500").get("events");

        assertThat(texts(events, "eventId")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(DomainEventMessage::getIdentifier).toList());
        events.forEach(event -> {
            String what = event.get("payloadType").asString() + " " + event.get("eventId").asString();
            assertThat(event.get("actor").asString()).as(what).isNotBlank();
            assertThat(event.get("role").asString()).as(what).isNotBlank();
            assertThat(event.get("metaData").get("correlationId").asString()).as(what).isNotBlank();
            assertThat(event.get("metaData").get("businessTime").asString()).as(what)
                    .isEqualTo(event.get("businessTime").asString());
            assertThat(event.get("recordedAt").asString()).as(what).isNotBlank();
            assertThat(event.get("meetingId").asString()).as(what).isEqualTo(MEETING);
        });
    }

    @Test
    void eachEventKeepsItsStreamSequenceTimesAndPlaceInTheStoresGlobalOrder() {
        Map<String, DomainEventMessage<?>> stored = new HashMap<>();
        storyEvents().forEach(e -> stored.put(e.getIdentifier(), e));
        Map<String, Long> globalIndex = new HashMap<>();
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry",
                (RowCallbackHandler) rs -> globalIndex.put(rs.getString(1),
                        rs.getLong(2)));
        JsonNode events = page(STORY + "&size=500").get("events");

        List<Long> positions = new ArrayList<>();
        events.forEach(event -> {
            DomainEventMessage<?> original = stored.get(event.get("eventId").asString());
            assertThat(event.get("aggregateId").asString()).isEqualTo(original.getAggregateIdentifier());
            assertThat(event.get("aggregateType").asString()).isEqualTo(original.getType());
            assertThat(event.get("sequenceNumber").asLong()).isEqualTo(original.getSequenceNumber());
            assertThat(event.get("payloadType").asString()).isEqualTo(original.getPayloadType().getSimpleName());
            assertThat(Instant.parse(event.get("recordedAt").asString()))
                    .isEqualTo(original.getTimestamp().truncatedTo(ChronoUnit.MICROS));
            assertThat(event.get("position").asLong()).isEqualTo(globalIndex.get(original.getIdentifier()));
            positions.add(event.get("position").asLong());
        });
        assertThat(positions).as("newest last").isSorted().doesNotHaveDuplicates();
        assertThat(texts(events, "aggregateType")).contains("Meeting", "SilenceProcedure");
    }

    @Test
    void thePayloadAndTheMetadataAreTheEventsOwnJson() {
        JsonNode scheduled = page(STORY + "&type=MeetingScheduled").get("events").get(0);
        JsonNode opened = page(STORY + "&type=MeetingOpened").get("events").get(0);

        assertThat(scheduled.get("payload").get("meetingId").asString()).isEqualTo(MEETING);
        assertThat(scheduled.get("payload").get("venue").asString()).isEqualTo("Vienna");
        assertThat(scheduled.get("payload").get("startDate").asString()).isEqualTo("2020-09-10");
        assertThat(scheduled.get("payload").get("slots")).hasSize(4);
        JsonNode metaData = opened.get("metaData");
        assertThat(metaData.get("actor").asString()).isEqualTo("secretariat");
        assertThat(metaData.get("role").asString()).isEqualTo("SECRETARIAT");
        assertThat(metaData.get("businessTime").asString()).isEqualTo("2020-09-10T08:00:00Z");
        assertThat(metaData.has("traceId")).as("everything Axon kept").isTrue();
        assertThat(opened.get("businessTime").asString()).isEqualTo("2020-09-10T08:00:00Z");
    }

    @Test
    void filtersByTypeActorAndBusinessTimeNarrowTheLog() {
        JsonNode approvals = page(STORY + "&type=SilenceProcedureApproved").get("events");
        JsonNode bySystem = page(STORY + "&actor=system&size=500").get("events");
        JsonNode meetingDays = page(STORY + "&from=2020-09-10T00:00:00Z&to=2020-09-11T23:59:59Z").get("events");
        // other tests appoint members of their own Bureaus today; the story's were appointed in 2019
        JsonNode bureau = page("/api/audit/events?type=BureauMemberAppointed&to=2020-01-01T00:00:00Z")
                .get("events");

        assertThat(texts(approvals, "aggregateId")).containsExactlyElementsOf(PROCEDURES);
        assertThat(texts(bySystem, "actor")).isNotEmpty().containsOnly("system");
        assertThat(texts(bySystem, "payloadType")).contains("SilenceProcedureApproved", "MeetingPlanConfirmed",
                "SubstantiveTopicsApproved");
        assertThat(texts(meetingDays, "payloadType")).containsExactly("MeetingOpened", "AgendaAdopted",
                "ReportAdopted", "MeetingClosed");
        assertThat(texts(bureau, "aggregateId")).hasSize(8).containsOnly(BUREAU);
        assertThat(texts(bureau, "meetingId")).containsOnlyNulls();
    }

    @Test
    void pagesOfTenAddUpToTheWholeLogInOrder() {
        JsonNode whole = page(STORY + "&size=500");
        int total = whole.get("total").asInt();

        List<String> paged = new ArrayList<>();
        for (int p = 0; p * 10 < total; p++) {
            JsonNode page = page(STORY + "&size=10&page=" + p);
            assertThat(page.get("total").asInt()).isEqualTo(total);
            assertThat(page.get("size").asInt()).isEqualTo(10);
            assertThat(page.get("page").asInt()).isEqualTo(p);
            assertThat(page.get("events").size()).isLessThanOrEqualTo(10);
            paged.addAll(texts(page.get("events"), "eventId"));
        }

        assertThat(total).isGreaterThan(30);
        assertThat(paged).containsExactlyElementsOf(texts(whole.get("events"), "eventId"));
        assertThat(page(STORY).get("size").asInt()).as("the default page").isEqualTo(100);
        assertThat(page(STORY + "&page=99").get("events")).isEmpty();
    }

    @Test
    void aPageLargerThanFiveHundredOrBeforeTheFirstIsRefused() {
        assertThat(expect(as("auditor").get(STORY + "&size=501"), 400).code()).isEqualTo("INVALID_INPUT");
        assertThat(expect(as("auditor").get(STORY + "&size=0"), 400).code()).isEqualTo("INVALID_INPUT");
        assertThat(expect(as("auditor").get(STORY + "&page=-1"), 400).code()).isEqualTo("INVALID_INPUT");
        expect(as("auditor").get(STORY + "&from=yesterday"), 400);
    }

    @Test
    void aMeetingsEventsAsOfAnInstantAreThoseWithBusinessTimeUpToIt() {
        JsonNode all = page("/api/meetings/" + MEETING + "/events?size=500");
        JsonNode asOf = page("/api/meetings/" + MEETING + "/events?size=500&asOf=2020-04-30T00:00:00Z");

        assertThat(texts(all.get("events"), "eventId"))
                .containsExactlyElementsOf(texts(page(STORY + "&size=500").get("events"), "eventId"));
        assertThat(asOf.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
        asOf.get("events").forEach(e -> assertThat(Instant.parse(e.get("businessTime").asString()))
                .isBeforeOrEqualTo(Instant.parse("2020-04-30T00:00:00Z")));
        assertThat(texts(asOf.get("events"), "payloadType")).contains("MeetingScheduled", "MeetingPlanConfirmed")
                .doesNotContain("SubstantiveTopicsApproved", "ProvisionalAgendaIssued");
        long upToThen = storyEvents().stream().filter(e -> !Instant.parse(e.getMetaData().get("businessTime")
                .toString()).isAfter(Instant.parse("2020-04-30T00:00:00Z"))).count();
        assertThat(asOf.get("total").asLong()).isEqualTo(upToThen);
    }

    @Test
    void aMembersObjectionIsLoggedUnderTheMeetingOfItsProcedureWithTheMember() {
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        expect(as("member-b").post("/api/silence-procedures/" + procedure + "/objections",
                Map.of("kind", "OBJECTION", "text", "Topic 2 is premature.")), 201);
        String broken = "/api/meetings/" + s.meetingId + "/events?type=SilenceBroken";

        await().atMost(PATIENCE).until(() -> page(broken).get("total").asInt() == 1);

        JsonNode event = page(broken).get("events").get(0);
        assertThat(event.get("aggregateId").asString()).isEqualTo(procedure);
        assertThat(event.get("meetingId").asString()).isEqualTo(s.meetingId);
        assertThat(event.get("actor").asString()).isEqualTo("member-b");
        assertThat(event.get("role").asString()).isEqualTo("BUREAU_MEMBER");
        assertThat(event.get("metaData").get("memberId").asString()).isEqualTo("member-b");
        assertThat(event.get("payload").get("text").asString()).isEqualTo("Topic 2 is premature.");
        assertThat(page("/api/audit/events?actor=member-b&type=SilenceBroken").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aReplayRebuildsTheSameLog() {
        JsonNode before = page(STORY + "&size=500");
        PooledStreamingEventProcessor processor = processing
                .eventProcessor("audit-log", PooledStreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class)).as("cleared").isZero();
        processor.start();

        await().atMost(PATIENCE).until(() -> !processor.isReplaying()
                && page(STORY + "&size=500").get("total").asInt() == before.get("total").asInt());
        assertThat(page(STORY + "&size=500")).isEqualTo(before);
    }

    @Test
    void everySignedInRoleReadsTheLogAndNobodyElse() {
        for (String user : List.of("auditor", "secretariat", "vp-grulac")) {
            expect(as(user).get(STORY), 200);
            expect(as(user).get("/api/meetings/" + MEETING + "/events"), 200);
        }
        expect(ApiClient.anonymous(port).get(STORY), 401);
    }

    @Test
    void theLogRunsOnAPooledStreamingProcessor() {
        assertThat(processing.eventProcessor("audit-log")).get().isInstanceOf(PooledStreamingEventProcessor.class);
    }

    private List<DomainEventMessage<?>> storyEvents() {
        List<DomainEventMessage<?>> events = new ArrayList<>(eventsOf(MEETING));
        PROCEDURES.forEach(p -> events.addAll(eventsOf(p)));
        return events;
    }

    private JsonNode page(String path) {
        return expect(as("auditor").get(path), 200).json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).isNull() || n.path(field).isMissingNode() ? null
                : n.path(field).asString()));
        return values;
    }
}
