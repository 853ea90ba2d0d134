package org.agendaledger.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The figures of a run, one line per scenario, in {@code target/reliability/figures.md} and on the console. */
final class Figures {

    private static final Path FILE = LedgerProcess.WORK.resolve("figures.md");

    private Figures() {
    }

    static synchronized void record(String scenario, String figures) {
        String line = "| " + scenario + " | " + figures + " |";
        System.out.println("[reliability] " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
