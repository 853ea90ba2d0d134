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
import java.util.ArrayList;
import java.util.List;
import org.agendaledger.app.audit.AuditCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An auditor replays an export on their own machine: the agenda and decisions as they stood at any instant. */
class OfflineReplayIT extends LedgerIntegrationTest {

    @TempDir
    Path directory;

    private List<String> export;

    @BeforeEach
    void theStoryIsExported() {
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings").raw().contains("\"CLOSED\""));
        export = new ArrayList<>(expect(as("auditor").get("/api/audit/export"), 200).raw().lines().toList());
    }

    @Test
    void atNoonInViennaOn10September2020TheAgendaIsAdoptedAndTheReportIsNot() throws IOException {
        String output = replay(export, "2020-09-10T12:00:00+02:00", AuditCommandLine.OK);
        assertThat(output).contains("hash chain verified", "Meeting ctoc-cop-wg4-2020", "Status: AGENDA_ADOPTED",
                "Issued as CTOC/COP/WG.4/2020/1 on 2020-06-04", "Adopted by the meeting as issued",
                "1. Organizational matters", "(a) Opening of the meeting", "5. Adoption of the report",
                "MEETING_PLAN_CONFIRMED", "TOPICS_APPROVED", "PROVISIONAL_AGENDA_ISSUED", "AGENDA_ADOPTED");
        assertThat(output).doesNotContain("REPORT_ADOPTED", "Report adopted");
    }

    @Test
    void on30April2020OnlyThePlanWasConfirmed() throws IOException {
        String output = replay(export, "2020-04-30T12:00:00Z", AuditCommandLine.OK);
        assertThat(output).contains("Status: SCHEDULED", "MEETING_PLAN_CONFIRMED", "sp-2019-meeting-plan")
                .doesNotContain("TOPICS_APPROVED", "Agenda:");
    }

    @Test
    void anAlteredExportIsReplayedOnlyWithAWarning() throws IOException {
        List<String> altered = new ArrayList<>(export);
        int line = altered.indexOf(altered.stream().filter(l -> l.contains("\"MeetingOpened\"")
                || l.contains("MeetingOpened\"")).findFirst().orElseThrow());
        altered.set(line, altered.get(line).replace("2020-09-10T08:00:00Z", "2020-09-09T08:00:00Z"));
        String output = replay(altered, "2020-09-10T12:00:00+02:00", AuditCommandLine.BROKEN);
        assertThat(output).contains("HASH CHAIN BROKEN");
    }

    @Test
    void beforeThePlanThereWasNoMeetingAndBadArgumentsAreUsageErrors() throws IOException {
        assertThat(replay(export, "2019-01-01T00:00:00Z", AuditCommandLine.OK)).contains("No meeting existed");
        Path file = write(export);
        assertThat(run("audit", "replay", file.toString())).isEqualTo(AuditCommandLine.USAGE);
        assertThat(run("audit", "replay", file.toString(), "--as-of", "yesterday")).isEqualTo(AuditCommandLine.USAGE);
    }

    private String replay(List<String> lines, String asOf, int expectedCode) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(new String[]{"audit", "replay", write(lines).toString(), "--as-of", asOf},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isEqualTo(expectedCode);
        return output;
    }

    private int run(String... args) {
        return AuditCommandLine.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private Path write(List<String> lines) throws IOException {
        Path file = Files.createTempFile(directory, "export", ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
