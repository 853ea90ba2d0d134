package org.agendaledger.app.audit;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A store that began before form 2: its events in form 1 still verify, online and offline, and the events after
 * them are in form 2, linked to them. A form-2 event moved back to form 1 is reported, even re-hashed. No
 * checkpoint is written here, so the store's state before its first checkpoint shows too.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"agenda-ledger.story.enabled=false", "agenda-ledger.audit.checkpoint.enabled=false"})
@org.junit.jupiter.api.Tag("tamper-evidence")
class AuditOldFormIT extends LedgerIntegrationTest {

    private static final String OLD_BUREAU = "bureau-stored-before-form-2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvc mvc;

    @TempDir
    Path directory;

    @BeforeEach
    void theStoreBeganBeforeForm2() {
        if (eventsOf(OLD_BUREAU).isEmpty()) {
            String established = insertInFirstForm(0, "BureauEstablished",
                    "{\"bureauId\":\"" + OLD_BUREAU + "\",\"name\":\"Bureau of 2019\"}", CanonicalEvent.GENESIS);
            insertInFirstForm(1, "BureauMemberAppointed", "{\"bureauId\":\"" + OLD_BUREAU
                    + "\",\"memberId\":\"member-a\",\"displayName\":\"Member A\"}", established);
        }
    }

    @Test
    void givenEventsStoredBeforeForm2_whenTheStoreGrows_thenOldAndNewVerifyOnlineAndOffline() throws IOException {
        // when the old Bureau and a new one change through the API
        expect(secretariat().post("/api/bureaus/" + OLD_BUREAU + "/members",
                Map.of("memberId", "member-b", "displayName", "Member B")), 201);
        new Scenario(secretariat()).bureau("member-a");

        // then the new event is in form 2, linked to the old ones in form 1
        JsonNode appended = JSON.readTree(metaData(OLD_BUREAU, 2));
        assertThat(appended.get("hashForm").asString()).isEqualTo(HashForm.V2.tag);
        assertThat(appended.get("previousHash").asString())
                .isEqualTo(JSON.readTree(metaData(OLD_BUREAU, 1)).get("hash").asString());
        assertThat(JSON.readTree(metaData(OLD_BUREAU, 1)).has("hashForm")).isFalse();
        // and all verify
        JsonNode report = expect(as("auditor").get("/api/audit/verify"), 200).json();
        assertThat(report.get("brokenLinks")).isEmpty();
        assertThat(report.get("status").asString()).isEqualTo("OK");
        Offline offline = verifyOffline(export());
        assertThat(offline.code()).as(offline.output()).isEqualTo(AuditCommandLine.OK);
    }

