package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.agendaledger.command.meeting.Meeting;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A meeting with a long stream is loaded from its snapshot and answers exactly as its whole stream would: the rules
 * that need its state still apply, its events keep their gapless sequence, and a snapshot that is missing, of
 * another revision, or unreadable is passed over.
 */
@TestPropertySource(properties = "agenda-ledger.snapshots.meeting-every=5")
class MeetingSnapshotsIT extends LedgerIntegrationTest {

    @Test
    void aMeetingLoadedFromItsSnapshotKeepsItsRulesAndItsSequence() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics().agenda();
        addItems(s, 0, 12);

        awaitSnapshotOf(s.meetingId, 10);
        addItems(s, 12, 3);
        String procedure = s.circulate("AGENDA", 120);

        assertRefusedUnderSilence(s, procedure);
        List<DomainEventMessage<?>> stream = eventsOf(s.meetingId);
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, stream.size()).boxed().toList());

        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", s.meetingId);
        assertRefusedUnderSilence(s, procedure);
    }

    @Test
    void aSnapshotOfAnotherRevisionIsPassedOver() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics().agenda();
        String procedure = circulatedAndSnapshotted(s);

        // an empty meeting under an older revision: read, it would know of no agenda and no procedure
        jdbc.update("UPDATE snapshot_event_entry SET payload = ?, payload_revision = ? WHERE aggregate_identifier = ?",
                "{}".getBytes(StandardCharsets.UTF_8), "0", s.meetingId);

        assertRefusedUnderSilence(s, procedure);
    }

    @Test
    void anUnreadableSnapshotIsPassedOver() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics().agenda();
        String procedure = circulatedAndSnapshotted(s);

        jdbc.update("UPDATE snapshot_event_entry SET payload = ? WHERE aggregate_identifier = ?",
                "not a meeting".getBytes(StandardCharsets.UTF_8), s.meetingId);

        assertRefusedUnderSilence(s, procedure);
        expect(secretariat().post("/api/silence-procedures/" + procedure + "/withdrawal",
                Map.of("reason", "Text to be revised")), 200);
        // released by the procedure's process once the withdrawal is recorded: then the agenda takes items again
        await().atMost(PATIENCE).until(() -> secretariat().post("/api/meetings/" + s.meetingId + "/agenda/items",
                Map.of("itemId", "after", "kind", "SUBSTANTIVE", "title", "After the withdrawal")).status() == 201);
    }

    /**
     * Eight items, the agenda circulated, then slot changes (allowed under silence) until a snapshot taken after the
     * circulation holds the procedure's pin; the procedure's id.
     */
    private String circulatedAndSnapshotted(Scenario s) {
        addItems(s, 0, 8);
        String procedure = s.circulate("AGENDA", 120);
        long circulated = eventsOf(s.meetingId).size() - 1;
        for (int i = 0; i < 4; i++) {
            expect(secretariat().post("/api/meetings/" + s.meetingId + "/slots/s1/assignments",
                    Map.of("itemId", "x" + i)), 201);
            expect(secretariat().delete("/api/meetings/" + s.meetingId + "/slots/s1/assignments/x" + i), 200);
        }
        awaitSnapshotOf(s.meetingId, circulated + 1);
        return procedure;
    }

    private void assertRefusedUnderSilence(Scenario s, String procedure) {
        ApiClient.Response refused = secretariat().post("/api/meetings/" + s.meetingId + "/agenda/items",
                Map.of("itemId", "late", "kind", "SUBSTANTIVE", "title", "A late item"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("AGENDA_UNDER_SILENCE");
        assertThat(refused.raw()).contains(procedure);
    }

    private void addItems(Scenario s, int first, int count) {
        for (int i = first; i < first + count; i++) {
            expect(secretariat().post("/api/meetings/" + s.meetingId + "/agenda/items",
                    Map.of("itemId", "x" + i, "kind", "SUBSTANTIVE", "title", "Topic number " + i, "position", 1)),
                    201);
        }
    }

    private void awaitSnapshotOf(String meetingId, long atLeast) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT MAX(sequence_number) FROM snapshot_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type = ? AND payload_revision = ?",
                Long.class, meetingId, Meeting.class.getName(), Meeting.SNAPSHOT_REVISION))
                .isNotNull().isGreaterThanOrEqualTo(atLeast));
    }
}
