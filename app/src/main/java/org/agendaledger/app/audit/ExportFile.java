package org.agendaledger.app.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** An export on the auditor's disk, read line by line through the hash-chain check. */
final class ExportFile {

    private ExportFile() {
    }

    /**
     * Reads every event of the file: each goes through {@code check} and then to {@code events}; a line that is
     * not an event is reported to the check as unreadable.
     */
    static void read(Path file, ChainCheck check, Consumer<StoredEvent> events) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                StoredEvent event;
                try {
                    event = ExportLine.read(line);
                } catch (IllegalArgumentException e) {
                    check.unreadable(lineNumber, e.getMessage());
                    continue;
                }
                check.check(event);
                events.accept(event);
            }
        }
    }
}
