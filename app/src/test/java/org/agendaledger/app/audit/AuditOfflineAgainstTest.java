package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit verify today.jsonl --against kept}: nothing the auditor kept — an export, a checkpoint, an export's
 * head — is gone or changed today, even where today's export verifies by itself.
 */
@org.junit.jupiter.api.Tag("tamper-evidence")
class AuditOfflineAgainstTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /** A store of eight events in two streams, checkpoint 0 at global index 4, checkpoint 1 at 7. */
    private static ExportFixture store() {
        return new ExportFixture()
                .event("bureau-1", "Bureau", "{\"bureauId\":\"bureau-1\",\"name\":\"Extended Bureau\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"president\"}")
                .event("meeting-1", "Meeting", "{\"meetingId\":\"meeting-1\",\"venue\":\"Vienna\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"vp-weog\"}")
                .checkpoint()
                .event("meeting-1", "Meeting", "{\"venue\":\"Vienna Centre\"}")
                .event("bureau-1", "Bureau", "{\"memberId\":\"rapporteur\"}")
                .event("meeting-1", "Meeting", "{\"status\":\"OPEN\"}")
                .checkpoint()
                .event("meeting-1", "Meeting", "{\"status\":\"CLOSED\"}");
    }

    @Test
    void givenTheSameStore_whenComparedWithWhatWasKept_thenNothingIsGoneOrChanged() throws IOException {
        List<String> today = store().export();
        assertThat(verify(today, file("kept.jsonl", today))).as(printed()).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("Against", "(an export of 8 events, settled up to position 7): OK. Nothing "
                + "kept is gone or changed.");

        printed.reset();
        assertThat(verify(today, file("checkpoint.json", List.of(today.get(8))))).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("(checkpoint 1: 7 events at position 7): OK.");

        printed.reset();
        assertThat(verify(today, file("head.json", List.of(today.get(today.size() - 1)))))
                .isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("(an export's head: 7 events at position 7): OK.");
    }

    @Test
    void givenTheStoreGrewAndAnEarlierTransactionCommittedLate_thenWhatWasKeptIsStillThere() throws IOException {
        // given an export kept while a transaction held global index 9, settled up to 8
        ExportFixture store = store();
        long late = store.takeIndex();
        store.event("bureau-1", "Bureau", "{\"memberId\":\"chair\"}");
        List<String> kept = store.export(8);

        // when that transaction commits and the store grows
        store.lateEvent(late, "procedure-1", "SilenceProcedure", "{\"procedureId\":\"procedure-1\"}")
                .checkpoint().event("meeting-1", "Meeting", "{\"report\":\"adopted\"}");

        // then
        assertThat(verify(store.export(), file("kept.jsonl", kept))).as(printed()).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("OK. 11 events in 3 streams", "Nothing kept is gone or changed.");
    }

    @Test
    void givenAnEventAddedAtOrBelowTheKeptSettledPosition_thenItIsReported() throws IOException {
        // given the same, but the kept export was settled above the index the late event took
        ExportFixture store = store();
        long late = store.takeIndex();
        store.event("bureau-1", "Bureau", "{\"memberId\":\"chair\"}");
        List<String> kept = store.export(10);
        store.lateEvent(late, "procedure-1", "SilenceProcedure", "{\"procedureId\":\"procedure-1\"}");

        // then
        assertThat(verify(store.export(), file("kept.jsonl", kept))).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("procedure-1 sequence 0 (global index 9): EVENT_NOT_IN_KEPT_EXPORT",
                "it was added afterwards");
    }

    @Test
    void givenTheStoresLastEventsRemovedAndTheChainCutBack_thenTodayVerifiesAloneButNotAgainstWhatWasKept()
            throws IOException {
        // given what the auditor kept, then a forger removing the last four events and checkpoint 1
        ExportFixture store = store();
        List<String> kept = store.export();
        List<String> today = store.withoutLast(4).export();

        // then today's export by itself holds
        assertThat(verify(today, null)).as(printed()).isEqualTo(AuditCommandLine.OK);

        // but not against the kept export
        printed.reset();
        assertThat(verify(today, file("kept.jsonl", kept))).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("but not what was kept.", "Against", "BROKEN. 5 problems.",
                "meeting-1 sequence 3 (global index 8): KEPT_EVENT_MISSING", "is gone.",
                "checkpoint 1 (position 7): KEPT_CHECKPOINT_MISSING", "the chain was cut back");

        // nor against the kept checkpoint
        printed.reset();
        assertThat(verify(today, file("checkpoint.json", List.of(kept.get(8))))).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("checkpoint 1 (position 7): EVENTS_DIFFER_FROM_KEPT",
                "3 of the events at or below position 7 that the kept checkpoint counted are gone.",
                "checkpoint 1 (position 7): KEPT_CHECKPOINT_MISSING");

        // nor against the kept export's head
        printed.reset();
        assertThat(verify(today, file("head.json", List.of(kept.get(kept.size() - 1)))))
                .isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("position 7: EVENTS_DIFFER_FROM_KEPT", "KEPT_CHECKPOINT_MISSING");
    }

    @Test
    void givenAFieldThatTheOldFormDoesNotCoverChanged_thenOnlyTheKeptExportCanTell() throws IOException {
        // given events stored before form 2; the role is outside form 1
        List<String> kept = new ExportFixture()
                .eventInFirstForm("bureau-1", "Bureau", "{\"bureauId\":\"bureau-1\"}")
                .eventInFirstForm("bureau-1", "Bureau", "{\"memberId\":\"president\"}")
                .export();
        List<String> today = List.of(kept.get(0), kept.get(1).replace("\"role\":\"SECRETARIAT\"",
                "\"role\":\"AUDITOR\""), kept.get(2));

        // then today's export holds by itself
        assertThat(verify(today, null)).as(printed()).isEqualTo(AuditCommandLine.OK);

        // but the kept export shows the change
        printed.reset();
        assertThat(verify(today, file("kept.jsonl", kept))).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(printed()).contains("bureau-1 sequence 1 (global index 2): KEPT_EVENT_CHANGED",
                "is not as it was kept: metaData changed.");
    }

    @Test
    void givenAKeptCheckpointIndented_thenItIsReadAsOne() throws IOException {
        List<String> today = store().export();
        String indented = CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(CanonicalJson.MAPPER.readTree(today.get(4)));
        assertThat(indented).contains("\n");
        assertThat(verify(today, file("checkpoint.json", List.of(indented)))).isEqualTo(AuditCommandLine.OK);
        assertThat(printed()).contains("(checkpoint 0: 4 events at position 4): OK.");
    }

    @Test
    void givenAKeptRecordThatIsAlteredUnreadableOrMissing_thenNothingIsComparedAndTheReasonIsGiven()
            throws IOException {
        List<String> today = store().export();
        String altered = today.get(4).replace("\"events\":4", "\"events\":3");
        assertThat(verify(today, file("checkpoint.json", List.of(altered)))).isEqualTo(AuditCommandLine.USAGE);
        assertThat(printed()).contains("Cannot compare with", "is not what was hashed")
                .doesNotContain("Against");

        printed.reset();
        List<String> broken = store().export();
        broken.set(1, broken.get(1).replace("president", "presidenz"));
        assertThat(verify(today, file("kept.jsonl", broken))).isEqualTo(AuditCommandLine.USAGE);
        assertThat(printed()).contains("The kept export does not verify by itself (1 problem)");

        printed.reset();
        assertThat(verify(today, directory.resolve("none.json"))).isEqualTo(AuditCommandLine.USAGE);
        assertThat(printed()).contains("Cannot read", "none.json: there is no such file");

        printed.reset();
        Path file = file("today.jsonl", today);
        assertThat(AuditCommandLine.run(new String[]{"audit", "verify", file.toString(), "--against"}, out))
                .isEqualTo(AuditCommandLine.USAGE);
        assertThat(AuditCommandLine.run(new String[]{"audit", "verify", file.toString(), "--with", "x"}, out))
                .isEqualTo(AuditCommandLine.USAGE);
        assertThat(printed()).contains("audit verify takes exactly one file.", "add --against",
                "audit verify <file.jsonl> [--against <kept.jsonl|checkpoint.json>]");
    }

    private Path file(String name, List<String> lines) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private int verify(List<String> today, Path kept) throws IOException {
        Path file = file("today.jsonl", today);
        String[] args = kept == null ? new String[]{"audit", "verify", file.toString()}
                : new String[]{"audit", "verify", file.toString(), "--against", kept.toString()};
        return AuditCommandLine.run(args, out);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
