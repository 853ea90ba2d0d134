package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit verify <file>}: an export checked offline, through the entry point {@code main} uses. */
class AuditCommandLineTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /** Two interleaved streams, chained as the application chains them: bureau-1 (0..3) and meeting-1 (0..1). */
    private static List<String> export() {
        Chain chain = new Chain();
        return new ArrayList<>(List.of(
                chain.line("bureau-1", "Bureau", "{\"bureauId\":\"bureau-1\",\"name\":\"Extended Bureau\"}"),
                chain.line("bureau-1", "Bureau", "{\"memberId\":\"president\",\"displayName\":\"President\"}"),
                chain.line("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\",\"venue\":\"Vienna\"}"),
                chain.line("bureau-1", "Bureau", "{\"memberId\":\"vp-weog\",\"displayName\":\"Vice-President\"}"),
                chain.line("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\",\"venue\":\"Vienna Centre\"}"),
                chain.line("bureau-1", "Bureau", "{\"memberId\":\"rapporteur\",\"displayName\":\"Rapporteur\"}")));
    }

    @Test
    void anIntactExportVerifiesWithItsCounts() throws IOException {
        assertThat(verify(export())).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("OK. 6 events in 2 streams");
    }

    @Test
    void anEmptyExportIsAnEmptyStore() throws IOException {
        assertThat(verify(List.of())).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("OK. 0 events in 0 streams");
    }

    @Test
    void aWordChangedInAPayloadIsReportedAtItsEventOnly() throws IOException {
        List<String> lines = export();
        lines.set(1, lines.get(1).replace("\"President\"", "\"Vice-President\""));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("BROKEN. 1 problem in 6 events, 2 streams.")
                .contains("bureau-1 sequence 1: HASH_MISMATCH");
    }

    @Test
    void aChangedActorIsReported() throws IOException {
        List<String> lines = export();
        lines.set(4, lines.get(4).replace("\"actor\":\"secretariat\"", "\"actor\":\"auditor\""));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("meeting-1 sequence 1: HASH_MISMATCH");
    }

    @Test
    void aDeletedLineIsReportedAtTheEventAfterTheGap() throws IOException {
        List<String> lines = export();
        lines.remove(3);
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 3: MISSING_EVENT", "Sequence 3 follows 1: event 2 is missing")
                .doesNotContain("HASH_MISMATCH");
    }

    @Test
    void aDeletedFirstEventIsReportedAtTheStartOfItsStream() throws IOException {
        List<String> lines = export();
        lines.remove(2);
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("meeting-1 sequence 1: MISSING_EVENT",
                "The stream begins at sequence 1: event 0 is missing.", "expected: genesis");
    }

    @Test
    void aForgerWhoRehashesTheChangedEventIsCaughtByTheNextLink() throws IOException {
        List<String> lines = export();
        StoredEvent original = (StoredEvent) ExportLine.read(lines.get(1));
        ObjectNode payload = (ObjectNode) original.payload().deepCopy();
        payload.put("displayName", "Someone else");
        ObjectNode metaData = (ObjectNode) original.metaData().deepCopy();
        StoredEvent forged = new StoredEvent(original.globalIndex(), original.aggregateId(),
                original.aggregateType(), original.sequenceNumber(), original.eventId(), original.payloadType(),
                original.payloadRevision(), original.timestamp(), payload, metaData);
        metaData.put(CanonicalEvent.HASH, forged.canonical().hash());
        lines.set(1, ExportLine.write(forged));

        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 2: PREVIOUS_HASH_MISMATCH")
                .doesNotContain("sequence 1: HASH_MISMATCH");
    }

    @Test
    void aRepeatedLineIsOutOfOrder() throws IOException {
        List<String> lines = export();
        lines.add(lines.get(3));
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 2: OUT_OF_ORDER");
    }

    @Test
    void aLineThatIsNotAnEventIsReportedWithItsNumber() throws IOException {
        List<String> lines = export();
        lines.add(2, "{\"aggregateId\":\"bureau-1\"");
        assertThat(verify(lines)).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("UNREADABLE_LINE", "Line 3 is not a readable event");
    }

    @Test
    void aMissingFileIsAUsageError() {
        int code = AuditCommandLine.run(new String[]{"audit", "verify", directory.resolve("none.jsonl").toString()},
                out);
        assertThat(code).isEqualTo(AuditCommandLine.USAGE);
        assertThat(printed()).contains("Cannot read", "there is no such file");
    }

    @Test
    void anUnknownSubcommandOrMissingArgumentsShowTheUsage() {
        assertThat(AuditCommandLine.run(new String[]{"audit", "rewrite", "x.jsonl"}, out))
                .isEqualTo(AuditCommandLine.USAGE);
        assertThat(AuditCommandLine.run(new String[]{"audit", "replay", "x.jsonl"}, out))
                .isEqualTo(AuditCommandLine.USAGE);
        assertThat(AuditCommandLine.run(new String[]{"audit"}, out)).isEqualTo(AuditCommandLine.USAGE);
        assertThat(AuditCommandLine.run(new String[]{"audit", "verify"}, out)).isEqualTo(AuditCommandLine.USAGE);
        assertThat(printed()).contains("Unknown audit command 'rewrite'.", "audit verify <file.jsonl>",
                "audit replay <file.jsonl> --as-of <instant>", "audit replay takes a file",
                "audit verify takes exactly one file.");
    }

    @Test
    void onlyAnAuditCommandLineIsTakenFromTheApplication() {
        assertThat(AuditCommandLine.wanted(new String[]{"audit", "verify", "x"})).isTrue();
        assertThat(AuditCommandLine.wanted(new String[]{"--server.port=8081"})).isFalse();
        assertThat(AuditCommandLine.wanted(new String[0])).isFalse();
    }

    private int verify(List<String> lines) throws IOException {
        Path file = directory.resolve("export.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return AuditCommandLine.run(new String[]{"audit", "verify", file.toString()}, out);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Writes export lines chained with the application's own canonical form. */
    private static final class Chain {

        private final Map<String, StoredEvent> last = new HashMap<>();
        private long globalIndex;

        String line(String aggregateId, String type, String payload) {
            StoredEvent previous = last.get(aggregateId);
            long sequence = previous == null ? 0 : previous.sequenceNumber() + 1;
            ObjectNode metaData = CanonicalJson.MAPPER.createObjectNode();
            metaData.put("actor", "secretariat");
            metaData.put("role", "SECRETARIAT");
            metaData.put("businessTime", "2020-01-15T09:00:0" + sequence + "Z");
            metaData.put("correlationId", "c-" + globalIndex);
            metaData.put(CanonicalEvent.PREVIOUS_HASH, previous == null ? CanonicalEvent.GENESIS : previous.hash());
            JsonNode body = CanonicalJson.MAPPER.readTree(payload);
            StoredEvent event = new StoredEvent(++globalIndex, aggregateId, type, sequence, "e-" + globalIndex,
                    "org.agendaledger.events." + type, "1", "2026-01-01T00:00:00Z", body, metaData);
            metaData.put(CanonicalEvent.HASH, event.canonical().hash());
            last.put(aggregateId, event);
            return ExportLine.write(event);
        }
    }
}