    @Test
    void givenNoCheckpointYet_thenVerifySaysSoAndThereIsNoLatestCheckpointToKeep() throws Exception {
        JsonNode checkpoints = expect(as("auditor").get("/api/audit/verify"), 200).json().get("checkpoints");
        assertThat(checkpoints.get("status").asString()).isEqualTo("OK");
        assertThat(checkpoints.get("checked").asLong()).isZero();
        assertThat(checkpoints.get("latest").isNull()).isTrue();
        assertThat(checkpoints.get("eventsAfterLatest").asLong()).isEqualTo(eventCount());

        ApiClient.Response latest = expect(as("auditor").get("/api/audit/checkpoints/latest"), 404);
        assertThat(latest.contentType()).startsWith("application/problem+json");
        assertThat(latest.code()).isEqualTo("NO_CHECKPOINT");

        String page = mvc.perform(get("/audit/verify").with(user("auditor").authorities(() -> "ROLE_AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No checkpoint has been written yet").doesNotContain("id=\"checkpoint-link\"");
    }

    @Test
    void givenAForm2EventEditedAndMovedBackToForm1_thenItIsReportedOnlineAndOfflineEvenRehashed() throws IOException {
        // given a new Bureau's events, in form 2
        String bureau = new Scenario(secretariat()).bureau("member-a", "member-b").bureauId;
        byte[] original = metaData(bureau, 1);
        try {
            // when its role is edited and its form marker removed
            ObjectNode downgraded = (ObjectNode) JSON.readTree(original);
            downgraded.put("role", "AUDITOR");
            downgraded.remove(CanonicalEvent.HASH_FORM);
            setMetaData(bureau, 1, JSON.writeValueAsBytes(downgraded));

            // then
            assertThat(findings(bureau)).containsExactlyInAnyOrder("1 HASH_MISMATCH", "1 FORM_DOWNGRADED");

            // and when its hash is re-computed in form 1, which does not cover the role
            StoredEvent asStored = storedEvent(bureau, 1);
            downgraded.put(CanonicalEvent.HASH, asStored.canonical().hash());
            setMetaData(bureau, 1, JSON.writeValueAsBytes(downgraded));

            // then the downgrade and the broken link after it are still reported, online and offline
            assertThat(findings(bureau)).containsExactlyInAnyOrder("1 FORM_DOWNGRADED", "2 PREVIOUS_HASH_MISMATCH");
            Offline offline = verifyOffline(export());
            assertThat(offline.code()).isEqualTo(AuditCommandLine.BROKEN);
            assertThat(offline.output()).contains(bureau + " sequence 1: FORM_DOWNGRADED",
                    bureau + " sequence 2: PREVIOUS_HASH_MISMATCH");
        } finally {
            setMetaData(bureau, 1, original);
        }
        assertThat(findings(bureau)).isEmpty();
    }

    @Test
    void givenAnEventInForm1RecordedAfterForm2Events_thenItIsADowngrade() {
        // given a Bureau in form 2, and an event appended to it in form 1, correctly linked and hashed
        String bureau = new Scenario(secretariat()).bureau("member-a").bureauId;
        String previous = JSON.readTree(metaData(bureau, 1)).get("hash").asString();
        insertInFirstForm(bureau, 2, "BureauMemberAppointed", "{\"bureauId\":\"" + bureau
                + "\",\"memberId\":\"member-z\",\"displayName\":\"Member Z\"}", previous);
        try {
            // then
            assertThat(findings(bureau)).containsExactly("2 FORM_DOWNGRADED");
        } finally {
            jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2",
                    bureau);
        }
    }

    private record Offline(int code, String output) {
    }

    private List<String> findings(String aggregateId) {
        List<String> findings = new ArrayList<>();
        for (JsonNode link : expect(as("auditor").get("/api/audit/verify"), 200).json().get("brokenLinks")) {
            if (aggregateId.equals(link.get("aggregateId").asString())) {
                findings.add(link.get("sequenceNumber").asLong() + " " + link.get("problem").asString());
            }
        }
        return findings;
    }

    private String insertInFirstForm(long sequenceNumber, String type, String payload, String previousHash) {
        return insertInFirstForm(OLD_BUREAU, sequenceNumber, type, payload, previousHash);
    }

    /** An event as the application stored it before form 2: no marker, hashed in form 1. */
    private String insertInFirstForm(String bureau, long sequenceNumber, String type, String payload,
                                     String previousHash) {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("actor", "secretariat");
        meta.put("role", "SECRETARIAT");
        meta.put("businessTime", "2019-08-19T07:00:00Z");
        meta.put("correlationId", "c-" + bureau + "-" + sequenceNumber);
        meta.put("traceId", "c-" + bureau + "-" + sequenceNumber);
        meta.put(CanonicalEvent.PREVIOUS_HASH, previousHash);
        StoredEvent event = new StoredEvent(0, bureau, "Bureau", sequenceNumber, "old-" + bureau + "-"
                + sequenceNumber, "org.agendaledger.events.bureau." + type, "1",
                "2025-06-01T10:00:0" + sequenceNumber
                        + ".000Z",
                JSON.readTree(payload), meta);
        String hash = event.canonical().hash();
        meta.put(CanonicalEvent.HASH, hash);
        jdbc.update("INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, "
                + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                bureau, sequenceNumber, "Bureau", event.eventId(), JSON.writeValueAsBytes(meta),
                payload.getBytes(StandardCharsets.UTF_8), "1", event.payloadType(), event.timestamp());
        return hash;
    }

    private byte[] metaData(String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND "
                + "sequence_number = ?", (row, n) -> row.getBytes(1), aggregateId, sequenceNumber);
    }

    private void setMetaData(String aggregateId, long sequenceNumber, byte[] metaData) {
        assertThat(jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE aggregate_identifier = ? AND "
                + "sequence_number = ?", metaData, aggregateId, sequenceNumber)).isEqualTo(1);
    }

    private StoredEvent storedEvent(String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT global_index, payload_type, payload_revision, event_identifier, "
                + "time_stamp, payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND "
                + "sequence_number = ?",
                (row, n) -> new StoredEvent(row.getLong(1), aggregateId, "Bureau",
                        sequenceNumber, row.getString(4), row.getString(2), row.getString(3), row.getString(5),
                        CanonicalJson.readLeniently(row.getBytes(6)), CanonicalJson.readLeniently(row.getBytes(7))),
                aggregateId, sequenceNumber);
    }

    private List<String> export() {
        return expect(as("auditor").get("/api/audit/export"), 200).raw().lines().toList();
    }

    private Offline verifyOffline(List<String> lines) throws IOException {
        Path file = Files.createTempFile(directory, "export", ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(new String[]{"audit", "verify", file.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Offline(code, printed.toString(StandardCharsets.UTF_8));
    }
}
