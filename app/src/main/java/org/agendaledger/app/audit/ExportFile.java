package org.agendaledger.app.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An export on the auditor's disk, read line by line. */
final class ExportFile {

    /** What is done with each line: a record, or a line that is none. */
    interface Lines {

        void record(long lineNumber, ExportRecord record);

        void unreadable(long lineNumber, String reason);
    }

    private ExportFile() {
    }

    /** Reads every line of the file in order; blank lines are skipped. */
    static void read(Path file, Lines lines) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ExportRecord record;
                try {
                    record = ExportLine.read(line);
                } catch (IllegalArgumentException e) {
                    lines.unreadable(lineNumber, e.getMessage());
                    continue;
                }
                lines.record(lineNumber, record);
            }
        }
    }
}
