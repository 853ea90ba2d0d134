package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tampering directly in the event table, behind the application's back, is found by {@code GET /api/audit/verify}
 * at the event where it happened. Each test tampers with a Bureau of its own, so the others' findings never mix.
 */
class AuditTamperIT extends LedgerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Finding(long sequenceNumber, String problem, String expected, String found) {
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

    @Test
    void untouchedStreamsStillVerify() {
        String bureau = new Scenario(secretariat()).bureau("member-a").bureauId;
        assertThat(findings(bureau)).isEmpty();
        assertThat(findings("ctoc-cop-wg4-2020")).isEmpty();
    }

    private List<Finding> findings(String aggregateId) {
        JsonNode report = expect(as("auditor").get("/api/audit/verify"), 200).json();
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
