package org.agendaledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a run measures, from system properties: {@code bench.seconds} (each measured run), {@code bench.long-stream}
 * (the events of the long stream), {@code bench.databases} ({@code postgres}, {@code h2} or both), where the
 * report goes ({@code bench.output}) and whether a run of the command mix is profiled ({@code bench.profile}). PostgreSQL is reached as the {@code postgres} profile reaches it, through
 * {@code AGENDA_LEDGER_DB_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD} (default 127.0.0.1:5432, user
 * postgres); the benchmark creates its own database, {@code agenda_ledger_bench}, and drops it first.
 */
record Settings(Path jar, Path work, Duration run, int longStream, List<String> databases, Path output,
                boolean profile, String pgHost, int pgPort, String pgUser, String pgPassword) {

    static final List<Integer> CLIENTS = List.of(1, 8, 32);
    static final String BENCH_DATABASE = "agenda_ledger_bench";

    static Settings fromSystem() {
        return new Settings(Path.of(required("bench.jar")), Path.of(System.getProperty("bench.work", "target/bench")),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 20)),
                Integer.getInteger("bench.long-stream", 10_000),
                Arrays.stream(System.getProperty("bench.databases", "postgres,h2").split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList(),
                Path.of(System.getProperty("bench.output", "docs/benchmarks.md")),
                Boolean.parseBoolean(System.getProperty("bench.profile", "true")),
                env("AGENDA_LEDGER_DB_HOST", "127.0.0.1"), Integer.parseInt(env("AGENDA_LEDGER_DB_PORT", "5432")),
                env("AGENDA_LEDGER_DB_USER", "postgres"), env("AGENDA_LEDGER_DB_PASSWORD", ""));
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
