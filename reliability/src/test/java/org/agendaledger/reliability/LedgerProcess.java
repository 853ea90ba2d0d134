package org.agendaledger.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agendaledger.app.ApiClient;

/**
 * The packaged application running as a process of its own, as an operator runs it: started with {@code java -jar},
 * ready when {@code /actuator/health/readiness} says so, stopped gracefully or killed with {@code SIGKILL}. Its
 * output goes to a log file of its own under {@code target/reliability}. Every process uses the same users as the
 * application's integration tests (password {@code it-secret}), on the embedded store or on PostgreSQL.
 */
final class LedgerProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("reliability.app.jar", "../app/target/app-0.1.0-SNAPSHOT.jar"));
    static final Path WORK = Path.of(System.getProperty("reliability.work", "target/reliability"));
    private static final Duration START_PATIENCE = Duration.ofSeconds(240);
    private static final String[][] USERS = {
            {"secretariat", "SECRETARIAT", null}, {"auditor", "AUDITOR", null},
            {"member-a", "BUREAU_MEMBER", "member-a"}, {"member-b", "BUREAU_MEMBER", "member-b"},
            {"member-c", "BUREAU_MEMBER", "member-c"}};

    /** Where a node keeps its events: a directory of H2 files, or a schema of the PostgreSQL database. */
    record Store(String h2Directory, String postgresSchema) {

        static Store embedded(String name) {
            return new Store(WORK.resolve(name).toAbsolutePath().toString(), null);
        }

        static Store postgres(String schema) {
            return new Store(null, schema);
        }

        boolean onPostgres() {
            return postgresSchema != null;
        }
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private LedgerProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on the store, with any further {@code --property=value} arguments, and waits until it is ready. */
    static LedgerProcess start(String name, Store store, String... arguments) throws IOException {
        LedgerProcess node = launch(name, store, arguments);
        node.awaitReady();
        return node;
    }

    /** Starts a node without waiting for it. */
    static LedgerProcess launch(String name, Store store, String... arguments) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("The application is not packaged at " + JAR.toAbsolutePath()
                    + ": run the suite with mvn -B -Preliability verify");
        }
        Files.createDirectories(WORK);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--agenda-ledger.silence.minimum-period=PT2S",
                "--agenda-ledger.deadlines.polling-interval=PT0.2S", "--agenda-ledger.story.enabled=false"));
        if (store.onPostgres()) {
            command.add("--spring.profiles.active=postgres");
            command.add("--spring.datasource.url=" + Postgres.url(store.postgresSchema()));
            command.add("--spring.flyway.schemas=" + store.postgresSchema());
            command.add("--spring.flyway.default-schema=" + store.postgresSchema());
        } else {
            command.add("--agenda-ledger.data-dir=" + store.h2Directory());
        }
        for (int i = 0; i < USERS.length; i++) {
            command.add("--agenda-ledger.security.users[%d].username=%s".formatted(i, USERS[i][0]));
            command.add("--agenda-ledger.security.users[%d].password={noop}%s".formatted(i, ApiClient.PASSWORD));
            command.add("--agenda-ledger.security.users[%d].role=%s".formatted(i, USERS[i][1]));
            if (USERS[i][2] != null) {
                command.add("--agenda-ledger.security.users[%d].member-id=%s".formatted(i, USERS[i][2]));
            }
        }
        command.addAll(List.of(arguments));
        Path log = WORK.resolve(name + "-" + Instant.now().toEpochMilli() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new LedgerProcess(name, port, builder.start(), log);
    }

    int port() {
        return port;
    }

    ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until readiness says UP: migrations, and every read model caught up with the store. */
    void awaitReady() {
        Instant until = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (ApiClient.anonymous(port).get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // not listening yet
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not ready within " + START_PATIENCE + "; see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no graceful anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name + " on port " + port;
    }
}
