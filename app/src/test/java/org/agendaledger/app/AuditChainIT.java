package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.agendaledger.app.audit.AuditCommandLine;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event is chained to the one before it in its stream as it is stored: the real story, a circulation that
 * touches three streams at once, events published together or outside any unit of work. The chain verifies on
 * the store, and on an export with no database at all. Nothing here tampers with the store.
 */
class AuditChainIT extends LedgerIntegrationTest {

    private static final String HASH = "sha256:[0-9a-f]{64}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private TransactionManager transactionManager;

    @TempDir
    Path directory;

    @BeforeEach
    void storyIsLoaded() {
        await().atMost(PATIENCE).until(() -> {
            ApiClient.Response meetings = as("auditor").get("/api/meetings");
            return meetings.status() == 200 && meetings.raw().contains("\"CLOSED\"");
        });
    }

    @Test
    void everyEventOfTheStoryIsLinkedToTheOneBeforeItInItsStream() {
        List<String> streams = jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry",
                String.class);
        assertThat(streams).contains("ctoc-cop-wg4-2020", "cop-untoc-extended-bureau", "sp-2019-meeting-plan",
                "sp-2020-substantive-topics");
        Set<String> hashes = new HashSet<>();
        int events = 0;
        for (String stream : streams) {
            List<DomainEventMessage<?>> chained = assertChained(stream);
            chained.forEach(e -> hashes.add(hash(e)));
            events += chained.size();
            assertThat(chained).as("every event in form 2").allSatisfy(e -> assertThat(
                    e.getMetaData().get("hashForm")).isEqualTo("agenda-ledger/event-hash/2"));
        }
        assertThat(hashes).as("one hash per event").hasSize(events);
    }

    @Test
    void theStoreVerifiesForEverySignedInRoleAndOnlyForThem() {
        // every event is verified, the proofs of notice too, which the sender may record meanwhile
        long before = allEventCount();
        JsonNode report = expect(as("auditor").get("/api/audit/verify"), 200).json();
        long after = allEventCount();
        assertThat(report.propertyNames()).containsExactly("status", "streams", "events", "brokenLinks", "checkpoints");
        assertThat(report.get("status").asString()).isEqualTo("OK");
        assertThat(report.get("events").asLong()).isBetween(before, after);
        assertThat(report.get("streams").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry", Long.class));
        assertThat(report.get("brokenLinks")).isEmpty();
        assertThat(report.get("checkpoints").get("status").asString()).isEqualTo("OK");
        assertThat(report.get("checkpoints").get("problems")).isEmpty();

        expect(as("secretariat").get("/api/audit/verify"), 200);
        expect(as("president").get("/api/audit/verify"), 200);
        expect(ApiClient.anonymous(port).get("/api/audit/verify"), 401);
        expect(ApiClient.anonymous(port).get("/api/audit/export"), 401);
    }

    @Test
    void aRecirculationChainsTheThreeStreamsItChangesInOneUnitOfWork() {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-weog").meeting().topics();
        String broken = s.circulate("SUBSTANTIVE_TOPICS", 30);
        expect(as("vp-weog").post("/api/silence-procedures/" + broken + "/objections",
                Map.of("kind", "AMENDMENT", "text", "Add 'and their protection' to topic 1.")), 201);
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("SubjectReleasedFromSilence")));
        expect(secretariat().post("/api/meetings/" + s.meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", "Non-punishment of victims and their protection")))), 200);

        // when the revised text is re-circulated: the broken procedure, the meeting and a new procedure change
        ApiClient.Response recirculated = expect(secretariat().post(
                "/api/silence-procedures/" + broken + "/recirculation",
                Map.of("text", "Revised topics", "deadline", Scenario.localIn(Scenario.SOON), "timeZone",
                        Scenario.ZONE)),
                201);
        String revised = recirculated.json().get("id").asString();
        // and the deadline approves it through the saga, in a unit of work nested in the processor's
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayload() instanceof SubstantiveTopicsApproved));

        // the events of one command share its correlation id
        Object correlationId = eventsOf(revised).get(0).getMetaData().get("correlationId");
        List<String> touched = new ArrayList<>();
        for (String stream : List.of(broken, s.meetingId, revised)) {
            eventsOf(stream).stream().filter(e -> correlationId.equals(e.getMetaData().get("correlationId")))
                    .forEach(e -> touched.add(stream + "#" + e.getSequenceNumber()));
            assertChained(stream);
        }
        assertThat(touched).as("events of the re-circulation").hasSize(3).anyMatch(t -> t.equals(revised + "#0"));
        assertChained(s.bureauId);
        assertThat(expect(as("auditor").get("/api/audit/verify"), 200).json().get("status").asString())
                .isEqualTo("OK");
    }

    @Test
    void eventsPublishedTogetherOrOutsideAUnitOfWorkAreChainedToo() {
        String x = "bureau-x-" + UUID.randomUUID();
        String y = "bureau-y-" + UUID.randomUUID();
        // given an aggregate created and changed, and another created, all in one unit of work
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("test"));
        unitOfWork.attachTransaction(transactionManager);
        unitOfWork.execute(() -> eventStore.publish(
                event(x, 0, new BureauEstablished(x, "X")),
                event(x, 1, new BureauMemberAppointed(x, "member-a", "Member A")),
                event(y, 0, new BureauEstablished(y, "Y")),
                event(x, 2, new BureauMemberAppointed(x, "member-b", "Member B"))));
        // and then both changed by events published with no unit of work
        eventStore.publish(event(x, 3, new BureauMemberAppointed(x, "member-c", "Member C")),
                event(y, 1, new BureauMemberAppointed(y, "member-a", "Member A")),
                event(y, 2, new BureauMemberAppointed(y, "member-b", "Member B")));

        assertThat(assertChained(x)).hasSize(4);
        assertThat(assertChained(y)).hasSize(3);
        assertThat(expect(as("auditor").get("/api/audit/verify"), 200).json().get("brokenLinks")).isEmpty();
    }

    @Test
    void anExportVerifiesOfflineAndAnEditedOrADeletedLineIsFoundThere() throws IOException {
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b");
        long before = allEventCount();
        ApiClient.Response export = expect(as("auditor").get("/api/audit/export"), 200);
        long after = allEventCount();
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<String> lines = new ArrayList<>(export.raw().lines().toList());
        List<String> eventLines = lines.stream().filter(line -> !line.startsWith("{\"record\"")).toList();
        assertThat((long) eventLines.size()).as("every event, the proofs of notice too").isBetween(before, after);
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"record\":\"exportHead\"");

        List<Long> order = new ArrayList<>();
        for (String line : eventLines) {
            JsonNode event = JSON.readTree(line);
            order.add(event.get("globalIndex").asLong());
            assertThat(event.get("payload").isObject()).as(line).isTrue();
            assertThat(event.get("metaData").get("hash").asString()).matches(HASH);
        }
        assertThat(order).isSorted().doesNotHaveDuplicates();
        int appointed = lineOf(lines, s.bureauId, 1);
        JsonNode member = JSON.readTree(lines.get(appointed));
        assertThat(member.get("aggregateType").asString()).isEqualTo("Bureau");
        assertThat(member.get("payloadType").asString()).endsWith("BureauMemberAppointed");
        assertThat(member.get("payloadRevision").asString()).isEqualTo("1");
        assertThat(member.get("eventId").asString()).isNotBlank();
        assertThat(Instant.parse(member.get("timestamp").asString())).isBefore(Instant.now());
        assertThat(member.get("payload").get("displayName").asString()).isEqualTo("Member member-a");
        assertThat(member.get("metaData").propertyNames()).contains("actor", "role", "businessTime",
                "correlationId", "hash", "previousHash");

        Offline intact = verifyOffline(lines);
        assertThat(intact.code()).as(intact.output()).isEqualTo(AuditCommandLine.OK);
        assertThat(intact.output()).contains("OK. " + eventLines.size() + " events");

        List<String> edited = new ArrayList<>(lines);
        edited.set(appointed, lines.get(appointed).replace("\"Member member-a\"", "\"Member member-z\""));
        Offline changed = verifyOffline(edited);
        assertThat(changed.code()).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(changed.output()).contains(s.bureauId + " sequence 1: HASH_MISMATCH")
                .contains("BROKEN. 1 problem in");

        List<String> shortened = new ArrayList<>(lines);
        shortened.remove(appointed);
        Offline deleted = verifyOffline(shortened);
        assertThat(deleted.code()).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(deleted.output()).contains(s.bureauId + " sequence 2: MISSING_EVENT")
                .contains("BROKEN. 1 problem in");
    }

    private record Offline(int code, String output) {
    }

    private Offline verifyOffline(List<String> lines) throws IOException {
        Path file = Files.createTempFile(directory, "export", ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(new String[]{"audit", "verify", file.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Offline(code, printed.toString(StandardCharsets.UTF_8));
    }

    private static int lineOf(List<String> lines, String aggregateId, long sequenceNumber) {
        for (int i = 0; i < lines.size(); i++) {
            JsonNode event = JSON.readTree(lines.get(i));
            if (event.has("aggregateId") && event.get("aggregateId").asString().equals(aggregateId)
                    && event.get("sequenceNumber").asLong() == sequenceNumber) {
                return i;
            }
        }
        throw new AssertionError("no line for " + aggregateId + " #" + sequenceNumber);
    }

    private static GenericDomainEventMessage<?> event(String bureauId, long sequenceNumber, Object payload) {
        return new GenericDomainEventMessage<>("Bureau", bureauId, sequenceNumber, payload,
                MetaData.with("actor", "secretariat").and("role", "SECRETARIAT")
                        .and("businessTime", Instant.now().toString()));
    }

    /** Asserts the stream's links as stored: genesis first, then each event's previous hash is its predecessor's. */
    private List<DomainEventMessage<?>> assertChained(String aggregateId) {
        List<DomainEventMessage<?>> events = allEventsOf(aggregateId);
        assertThat(events).as(aggregateId).isNotEmpty();
        for (int i = 0; i < events.size(); i++) {
            DomainEventMessage<?> event = events.get(i);
            assertThat(event.getSequenceNumber()).isEqualTo(i);
            assertThat(hash(event)).as(aggregateId + " #" + i).matches(HASH);
            assertThat(event.getMetaData().get("previousHash")).as(aggregateId + " #" + i)
                    .isEqualTo(i == 0 ? "genesis" : hash(events.get(i - 1)));
        }
        return events;
    }

    private static String hash(DomainEventMessage<?> event) {
        return (String) event.getMetaData().get("hash");
    }
}
