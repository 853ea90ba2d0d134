package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The real 2019–2020 story, replayed through the commands on first start, read back through the API. */
class StoryIT extends LedgerIntegrationTest {

    private static final String MEETING = "ctoc-cop-wg4-2020";
    private static final Instant TEST_START = Instant.now();

    private JsonNode agenda;

    @BeforeEach
    void storyIsLoaded() {
        await().atMost(PATIENCE).until(() -> {
            ApiClient.Response meetings = as("auditor").get("/api/meetings");
            return meetings.status() == 200 && meetings.raw().contains("\"CLOSED\"");
        });
        agenda = Scenario.expect(as("auditor").get("/api/meetings/" + MEETING + "/agenda"), 200).json();
    }

    @Test
    void theMeetingIsListedClosedWithItsPlanAndTopicsApproved() {
        JsonNode meeting = as("auditor").get("/api/meetings").json().get(0);
        assertThat(meeting.get("meetingId").asString()).isEqualTo(MEETING);
        assertThat(meeting.get("status").asString()).isEqualTo("CLOSED");
        assertThat(meeting.get("venue").asString()).isEqualTo("Vienna");
        assertThat(meeting.get("startDate").asString()).isEqualTo("2020-09-10");
        assertThat(meeting.get("endDate").asString()).isEqualTo("2020-09-11");
        assertThat(meeting.get("planConfirmed").asBoolean()).isTrue();
        assertThat(meeting.get("topicsApproved").asBoolean()).isTrue();
    }

    @Test
    void theAgendaHasTheSeedsItemsSubItemsAndDocumentation() {
        JsonNode items = agenda.get("items");
        assertThat(texts(items, "number")).containsExactly("1", "2", "3", "4", "5");
        assertThat(texts(items, "title")).containsExactly("Organizational matters",
                "Guidance on the issue of appropriate criminal justice responses to victims who have been compelled"
                        + " to commit offences as a result of their being trafficked",
                "Best practices in joint investigations and specialized prosecutions", "Other matters",
                "Adoption of the report");
        JsonNode subItems = items.get(0).get("subItems");
        assertThat(texts(subItems, "letter")).containsExactly("(a)", "(b)");
        assertThat(texts(subItems, "title")).containsExactly("Opening of the meeting",
                "Adoption of the agenda and organization of work");
        assertThat(texts(items.get(1).get("documentation"), "symbol")).containsExactly("CTOC/COP/WG.4/2020/2");
        assertThat(texts(items.get(2).get("documentation"), "symbol")).containsExactly("CTOC/COP/WG.4/2020/3");
        assertThat(items.get(3).get("documentation")).isEmpty();
        assertThat(items.get(1).get("annotation")).hasSize(4);
        assertThat(subItems.get(1).get("annotation")).hasSize(3);
    }

