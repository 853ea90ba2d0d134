package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code audit verify <file>} on an export of today's form: events in form 2, checkpoints, the export's head. One
 * test per kind of tampering with the file, each reported where it happened.
 */
@org.junit.jupiter.api.Tag("tamper-evidence")
class AuditOfflineTamperTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /**
     * Three interleaved streams; checkpoint 0 after global index 5, checkpoint 1 after 8, the head settled at 9:
     * lines 0–4 events 1–5, line 5 checkpoint 0, lines 6–8 events 6–8, line 9 checkpoint 1, line 10 event 9, line
     * 11 the head.
     */
    private static List<String> export() {
        return new ArrayList<>(new ExportFixture()
                .event("bureau-1", "Bureau", "{\"bureauId\":\"bureau-1\",\"name\":\"Extended Bureau\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"president\",\"displayName\":\"President\"}")
                .event("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\",\"venue\":\"Vienna\"}")
                .as("actor", "president").as("role", "BUREAU_MEMBER").as("memberId", "president")
                .event("procedure-1", "SilenceProcedure", "{\"procedureId\":\"procedure-1\",\"kind\":\"COMMENT\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"vp-weog\",\"displayName\":\"Vice-President\"}")
                .checkpoint()
                .event("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\",\"venue\":\"Vienna Centre\"}")
                .as("actor", "president").as("role", "BUREAU_MEMBER").as("memberId", "president")
                .event("procedure-1", "SilenceProcedure", "{\"procedureId\":\"procedure-1\",\"kind\":\"OBJECTION\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"rapporteur\",\"displayName\":\"Rapporteur\"}")
                .checkpoint()
                .event("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\",\"status\":\"OPEN\"}")
                .export(9));
    }

    @Test
    void givenAnIntactExport_whenVerified_thenItsChainCheckpointsAndHeadHold() throws IOException {
        // given
        List<String> lines = export();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(5)).contains("\"record\":\"checkpoint\"", "\"number\":0", "\"position\":5");
        assertThat(lines.get(11)).contains("\"record\":\"exportHead\"", "\"position\":9", "\"totalEvents\":9");

        // when / then
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("OK. 9 events in 3 streams; every hash and every link verified.",
                "Checkpoints: OK. 2 verified; the latest, number 1, at position 8 (8 events)", "1 event after it");
    }

    @Test
    void givenAPayloadByteChanged_thenItsEventIsReported() throws IOException {
        List<String> lines = export();
        lines.set(1, lines.get(1).replace("\"President\"", "\"Presidenz\""));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("BROKEN. 1 problem in 9 events, 3 streams.",
                "bureau-1 sequence 1: HASH_MISMATCH", "Checkpoints: OK.");
    }

    @Test
    void givenAMiddleEventDeleted_thenTheChainAndEveryCheckpointAfterItReportIt() throws IOException {
        List<String> lines = export();
        lines.remove(1);
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 2: MISSING_EVENT",
                "checkpoint 0 (position 5): EVENTS_DIFFER_FROM_CHECKPOINT",
                "1 of the events at or below position 5 that checkpoint 0 counted are gone.",
                "checkpoint 1 (position 8): EVENTS_DIFFER_FROM_CHECKPOINT", "EVENTS_DIFFER_FROM_EXPORT_HEAD");
    }

    @Test
    void givenTwoEventsSwapped_thenBothAreReported() throws IOException {
        // given two events of a stream that exchanged their sequence numbers
        List<String> swapped = export();
        swapped.set(1, swapped.get(1).replace("\"sequenceNumber\":1", "\"sequenceNumber\":2"));
        swapped.set(4, swapped.get(4).replace("\"sequenceNumber\":2", "\"sequenceNumber\":1"));
        assertThat(verify(swapped)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 2: HASH_MISMATCH", "bureau-1 sequence 1: HASH_MISMATCH");

        // and two lines that exchanged their places
        printed.reset();
        List<String> moved = export();
        moved.set(6, export().get(7));
        moved.set(7, export().get(6));
        assertThat(verify(moved)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("meeting-1 sequence 1: OUT_OF_ORDER", "Global index 6 comes after 7");
    }

    @Test
    void givenAStreamsLastEventDeleted_thenTheChainCannotTellButTheCheckpointCoveringItDoes() throws IOException {
        // given bureau-1's last event (global index 8) removed: no later event of its stream links to it
        List<String> lines = export();
        lines.remove(8);

        // then
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("every hash and every link verified, but not the checkpoints.",
                "checkpoint 1 (position 8): EVENTS_DIFFER_FROM_CHECKPOINT",
                "1 of the events at or below position 8 that checkpoint 1 counted are gone.")
                .doesNotContain("checkpoint 0 (position 5)", "MISSING_EVENT");
    }

    @Test
    void givenTheStoresLastEventsDeleted_thenTheExportsHeadReportsThem() throws IOException {
        // given the last event removed, after the latest checkpoint
        List<String> lines = export();
        lines.remove(10);
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("position 9: EVENTS_DIFFER_FROM_EXPORT_HEAD",
                "1 of the events at or below position 9 that the export's head counted are gone.",
                "9 events up to global index 9", "8 events up to global index 8");

        // and with the head removed too
        printed.reset();
        lines.remove(lines.size() - 1);
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("EXPORT_HEAD_MISSING", "lines were removed at its end");

        // and with the latest checkpoint and the events it covered removed as well
        printed.reset();
        List<String> cut = export().subList(0, 6);
        assertThat(verify(cut)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("EXPORT_HEAD_MISSING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor", "role", "memberId", "businessTime", "correlationId", "traceId"})
    void givenAMetadataKeyEdited_thenItsEventIsReported(String key) throws IOException {
        // given the Bureau member's objection (line 7), whose metadata carries every key
        List<String> lines = export();
        lines.set(7, edited(lines.get(7), meta -> meta.put(key, "edited")));

        // then
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("BROKEN. 1 problem in 9 events", "procedure-1 sequence 1: HASH_MISMATCH",
                "a metadata key");
    }

    @Test
    void givenAMetadataKeyAddedOrRemoved_thenItsEventIsReported() throws IOException {
        List<String> added = export();
        added.set(1, edited(added.get(1), meta -> meta.put("memberId", "president")));
        assertThat(verify(added)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 1: HASH_MISMATCH");

        printed.reset();
        List<String> removed = export();
        removed.set(1, edited(removed.get(1), meta -> meta.remove("traceId")));
        assertThat(verify(removed)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 1: HASH_MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"timestamp", "eventId", "payloadType", "payloadRevision", "aggregateType"})
    void givenAStoredColumnEdited_thenItsEventIsReported(String column) throws IOException {
        List<String> lines = export();
        ObjectNode line = (ObjectNode) CanonicalJson.MAPPER.readTree(lines.get(2));
        line.put(column, column.equals("timestamp") ? "2026-01-15T10:00:00.004Z" : "edited");
        lines.set(2, CanonicalJson.MAPPER.writeValueAsString(line));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("BROKEN. 1 problem in 9 events", "meeting-1 sequence 0: HASH_MISMATCH");
    }

    @Test
    void givenAnEventThatNamesAnUnknownForm_thenItIsReported() throws IOException {
        List<String> lines = export();
        lines.set(2, edited(lines.get(2), meta -> meta.put(CanonicalEvent.HASH_FORM, "agenda-ledger/event-hash/9")));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("meeting-1 sequence 0: UNKNOWN_HASH_FORM", "agenda-ledger/event-hash/9");
    }

    @Test
    void givenAnEventEditedAndDowngradedToTheOldForm_thenItIsReportedEvenWhenRehashed() throws IOException {
        // given a role edited, which form 1 does not cover, and the form marker removed
        List<String> lines = export();
        lines.set(4, edited(lines.get(4), meta -> {
            meta.put("role", "AUDITOR");
            meta.remove(CanonicalEvent.HASH_FORM);
        }));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 2: HASH_MISMATCH", "bureau-1 sequence 2: FORM_DOWNGRADED",
                "its marker was removed");

        // and with its hash re-computed in form 1, which would match
        printed.reset();
        lines.set(4, ExportFixture.rehashed(lines.get(4)));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 2: FORM_DOWNGRADED",
                "bureau-1 sequence 3: PREVIOUS_HASH_MISMATCH", "checkpoint 0 (position 5): EVENTS_DIFFER")
                .doesNotContain("sequence 2: HASH_MISMATCH");
    }

    @Test
    void givenACheckpointLineEdited_thenItIsReported() throws IOException {
        // given checkpoint 0 claiming one event fewer
        List<String> lines = export();
        lines.set(5, lines.get(5).replace("\"events\":5", "\"events\":4"));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("Checkpoints: BROKEN.", "checkpoint 0 (position 5): CHECKPOINT_ALTERED");

        // and re-hashed by a forger: the next checkpoint no longer links to it
        printed.reset();
        Checkpoint forged = (Checkpoint) ExportLine.read(lines.get(5));
        lines.set(5, ExportLine.write(forged.withHash(forged.recomputedHash())));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("checkpoint 1 (position 8): CHECKPOINT_LINK_BROKEN",
                "checkpoint 0 (position 5): EVENTS_DIFFER_FROM_CHECKPOINT").doesNotContain("CHECKPOINT_ALTERED");
    }

    @Test
    void givenACheckpointLineRemoved_thenTheChainOrTheHeadReportsIt() throws IOException {
        List<String> first = export();
        first.remove(5);
        assertThat(verify(first)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("checkpoint 1 (position 8): CHECKPOINT_MISSING", "Checkpoint 0 is missing.");

        printed.reset();
        List<String> latest = export();
        latest.remove(9);
        assertThat(verify(latest)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("EVENTS_DIFFER_FROM_EXPORT_HEAD",
                "The export does not end with the checkpoint its head names");
    }

    @Test
    void givenTheHeadEditedOrALineAfterIt_thenItIsReported() throws IOException {
        List<String> edited = export();
        edited.set(11, edited.get(11).replace("\"totalEvents\":9", "\"totalEvents\":10"));
        assertThat(verify(edited)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("EXPORT_HEAD_ALTERED");

        printed.reset();
        List<String> appended = export();
        appended.add(appended.get(10));
        assertThat(verify(appended)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("LINE_AFTER_EXPORT_HEAD");
    }

    @Test
    void givenEventsInTheOldFormBeforeTheNewOnes_thenTheExportVerifies() throws IOException {
        List<String> lines = new ExportFixture()
                .eventInFirstForm("bureau-1", "Bureau", "{\"bureauId\":\"bureau-1\"}")
                .eventInFirstForm("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\"}")
                .eventInFirstForm("bureau-1", "Bureau", "{\"memberId\":\"president\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"vp-weog\"}")
                .event("meeting-1", "Meeting", "{\"venue\":\"Vienna\"}")
                .checkpoint()
                .export();
        assertThat(verify(lines)).as(printed()).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("OK. 5 events in 2 streams");
    }

    @Test
    void givenAnEventInTheOldFormRecordedAfterOneInTheNewForm_thenItIsADowngrade() throws IOException {
        List<String> lines = new ExportFixture()
                .event("bureau-1", "Bureau", "{\"bureauId\":\"bureau-1\"}")
                .eventInFirstForm("bureau-1", "Bureau", "{\"memberId\":\"president\"}")
                .export();
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("BROKEN. 1 problem in 2 events", "bureau-1 sequence 1: FORM_DOWNGRADED");
    }

    private static String edited(String line, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) CanonicalJson.MAPPER.readTree(line);
        change.accept((ObjectNode) node.get("metaData"));
        return CanonicalJson.MAPPER.writeValueAsString(node);
    }

    private int verify(List<String> lines) throws IOException {
        Path file = directory.resolve("export.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return AuditCommandLine.run(new String[]{"audit", "verify", file.toString()}, out);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
