package org.agendaledger.app.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code audit verify <file.jsonl>}: checks an export with nothing but the file, line by line, with the same
 * {@link ChainCheck} the application uses on its store.
 */
final class OfflineVerification implements AuditSubcommand {

    @Override
    public String arguments() {
        return "<file.jsonl>";
    }

    @Override
    public String summary() {
        return "check the hash chain of an export (GET /api/audit/export), with no database and no server";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.size() != 1) {
            return AuditCommandLine.usage(out, "audit verify takes exactly one file.");
        }
        Path file;
        try {
            file = Path.of(arguments.get(0));
        } catch (InvalidPathException e) {
            return AuditCommandLine.usage(out, "'%s' is not a file name.".formatted(arguments.get(0)));
        }
        ChainCheck check = ChainCheck.inRecordedOrder();
        try {
            ExportFile.read(file, check, event -> { });
        } catch (IOException | java.io.UncheckedIOException e) {
            out.printf("Cannot read %s: %s%n", file, e instanceof java.nio.file.NoSuchFileException
                    ? "there is no such file" : e.getMessage());
            return AuditCommandLine.USAGE;
        }
        return report(file, check.report(), out);
    }

    private static int report(Path file, ChainReport report, PrintStream out) {
        if (report.ok()) {
            out.printf("%s: OK. %d events in %d streams; every hash and every link verified.%n", file,
                    report.events(), report.streams());
            return AuditCommandLine.OK;
        }
        int problems = report.brokenLinks().size();
        out.printf("%s: BROKEN. %d %s in %d events, %d streams.%n", file, problems,
                problems == 1 ? "problem" : "problems", report.events(), report.streams());
        for (BrokenLink link : report.brokenLinks()) {
            out.printf("%s: %s%n    %s%n    expected: %s%n    found:    %s%n",
                    link.aggregateId() == null ? "(unreadable line)"
                            : link.aggregateId() + " sequence " + link.sequenceNumber(),
                    link.problem(), link.detail(), link.expected(), link.found() == null ? "(none)" : link.found());
        }
        return AuditCommandLine.BROKEN;
    }
}
