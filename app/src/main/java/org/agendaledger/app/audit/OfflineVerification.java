package org.agendaledger.app.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code audit verify <file.jsonl> [--against <kept.jsonl|checkpoint.json>]}: checks an export with nothing but the
 * file — the hash chain with the same {@link ChainCheck} the application uses on its store, the form order, the
 * checkpoints it holds and its head — and, with {@code --against}, compares it with what the auditor kept earlier.
 */
final class OfflineVerification implements AuditSubcommand {

    private static final String AGAINST = "--against";

    @Override
    public String arguments() {
        return "<file.jsonl> [--against <kept.jsonl|checkpoint.json>]";
    }

    @Override
    public String summary() {
        return "check an export (GET /api/audit/export): hash chain, checkpoints, head; with --against, that nothing "
                + "kept earlier (an export or a checkpoint) is gone or changed; no database, no server";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.size() != 1 && (arguments.size() != 3 || !AGAINST.equals(arguments.get(1)))) {
            return AuditCommandLine.usage(out, "audit verify takes exactly one file. To compare it with what you "
                    + "kept, add --against <kept.jsonl|checkpoint.json>.");
        }
        Path file = path(arguments.get(0), out);
        Path keptFile = arguments.size() == 3 ? path(arguments.get(2), out) : null;
        if (file == null || arguments.size() == 3 && keptFile == null) {
            return AuditCommandLine.USAGE;
        }
        KeptComparison kept = null;
        try {
            if (keptFile != null) {
                kept = KeptFile.open(keptFile);
            }
            IntegrityReport report = ExportVerification.verify(file, kept, event -> {});
            return print(file, keptFile, report, out);
        } catch (KeptRecordRefused e) {
            out.printf("Cannot compare with %s: %s%n", keptFile, e.getMessage());
            return AuditCommandLine.USAGE;
        } catch (IOException | UncheckedIOException e) {
            out.printf("Cannot read %s%n", e instanceof NoSuchFileException missing
                    ? missing.getFile() + ": there is no such file" : file + ": " + e.getMessage());
            return AuditCommandLine.USAGE;
        } finally {
            if (kept instanceof KeptExport export) {
                try {
                    export.close();
                } catch (IOException ignored) {
                    // read to the end already; nothing was written
                }
            }
        }
    }

    private static Path path(String name, PrintStream out) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            AuditCommandLine.usage(out, "'%s' is not a file name.".formatted(name));
            return null;
        }
    }

    private static int print(Path file, Path keptFile, IntegrityReport report, PrintStream out) {
        int chainProblems = report.brokenLinks().size();
        if (report.ok()) {
            out.printf("%s: OK. %d events in %d streams; every hash and every link verified.%n", file,
                    report.events(), report.streams());
        } else if (chainProblems == 0) {
            String notHolding = !report.checkpoints().ok() && report.against() != null && !report.against().ok()
                    ? "the checkpoints nor what was kept" : !report.checkpoints().ok() ? "the checkpoints"
                    : "what was kept";
            out.printf("%s: BROKEN. %d events in %d streams; every hash and every link verified, but not %s.%n",
                    file, report.events(), report.streams(), notHolding);
        } else {
            out.printf("%s: BROKEN. %d %s in %d events, %d streams.%n", file, chainProblems,
                    chainProblems == 1 ? "problem" : "problems", report.events(), report.streams());
        }
        for (BrokenLink link : report.brokenLinks()) {
            out.printf("%s: %s%n    %s%n    expected: %s%n    found:    %s%n",
                    link.aggregateId() == null ? "(unreadable line)"
                            : link.aggregateId() + " sequence " + link.sequenceNumber(),
                    link.problem(), link.detail(), link.expected(), link.found() == null ? "(none)" : link.found());
        }
        printCheckpoints(report.checkpoints(), out);
        if (report.against() != null) {
            printAgainst(keptFile, report.against(), out);
        }
        return report.ok() ? AuditCommandLine.OK : AuditCommandLine.BROKEN;
    }

    private static void printCheckpoints(CheckpointReport checkpoints, PrintStream out) {
        Checkpoint latest = checkpoints.latest();
        String covered = latest == null
                ? "none in the export, so the end of the store is covered by its head only"
                : "%d verified; the latest, number %d, at position %d (%d events), made %s; %d %s after it"
                        .formatted(checkpoints.checked(), latest.number(), latest.position(), latest.events(),
                                latest.createdAt(), checkpoints.eventsAfterLatest(),
                                checkpoints.eventsAfterLatest() == 1 ? "event" : "events");
        if (checkpoints.ok()) {
            out.printf("Checkpoints: OK. %s.%n", latest == null ? "None in the export" : covered);
            return;
        }
        int problems = checkpoints.problems().size();
        out.printf("Checkpoints: BROKEN. %d %s (%d checkpoints in the export).%n", problems,
                problems == 1 ? "problem" : "problems", checkpoints.checked());
        checkpoints.problems().forEach(problem -> print(problem, out));
    }

    private static void printAgainst(Path keptFile, KeptReport against, PrintStream out) {
        String kept = switch (against.kind()) {
            case EXPORT -> "an export of %d events, settled up to position %d".formatted(against.events(),
                    against.position());
            case CHECKPOINT -> "checkpoint %d: %d events at position %d".formatted(against.checkpoint(),
                    against.events(), against.position());
            case EXPORT_HEAD -> "an export's head: %d events at position %d".formatted(against.events(),
                    against.position());
        };
        if (against.ok()) {
            out.printf("Against %s (%s): OK. Nothing kept is gone or changed.%n", keptFile, kept);
            return;
        }
        int problems = against.problems().size();
        out.printf("Against %s (%s): BROKEN. %d %s.%n", keptFile, kept, problems,
                problems == 1 ? "problem" : "problems");
        against.problems().forEach(problem -> print(problem, out));
    }

    private static void print(Discrepancy problem, PrintStream out) {
        String where;
        if (problem.aggregateId() != null) {
            where = "%s sequence %d (global index %d)".formatted(problem.aggregateId(), problem.sequenceNumber(),
                    problem.position());
        } else if (problem.checkpoint() != null) {
            where = "checkpoint %d (position %s)".formatted(problem.checkpoint(), problem.position());
        } else {
            where = "position " + problem.position();
        }
        out.printf("%s: %s%n    %s%n    expected: %s%n    found:    %s%n", where, problem.problem(),
                problem.detail(), problem.expected(), problem.found() == null ? "(none)" : problem.found());
    }
}
