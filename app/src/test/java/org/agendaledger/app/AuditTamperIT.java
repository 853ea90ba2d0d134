package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tampering directly in the event table, behind the application's back, is found by {@code GET /api/audit/verify}
 * at the event where it happened — by the hash chain, or, for the last events of a stream or of the store, by the
 * checkpoint that covered them. Each test tampers with streams of its own and looks only at checkpoints made after
 * its streams began, so the others' findings never mix. Checkpoints are written within a second here.
 */
@TestPropertySource(properties = {"agenda-ledger.audit.checkpoint.every-events=1",
        "agenda-ledger.audit.checkpoint.settle-margin=PT0.5S", "agenda-ledger.audit.checkpoint.poll-interval=PT0.1S"})
@org.junit.jupiter.api.Tag("tamper-evidence")
class AuditTamperIT extends LedgerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Finding(long sequenceNumber, String problem, String expected, String found) {
    }

    private record CheckpointFinding(long checkpoint, long position, String problem, String detail) {
    }

    @Test
    void aChangedPayloadIsReportedAtItsEventOnly() {
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;
        String storedHash = hash(eventsOf(bureau).get(1));

        byte[] payload = column("payload", bureau, 1);
        setColumn("payload", bureau, 1, new String(payload, StandardCharsets.UTF_8)
                .replace("Member member-a", "Member member-z").getBytes(StandardCharsets.UTF_8));

        List<Finding> findings = findings(bureau);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).sequenceNumber()).isEqualTo(1);
        assertThat(findings.get(0).problem()).isEqualTo("HASH_MISMATCH");
        assertThat(findings.get(0).found()).isEqualTo(storedHash);
        assertThat(findings.get(0).expected()).startsWith("sha256:").isNotEqualTo(storedHash);
    }

    @Test
    void aDeletedEventIsReportedAtTheEventAfterIt() {
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b", "member-c").bureauId;
        List<DomainEventMessage<?>> events = eventsOf(bureau);

        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", bureau);

        assertThat(findings(bureau)).containsExactly(
                new Finding(3, "MISSING_EVENT", hash(events.get(1)), hash(events.get(2))));
    }

    @Test
    void swappedSequenceNumbersAreReportedAtBothEvents() {
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b", "member-c").bureauId;

        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ? "
                + "AND sequence_number = 1", bureau);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 1 WHERE aggregate_identifier = ? "
                + "AND sequence_number = 3", bureau);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 3 WHERE aggregate_identifier = ? "
                + "AND sequence_number = -1", bureau);

        List<Finding> findings = findings(bureau);
        assertThat(findings).filteredOn(f -> f.problem().equals("HASH_MISMATCH")).extracting(Finding::sequenceNumber)
                .containsExactly(1L, 3L);
        assertThat(findings).extracting(Finding::sequenceNumber).allMatch(n -> n >= 1 && n <= 3);
    }

    @Test
    void aChangedActorIsReportedAtItsEventOnly() {
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;

        ObjectNode metaData = (ObjectNode) JSON.readTree(column("meta_data", bureau, 1));
        assertThat(metaData.get("actor").asString()).isEqualTo("secretariat");
        metaData.put("actor", "intruder");
        setColumn("meta_data", bureau, 1, JSON.writeValueAsBytes(metaData));

        assertThat(findings(bureau)).extracting(Finding::sequenceNumber, Finding::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "HASH_MISMATCH"));
    }

    @Test
    void aRecordedLinkThatSkipsItsPredecessorIsReported() {
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;
        List<DomainEventMessage<?>> events = eventsOf(bureau);

        ObjectNode metaData = (ObjectNode) JSON.readTree(column("meta_data", bureau, 2));
        metaData.put("previousHash", hash(events.get(0)));
        setColumn("meta_data", bureau, 2, JSON.writeValueAsBytes(metaData));

        List<Finding> findings = findings(bureau);
        assertThat(findings).extracting(Finding::sequenceNumber).containsOnly(2L);
        assertThat(findings).contains(
                new Finding(2, "PREVIOUS_HASH_MISMATCH", hash(events.get(1)), hash(events.get(0))));
        assertThat(findings).extracting(Finding::problem).contains("HASH_MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"role", "memberId", "actor", "businessTime", "correlationId", "traceId"})
    void aChangedMetadataKeyOfABureauMembersCommentIsReportedAtItsEventOnly(String key) {
        // given a comment by a Bureau member: its metadata carries every key
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 60);
        expect(as("member-a").post("/api/silence-procedures/" + procedure + "/comments",
                Map.of("text", "A comma.")), 201);
        long comment = eventsOf(procedure).size() - 1;
        ObjectNode metaData = (ObjectNode) JSON.readTree(column("meta_data", procedure, comment));
        assertThat(metaData.propertyNames()).contains("actor", "role", "memberId", "businessTime", "correlationId",
                "traceId", "hashForm");
        assertThat(metaData.get("memberId").asString()).isEqualTo("member-a");

        // when one key is changed in the table
        metaData.put(key, key.equals("businessTime") ? "2020-01-01T00:00:00Z" : "AUDITOR");
        setColumn("meta_data", procedure, comment, JSON.writeValueAsBytes(metaData));

        // then
        assertThat(findings(procedure)).extracting(Finding::sequenceNumber, Finding::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(comment, "HASH_MISMATCH"));
    }

    @Test
    void anAddedOrRemovedMetadataKeyIsReportedAtItsEventOnly() {
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;

        ObjectNode added = (ObjectNode) JSON.readTree(column("meta_data", bureau, 1));
        added.put("memberId", "member-a");
        setColumn("meta_data", bureau, 1, JSON.writeValueAsBytes(added));
        ObjectNode removed = (ObjectNode) JSON.readTree(column("meta_data", bureau, 2));
        removed.remove("traceId");
        setColumn("meta_data", bureau, 2, JSON.writeValueAsBytes(removed));

        assertThat(findings(bureau)).extracting(Finding::sequenceNumber, Finding::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "HASH_MISMATCH"),
                org.assertj.core.groups.Tuple.tuple(2L, "HASH_MISMATCH"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"time_stamp", "event_identifier", "payload_type", "payload_revision", "type"})
    void aChangedColumnIsReportedAtItsEventOnly(String column) {
        String bureau = new Scenario(secretariat()).bureau("member-a").bureauId;
        String value = column.equals("time_stamp") ? "2020-01-01T00:00:00Z" : "edited-" + column;

        assertThat(jdbc.update("UPDATE domain_event_entry SET " + column + " = ? WHERE aggregate_identifier = ? "
                + "AND sequence_number = 1", value, bureau)).isEqualTo(1);

        assertThat(findings(bureau)).extracting(Finding::sequenceNumber, Finding::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "HASH_MISMATCH"));
    }

    @Test
    void aStreamsDeletedLastEventIsReportedByTheCheckpointThatCoveredIt() {
        // given a Bureau whose last event a checkpoint covers
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;
        long first = globalIndex(bureau, 0);
        long last = globalIndex(bureau, 2);
        awaitCheckpointAt(last);

        // when its last event is deleted: no later event links to it
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", bureau);

        // then the chain holds, but the checkpoint no longer matches
        assertThat(findings(bureau)).isEmpty();
        assertThat(checkpointFindings(first)).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.problem()).isEqualTo("EVENTS_DIFFER_FROM_CHECKPOINT");
            assertThat(finding.position()).isGreaterThanOrEqualTo(last);
            assertThat(finding.detail()).contains("1 of the events at or below position");
        });
        assertThat(verifyReport().get("status").asString()).isEqualTo("BROKEN");
    }

    @Test
    void theStoresDeletedLastEventsAreReportedByTheCheckpointThatCoveredThem() {
        // given the store's last events, covered by a checkpoint
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b", "member-c").bureauId;
        long first = globalIndex(bureau, 0);
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        awaitCheckpointAt(head);

        // when the last two events of the whole store are deleted
        // (bounded: proofs of notice of earlier tests' procedures may be appended after it meanwhile)
        assertThat(jdbc.update("DELETE FROM domain_event_entry WHERE global_index > ? AND global_index <= ?",
                head - 2, head)).isEqualTo(2);

        // then
        assertThat(findings(bureau)).isEmpty();
        assertThat(checkpointFindings(first)).extracting(CheckpointFinding::problem)
                .isNotEmpty().containsOnly("EVENTS_DIFFER_FROM_CHECKPOINT");
        assertThat(checkpointFindings(first)).anySatisfy(finding -> assertThat(finding.detail())
                .contains("2 of the events at or below position " + head));
    }

    @Test
    void anEditedOrDeletedCheckpointIsReported() {
        // given two checkpoints after this test's Bureau
        String bureau = new Scenario(secretariat()).bureau("member-a").bureauId;
        awaitCheckpointAt(globalIndex(bureau, 1));
        new Scenario(secretariat()).bureau("member-b");
        long edited = awaitCheckpointAt(jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry",
                Long.class));

        // when a checkpoint's count is edited
        jdbc.update("UPDATE audit_checkpoint SET event_count = event_count - 1 WHERE checkpoint_number = ?", edited);

        // then
        assertThat(checkpointFindings(globalIndex(bureau, 0))).extracting(CheckpointFinding::checkpoint,
                CheckpointFinding::problem).contains(
                        org.assertj.core.groups.Tuple.tuple(edited,
                                "CHECKPOINT_ALTERED"));

        // and when the checkpoint before it is deleted, the chain has a gap
        jdbc.update("DELETE FROM audit_checkpoint WHERE checkpoint_number = ?", edited - 1);
        assertThat(checkpointFindings(0)).extracting(CheckpointFinding::checkpoint, CheckpointFinding::problem)
                .contains(org.assertj.core.groups.Tuple.tuple(edited, "CHECKPOINT_MISSING"));
    }

    @Test
    void untouchedStreamsStillVerify() {
        String bureau = new Scenario(secretariat()).bureau("member-a").bureauId;
        assertThat(findings(bureau)).isEmpty();
        assertThat(findings("ctoc-cop-wg4-2020")).isEmpty();
    }

    private JsonNode verifyReport() {
        return expect(as("auditor").get("/api/audit/verify"), 200).json();
    }

    /** The checkpoint findings at positions from the given one: those of checkpoints made after it. */
    private List<CheckpointFinding> checkpointFindings(long fromPosition) {
        JsonNode report = verifyReport();
        List<CheckpointFinding> findings = new ArrayList<>();
        for (JsonNode problem : report.get("checkpoints").get("problems")) {
            if (problem.get("position").asLong() >= fromPosition) {
                findings.add(new CheckpointFinding(problem.get("checkpoint").asLong(-1),
                        problem.get("position").asLong(), problem.get("problem").asString(),
                        problem.get("detail").asString()));
            }
        }
        if (!findings.isEmpty()) {
            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
            assertThat(report.get("checkpoints").get("status").asString()).isEqualTo("BROKEN");
        }
        return findings;
    }

    private long globalIndex(String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, aggregateId, sequenceNumber);
    }

    /** Waits for a checkpoint at or above the position; returns the number of the first such. */
    private long awaitCheckpointAt(long position) {
        return await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT MIN(checkpoint_number) FROM "
                + "audit_checkpoint WHERE store_position >= ?", Long.class, position), java.util.Objects::nonNull);
    }

    private List<Finding> findings(String aggregateId) {
        JsonNode report = verifyReport();
        List<Finding> findings = new ArrayList<>();
        for (JsonNode link : report.get("brokenLinks")) {
            assertThat(link.propertyNames()).containsExactly("aggregateId", "sequenceNumber", "expected", "found",
                    "problem", "detail");
            if (aggregateId.equals(link.get("aggregateId").asString())) {
                findings.add(new Finding(link.get("sequenceNumber").asLong(), link.get("problem").asString(),
                        link.get("expected").asString(null), link.get("found").asString(null)));
            }
        }
        if (!findings.isEmpty()) {
            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
        }
        return findings;
    }

    private byte[] column(String column, String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT " + column + " FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", (rs, n) -> rs.getBytes(1), aggregateId, sequenceNumber);
    }

    private void setColumn(String column, String aggregateId, long sequenceNumber, byte[] value) {
        assertThat(jdbc.update("UPDATE domain_event_entry SET " + column + " = ? WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", value, aggregateId, sequenceNumber)).isEqualTo(1);
    }

    private static String hash(DomainEventMessage<?> event) {
        return (String) event.getMetaData().get("hash");
    }
}
