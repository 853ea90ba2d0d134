package org.agendaledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a run measures, from system properties: {@code bench.seconds} (each measured run), {@code bench.long-stream}
 * (the events of the long stream), {@code bench.databases} ({@code postgres}, {@code h2} or both), where the
 * report goes ({@code bench.output}), whether a run of the command mix is profiled ({@code bench.profile}), which
 * parts run ({@code bench.parts}: {@code P1} and {@code P2} together, {@code P3}, {@code P4} and {@code P5}
 * together, {@code P6}, {@code growth}; default all), the sizes of the store the growth series measures at
 * ({@code bench.growth-events}, a list, default 1 000, 10 000, 100 000 and 1 000 000) and, for P3, the sizes of the store rebuilt ({@code bench.rebuild-events}, a
 * list, default 100 000), the meetings driven through HTTP before they are copied
 * ({@code bench.rebuild-seed-meetings}), the longest a rebuild is waited on ({@code bench.rebuild-limit}, seconds)
 * and the longest a rebuild by Axon's default tracking processor is ({@code bench.rebuild-baseline-limit}, seconds).
 * PostgreSQL is reached as the {@code postgres} profile reaches it, through
 * {@code AGENDA_LEDGER_DB_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD} (default 127.0.0.1:5432, user
 * postgres); the benchmark creates its own database, {@code agenda_ledger_bench}, and drops it first.
 */
record Settings(Path jar, Path work, Duration run, int longStream, List<String> databases, Path output,
                boolean profile, List<String> parts, List<Long> rebuildEvents, int rebuildSeedMeetings,
                Duration rebuildLimit, Duration rebuildBaselineLimit, List<Long> growthEvents, String pgHost,
                int pgPort, String pgUser,
                String pgPassword) {

    static final List<Integer> CLIENTS = List.of(1, 8, 32);
    static final String BENCH_DATABASE = "agenda_ledger_bench";

    static Settings fromSystem() {
        return new Settings(Path.of(required("bench.jar")), Path.of(System.getProperty("bench.work", "target/bench")),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 20)),
                Integer.getInteger("bench.long-stream", 10_000),
                list("bench.databases", "postgres,h2"),
                Path.of(System.getProperty("bench.output", "docs/benchmarks.md")),
                Boolean.parseBoolean(System.getProperty("bench.profile", "true")),
                list("bench.parts", "P1,P2,P3,P4,P5,P6,GROWTH").stream().map(p -> p.toUpperCase(java.util.Locale.ROOT))
                        .toList(),
                list("bench.rebuild-events", "100000").stream().map(n -> Long.parseLong(n.replace("_", "")))
                        .sorted().toList(),
                Integer.getInteger("bench.rebuild-seed-meetings", 240),
                Duration.ofSeconds(Integer.getInteger("bench.rebuild-limit", 600)),
                Duration.ofSeconds(Integer.getInteger("bench.rebuild-baseline-limit", 60)),
                list("bench.growth-events", "1000,10000,100000,1000000").stream()
                        .map(n -> Long.parseLong(n.replace("_", ""))).sorted().toList(),
                env("AGENDA_LEDGER_DB_HOST", "127.0.0.1"), Integer.parseInt(env("AGENDA_LEDGER_DB_PORT", "5432")),
                env("AGENDA_LEDGER_DB_USER", "postgres"), env("AGENDA_LEDGER_DB_PASSWORD", ""));
    }

    /** Whether the part runs ({@code P1} … {@code P6}); P1 and P2 run together, as do P4 and P5. */
    boolean runs(String part) {
        return switch (part) {
            case "P1", "P2" -> parts.contains("P1") || parts.contains("P2");
            case "P4", "P5" -> parts.contains("P4") || parts.contains("P5");
            default -> parts.contains(part);
        };
    }

    String postgresUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The system property " + property + " is required");
        }
        return value;
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
