package org.agendaledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as an operator runs it ({@code java -jar}), on PostgreSQL or on its embedded H2 files,
 * with the benchmark's users: the secretariat and one Bureau member per load client ({@code member-0} …), all with
 * the password {@value #PASSWORD}, stored as given ({noop}) so that the load measures the commands, not the
 * password hash; or encoded with bcrypt for the production sign-in figure ({@link UserPasswords}).
 */
final class LedgerNode implements AutoCloseable {

    static final String PASSWORD = "bench-secret";
    static final int MEMBERS = 32;
    private static final Duration START_PATIENCE = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long launchedAt;

    private LedgerNode(String name, int port, Process process, Path log, long launchedAt) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    /** A node of the benchmark: no story, the given store, its users with their passwords as given. */
    static LedgerNode start(Settings settings, String name, Store store) throws IOException {
        return start(settings, name, store, UserPasswords.NOOP, List.of());
    }

    /** A node of the benchmark with further options of the application ({@code --name=value}). */
    static LedgerNode start(Settings settings, String name, Store store, List<String> options) throws IOException {
        return start(settings, name, store, UserPasswords.NOOP, options);
    }

    /** A node of the benchmark: no story, the given store, its users with their passwords stored and checked so. */
    static LedgerNode start(Settings settings, String name, Store store, UserPasswords passwords)
            throws IOException {
        return start(settings, name, store, passwords, List.of());
    }

    /** A node of the benchmark: its users' passwords as given, and further options of the application. */
    static LedgerNode start(Settings settings, String name, Store store, UserPasswords passwords,
                            List<String> options)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--agenda-ledger.story.enabled=false"));
        arguments.addAll(store.arguments());
        arguments.addAll(passwords.options());
        arguments.add("--agenda-ledger.security.users[0].username=secretariat");
        arguments.add("--agenda-ledger.security.users[0].password=" + passwords.encoded(PASSWORD));
        arguments.add("--agenda-ledger.security.users[0].role=SECRETARIAT");
        for (int i = 0; i < MEMBERS; i++) {
            String prefix = "--agenda-ledger.security.users[%d].".formatted(i + 1);
            arguments.add(prefix + "username=member-" + i);
            arguments.add(prefix + "password=" + passwords.encoded(PASSWORD));
            arguments.add(prefix + "role=BUREAU_MEMBER");
            arguments.add(prefix + "member-id=member-" + i);
        }
        arguments.addAll(options);
        LedgerNode node = launch(settings, name, List.of("-Xmx1g"), arguments);
        node.awaitReady();
        return node;
    }

    /**
     * The embedded default exactly as the README starts it (the extracted jar with its class-data sharing archive):
     * no options but the port and the data directory.
     */
    static LedgerNode embeddedDefault(Settings settings, Path dataDirectory, String name) throws IOException {
        Path start = settings.jar().toAbsolutePath().getParent().resolve("application");
        Path archive = start.resolve("agenda-ledger.jsa");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No class-data sharing archive at " + archive
                    + ": the package phase writes it unless -Dcds.skip=true");
        }
        return launch(settings, name, start.resolve("agenda-ledger.jar"), List.of("-XX:SharedArchiveFile=" + archive),
                List.of("--agenda-ledger.data-dir=" + dataDirectory.toAbsolutePath()));
    }

    /** The embedded default started from the packaged jar alone ({@code java -jar app.jar}), without the archive. */
    static LedgerNode embeddedDefaultFromThePackagedJar(Settings settings, Path dataDirectory, String name)
            throws IOException {
        return launch(settings, name, settings.jar(), List.of(),
                List.of("--agenda-ledger.data-dir=" + dataDirectory.toAbsolutePath()));
    }

    private static LedgerNode launch(Settings settings, String name, List<String> jvmOptions, List<String> arguments)
            throws IOException {
        return launch(settings, name, settings.jar(), jvmOptions, arguments);
    }

    private static LedgerNode launch(Settings settings, String name, Path jar, List<String> jvmOptions,
                                     List<String> arguments)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The application is not packaged at " + jar.toAbsolutePath()
                    + ": run mvn -B -Pbench -DskipTests verify from the project's root");
        }
        Files.createDirectories(settings.work());
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        Path log = settings.work().resolve(name + ".log");
        long launchedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new LedgerNode(name, port, process, log, launchedAt);
    }

    /** When the process was launched, by {@link System#nanoTime()}. */
    long launchedAt() {
        return launchedAt;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the Java Flight Recorder in the node (its profiling settings), through jcmd. */
    void startRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile");
    }

    /** Stops the recording and writes it to the file. */
    void stopRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=bench", "filename=" + file.toAbsolutePath());
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    Api as(String username) {
        return new Api(port, username, PASSWORD);
    }

    /** Waits until readiness says UP: migrations done, the story told if it is told, every read model caught up. */
    void awaitReady() {
        long until = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Api.probe(port, "/actuator/health/readiness") == 200) {
                return;
            }
            Pause.of(Duration.ofMillis(50));
        }
        throw new IllegalStateException(name + " was not ready within " + START_PATIENCE + "; see " + log);
    }

    /**
     * How long each audit checkpoint the node wrote took, in milliseconds, in the order written, as its log says
     * ({@code Checkpoint n at position p: … (t ms)}).
     */
    List<Long> checkpointMillis() throws IOException {
        java.util.regex.Pattern written = java.util.regex.Pattern
                .compile("Checkpoint \\d+ at position \\d+: .* \\((\\d+) ms\\)");
        try (var lines = Files.lines(log)) {
            return lines.map(written::matcher).filter(java.util.regex.Matcher::find)
                    .map(match -> Long.parseLong(match.group(1))).toList();
        }
    }

    /** Fails if the node's log holds an error logged by that class (its simple name), quoting the first. */
    void requireNoErrorLogged(String logger) throws IOException {
        try (var lines = Files.lines(log)) {
            lines.filter(line -> line.contains(" ERROR ") && line.contains("." + logger)).findFirst()
                    .ifPresent(line -> {
                        throw new IllegalStateException(name + " logged an error: " + line + "; see " + log);
                    });
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