    @Test
    void everyAnnotationParagraphAndDocumentTitleIsWordForWordInTheSeed() throws IOException {
        String seed = normalized(seedText());
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode item : agenda.get("items")) {
            item.get("annotation").forEach(p -> paragraphs.add(p.asString()));
            item.get("subItems").forEach(s -> s.get("annotation").forEach(p -> paragraphs.add(p.asString())));
            item.get("documentation").forEach(d -> paragraphs.add(d.get("title").asString()
                    + " (" + d.get("symbol").asString() + ")"));
        }
        assertThat(paragraphs).hasSize(16);
        assertThat(paragraphs).allSatisfy(p -> assertThat(seed).contains(normalized(p)));
    }

    @Test
    void theOrganizationOfWorkMatchesTheAnnexWithContinuedItems() {
        JsonNode slots = agenda.get("slots");
        assertThat(texts(slots, "slotId")).containsExactly("thu-am", "thu-pm", "fri-am", "fri-pm");
        assertThat(slots.get(0).get("start").asString()).startsWith("10:00");
        assertThat(slots.get(1).get("end").asString()).startsWith("18:00");
        assertThat(annex(slots.get(0))).containsExactly("1 (a)", "1 (b)", "2");
        assertThat(annex(slots.get(1))).containsExactly("2 (continued)", "3");
        assertThat(annex(slots.get(2))).containsExactly("3 (continued)");
        assertThat(annex(slots.get(3))).containsExactly("4", "5");
    }

    @Test
    void theAgendaWasIssuedAdoptedAsIssuedAndSealedByTheReport() {
        assertThat(agenda.get("status").asString()).isEqualTo("CLOSED");
        assertThat(agenda.get("closed").asBoolean()).isTrue();
        assertThat(agenda.get("issued").get("symbol").asString()).isEqualTo("CTOC/COP/WG.4/2020/1");
        assertThat(agenda.get("issued").get("dateOfIssue").asString()).isEqualTo("2020-06-04");
        assertThat(agenda.get("issued").get("distribution").asString()).isEqualTo("General");
        assertThat(agenda.get("adopted").get("asIssued").asBoolean()).isTrue();
        assertThat(agenda.get("adopted").get("contentHash").asString())
                .isEqualTo(agenda.get("issued").get("contentHash").asString());
        assertThat(agenda.get("openedAt").asString()).isEqualTo("2020-09-10T08:00:00Z");
        assertThat(agenda.get("reportAdoptedAt").asString()).isEqualTo("2020-09-11T15:30:00Z");
        assertThat(agenda.get("contentHash").asString()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void theSilenceProceduresWereApprovedAtTheirDeadlinesByTheDeadlineItself() {
        DomainEventMessage<?> plan = single(eventsOf("sp-2019-meeting-plan"), SilenceProcedureApproved.class);
        SilenceProcedureApproved approved = (SilenceProcedureApproved) plan.getPayload();
        assertThat(approved.approvedAt()).isEqualTo(Instant.parse("2019-08-30T16:00:00Z"));
        assertThat(approved.addressees()).hasSize(8);
        assertThat(plan.getMetaData()).containsEntry("actor", "system")
                .containsEntry("businessTime", "2019-08-30T16:00:00Z");
        // recorded now, decided then: both times are in the event
        assertThat(plan.getTimestamp()).isAfter(TEST_START.minus(10, ChronoUnit.MINUTES));

        DomainEventMessage<?> topics = single(eventsOf("sp-2020-substantive-topics"), SilenceProcedureApproved.class);
        assertThat(((SilenceProcedureApproved) topics.getPayload()).approvedAt())
                .isEqualTo(Instant.parse("2020-05-01T16:00:00Z"));

        List<DomainEventMessage<?>> meeting = eventsOf(MEETING);
        assertThat(((MeetingPlanConfirmed) single(meeting, MeetingPlanConfirmed.class).getPayload()).procedureId())
                .isEqualTo("sp-2019-meeting-plan");
        assertThat(((SubstantiveTopicsApproved) single(meeting, SubstantiveTopicsApproved.class).getPayload())
                .approvedAt()).isEqualTo(Instant.parse("2020-05-01T16:00:00Z"));
    }

    @Test
    void everyEventOfTheStoryNamesWhoActedInWhichRoleWithACorrelationIdAndBusinessTime() {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        for (String stream : List.of(MEETING, "cop-untoc-extended-bureau", "sp-2019-meeting-plan",
                "sp-2020-substantive-topics")) {
            all.addAll(eventsOf(stream));
        }
        assertThat(all).hasSizeGreaterThan(30);
        assertThat(all).allSatisfy(e -> assertThat(e.getMetaData())
                .containsKeys("actor", "role", "correlationId", "businessTime"));
        DomainEventMessage<?> opened = eventsOf(MEETING).stream()
                .filter(e -> e.getPayloadType().getSimpleName().equals("MeetingOpened")).findFirst().orElseThrow();
        assertThat(opened.getMetaData()).containsEntry("actor", "secretariat").containsEntry("role", "SECRETARIAT")
                .containsEntry("businessTime", "2020-09-10T08:00:00Z");
    }

    @Test
    void storedEventsArePlainReadableJson() {
        String payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), MEETING);
        assertThat(payload).startsWith("{\"meetingId\":\"ctoc-cop-wg4-2020\"").contains("\"venue\":\"Vienna\"")
                .doesNotContain("@class").doesNotContain("java.util");
    }

    private static DomainEventMessage<?> single(List<DomainEventMessage<?>> events, Class<?> type) {
        List<DomainEventMessage<?>> found = events.stream().filter(e -> type.isInstance(e.getPayload())).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> annex(JsonNode slot) {
        List<String> rows = new ArrayList<>();
        slot.get("assignments").forEach(a -> rows.add(a.get("reference").asString()
                + (a.get("continued").asBoolean() ? " (continued)" : "")));
        return rows;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    private static String seedText() throws IOException {
        try (InputStream in = StoryIT.class.getResourceAsStream("/seed/CTOC-COP-WG.4-2020-1.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("the extended\\s+Bureau", "the extended Bureau");
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
