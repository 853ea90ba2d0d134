package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real story as version 0.1.0 stored and exported it ({@code stored/story-export-0.1.0.jsonl}, its events with
 * the distribution and original language that version wrote into every issue) still verifies and replays with
 * this version's code: stored events are never rewritten, whatever the commands now ask.
 */
class StoredStoryCompatibilityTest {

    @TempDir
    Path directory;

    @Test
    void theStoryStoredByVersion010VerifiesAndReplaysAsItWasIssued() throws IOException {
        Path export = directory.resolve("story-export-0.1.0.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/stored/story-export-0.1.0.jsonl")) {
            Files.copy(in, export);
        }

        assertThat(run("verify", export)).contains("41 events");
        String replayed = run("replay", export, "--as-of", "2020-12-31T00:00:00Z");
        assertThat(replayed).contains("hash chain verified", "Meeting ctoc-cop-wg4-2020", "Status: CLOSED",
                "Issued as CTOC/COP/WG.4/2020/1 on 2020-06-04 (Distr.: General; Original: English)",
                "1. Organizational matters", "5. Adoption of the report");
    }

    private static String run(String command, Path export, String... more) {
        String[] arguments = new String[3 + more.length];
        arguments[0] = "audit";
        arguments[1] = command;
        arguments[2] = export.toString();
        System.arraycopy(more, 0, arguments, 3, more.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(arguments, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isEqualTo(AuditCommandLine.OK);
        return output;
    }
}
