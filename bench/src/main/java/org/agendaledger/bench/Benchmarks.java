package org.agendaledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The benchmark suite: the packaged application under load through HTTP, on PostgreSQL and on H2, each figure a
 * ratio against what the same database does by itself in the same run. Prints a Markdown report and writes it,
 * with the machine's description, to {@code docs/benchmarks.md}. Every run is bounded in time and aims at 127.0.0.1.
 * On the first database measured, the command mix also runs with bcrypt-encoded users (production sign-in), with
 * the application's verified-credentials cache off and on, beside the {@code {noop}} figure of the same run. Each
 * change made for speed is measured in the same run too: a node with the change undone beside the node with it.
 */
public final class Benchmarks {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Each node of the sign-in comparison is warmed up this long before it is measured. */
    private static final Duration SIGN_IN_WARM_UP = Duration.ofSeconds(20);
    private static final int SAMPLES = 40;

    private final Settings settings;
    private final Report report;

    private Benchmarks(Settings settings) {
        this.settings = settings;
        this.report = new Report(settings);
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystem();
        Files.createDirectories(settings.work());
        Benchmarks benchmarks = new Benchmarks(settings);
        Instant started = Instant.now();
        boolean signInMeasured = false;
        for (String database : settings.databases()) {
            if (!database.equals("postgres") && !database.equals("h2")) {
                throw new IllegalArgumentException("bench.databases: postgres or h2, not " + database);
            }
            if (settings.runs("P1") || settings.runs("P4")) {
                Store store = database.equals("postgres") ? Store.postgres(settings) : Store.h2(settings);
                Load.Result atEight = benchmarks.measure(store);
                if (atEight != null && !signInMeasured) {
                    benchmarks.productionSignIn(store);
                    signInMeasured = true;
                }
            }
            if (settings.runs("P3")) {
                // a store of its own, filled for the rebuilds alone
                Store store = database.equals("postgres") ? Store.postgres(settings) : Store.h2(settings);
                new Rebuilds(settings, benchmarks.report, store).measure();
            }
            if (settings.runs("GROWTH")) {
                Store store = database.equals("postgres") ? Store.postgres(settings) : Store.h2(settings);
                new Growth(settings, benchmarks.report, store).measure();
            }
        }
        if (settings.runs("P6")) {
            benchmarks.embeddedDefault();
        }
        String markdown = benchmarks.report.markdown(Duration.between(started, Instant.now()));
        System.out.println(markdown);
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        Files.writeString(settings.output(), Report.keepingTheRest(settings.output(), markdown));
        System.out.println("Written to " + settings.output().toAbsolutePath());
    }

    /**
     * Every figure of one database, then the same figures on a node with the speed changes undone; the command
     * mix's throughput at 8 clients (null when P1 is not run), for the sign-in figure.
     */
    private Load.Result measure(Store store) throws Exception {
        RawInserts.prepare(store);
        Load.Result atEight = null;
        Figures after = new Figures();
        try (LedgerNode node = LedgerNode.start(settings, "node-" + store.name().toLowerCase(Locale.ROOT), store)) {
            if (settings.runs("P1")) {
                atEight = throughputAndLatency(store, node);
                after.atEight = atEight;
            }
            if (settings.runs("P4")) {
                // P5 and P4: a meeting with a long stream of events
                longStream(store, node, after);
            }
        }
        if (settings.runs("P1") && settings.runs("P4")) {
            undone(store, after);
        }
        return atEight;
    }

    /** What the changes for speed are measured by, on one node. */
    private static final class Figures {
        Load.Result atEight;
        Histogram onLong;
        Histogram onFresh;
        Histogram asOf;
        Histogram current;
    }

    /**
     * The changes for speed undone on a node of the same store: every processor one event a transaction (Axon's
     * default batch size), no snapshots (those of the long meeting deleted, none taken), no streams kept for
     * {@code asOf}; then the command mix at 8 clients, the long stream and {@code asOf} again, against the node
     * with them.
     */
    private void undone(Store store, Figures after) throws Exception {
        try (Connection connection = store.nodeStopped(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = 'long-meeting'");
        }
        List<String> options = new ArrayList<>(List.of("--agenda-ledger.snapshots.meeting-every=" + Integer.MAX_VALUE,
                "--agenda-ledger.history.kept-events=0"));
        for (String processor : PROCESSORS) {
            options.add("--axon.eventhandling.processors." + processor + ".batch-size=1");
        }
        Figures before = new Figures();
        String name = "node-" + store.name().toLowerCase(Locale.ROOT) + "-undone";
        try (LedgerNode node = LedgerNode.start(settings, name, store, options)) {
            log(store, "the changes undone: warming up for " + WARM_UP.toSeconds() + " s");
            checked(Load.closed(8, WARM_UP, client -> new CommandMix(node, client)), "warm-up, changes undone");
            log(store, "the changes undone: P1 with 8 clients");
            before.atEight = checked(Load.closed(8, settings.run(), c -> new CommandMix(node, c)),
                    "command mix, changes undone");
            log(store, "the changes undone: the long stream and asOf");
            samples(node.as("secretariat"), before);
        }
        report.changes(store, before.atEight, after.atEight, before.onLong, after.onLong, before.onFresh,
                after.onFresh, before.asOf, after.asOf, before.current, after.current);
    }

    /** Every processor of the application, by name. */
    private static final List<String> PROCESSORS = List.of("meeting-view", "bureau-view", "agenda-view",
            "silence-procedures", "decision-trail", "audit-log", "silence-procedure-process", "notices");

    /** P1 and P2, and the profile of the command mix; the command mix's throughput at 8 clients. */
    private Load.Result throughputAndLatency(Store store, LedgerNode node) throws Exception {
        log(store, "warming up for " + WARM_UP.toSeconds() + " s");
        checked(Load.closed(8, WARM_UP, client -> new CommandMix(node, client)), "warm-up");
        int[] sizes = eventSizes(store);
        checked(Load.closed(8, WARM_UP, client -> new RawInserts(store, sizes[0], sizes[1])), "raw warm-up");

        // P1: throughput at 1, 8 and 32 clients, each level against the raw insert at the same concurrency
        double appPeak = 0;
        double rawPeak = 0;
        Load.Result atEight = null;
        for (int clients : Settings.CLIENTS) {
            log(store, "P1 with " + clients + " clients");
            Load.Result app = checked(Load.closed(clients, settings.run(), c -> new CommandMix(node, c)),
                    "command mix");
            Load.Result raw = checked(Load.closed(clients, settings.run(),
                    c -> new RawInserts(store, sizes[0], sizes[1])), "raw insert");
            report.throughput(store, clients, app, raw);
            if (clients == 8) {
                atEight = app;
            }
            appPeak = Math.max(appPeak, app.perSecond());
            rawPeak = Math.max(rawPeak, raw.perSecond());
        }

        if (settings.profile()) {
            log(store, "profiling the command mix with 8 clients");
            Path recording = settings.work().resolve("node-" + store.name().toLowerCase(Locale.ROOT) + ".jfr");
            node.startRecording();
            Load.Result profiled = checked(Load.closed(8, settings.run(), c -> new CommandMix(node, c)),
                    "profiled command mix");
            node.stopRecording(recording);
            report.profile(store, profiled, Profile.markdown(recording));
        }

        // P2: latency at half the peak rate, each against its own half peak
        log(store, "P2 at half the peak rates");
        Load.Result app = checked(Load.open(32, appPeak / 2, settings.run(), c -> new CommandMix(node, c)),
                "command mix at half its peak");
        Load.Result raw = checked(Load.open(32, rawPeak / 2, settings.run(),
                c -> new RawInserts(store, sizes[0], sizes[1])), "raw insert at half its peak");
        report.latency(store, appPeak / 2, app, rawPeak / 2, raw);
        return atEight;
    }

    /**
     * Production sign-in: P1 at 8 clients with the users' passwords as given ({@code {noop}}), then bcrypt-encoded
     * with the verified-credentials cache off, then on, each on a node of its own on the same database afresh
     * after the same warm-up, so that the three differ only in how passwords are checked.
     */
    private void productionSignIn(Store measured) throws Exception {
        Map<UserPasswords, Load.Result> runs = new java.util.EnumMap<>(UserPasswords.class);
        for (UserPasswords passwords : UserPasswords.values()) {
            Store store = measured.fresh();
            String name = "node-" + store.name().toLowerCase(Locale.ROOT) + "-" + passwords.name()
                    .toLowerCase(Locale.ROOT).replace('_', '-');
            try (LedgerNode node = LedgerNode.start(settings, name, store, passwords)) {
                log(store, "production sign-in, " + passwords + ": warming up for " + SIGN_IN_WARM_UP.toSeconds()
                        + " s");
                checked(Load.closed(8, SIGN_IN_WARM_UP, client -> new CommandMix(node, client)), "sign-in warm-up");
                log(store, "production sign-in, " + passwords + ": P1 with 8 clients");
                runs.put(passwords, checked(Load.closed(8, settings.run(), c -> new CommandMix(node, c)),
                        "command mix, " + passwords));
            }
        }
        report.productionSignIn(measured, runs.get(UserPasswords.NOOP), runs.get(UserPasswords.BCRYPT_UNCACHED),
                runs.get(UserPasswords.BCRYPT_CACHED));
    }

    /** P5: a command on a meeting of many events against one on a fresh meeting; P4: asOf against current state. */
    private void longStream(Store store, LedgerNode node, Figures figures) throws SQLException {
        Api secretariat = node.as("secretariat");
        secretariat.post("/api/bureaus", Map.of("bureauId", "long-bureau", "name", "Bureau of the long stream"));
        secretariat.post("/api/meetings", CommandMix.plan("long-meeting", "long-bureau"));
        secretariat.post("/api/meetings", CommandMix.plan("fresh-meeting", "long-bureau"));
        log(store, "building a stream of " + settings.longStream() + " events");
        long building = System.nanoTime();
        for (int i = 1; i < settings.longStream(); i++) {
            setTopics(secretariat, "long-meeting", i);
            if (i % 1000 == 0) {
                log(store, i + " events");
            }
        }
        double buildSeconds = (System.nanoTime() - building) / 1e9;
        long stored = store.onPostgres() ? eventsOf(store, "long-meeting") : settings.longStream();
        samples(secretariat, figures);
        report.longStream(store, stored, buildSeconds, figures.onLong, figures.onFresh);
        report.asOf(store, stored, figures.asOf, figures.current);
    }

    /** A command on the long and on the fresh meeting, asOf and the current state of the long one: medians. */
    private static void samples(Api secretariat, Figures figures) {
        for (int i = 0; i < SAMPLES / 4; i++) {
            setTopics(secretariat, "long-meeting", i);
            setTopics(secretariat, "fresh-meeting", i);
        }
        figures.onLong = new Histogram(3);
        figures.onFresh = new Histogram(3);
        for (int i = 0; i < SAMPLES; i++) {
            figures.onLong.recordValue(timed(() -> setTopics(secretariat, "long-meeting", 0)));
            figures.onFresh.recordValue(timed(() -> setTopics(secretariat, "fresh-meeting", 0)));
        }
        figures.asOf = new Histogram(3);
        figures.current = new Histogram(3);
        for (int i = 0; i < SAMPLES / 4; i++) {
            secretariat.get("/api/meetings/long-meeting?asOf=" + Instant.now());
            secretariat.get("/api/meetings/long-meeting");
        }
        for (int i = 0; i < SAMPLES; i++) {
            String now = Instant.now().toString();
            figures.asOf.recordValue(timed(() -> secretariat.get("/api/meetings/long-meeting?asOf=" + now)));
            figures.current.recordValue(timed(() -> secretariat.get("/api/meetings/long-meeting")));
        }
    }

    static void setTopics(Api secretariat, String meetingId, int i) {
        secretariat.post("/api/meetings/" + meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", i % 2 == 0 ? "Non-punishment of victims" : "Joint investigations"))));
    }

    /** The starts of P6 of each way, taken in turns; their medians are reported. */
    static final int EMBEDDED_STARTS = 3;

    /**
     * P6: the embedded default as the README starts it, with the story: first page, memory, CPU at idle; beside it,
     * in turns, the same from the packaged jar alone ({@code java -jar}), the start before the class-data sharing
     * archive.
     */
    private void embeddedDefault() throws Exception {
        List<Start> readme = new ArrayList<>();
        List<Start> packagedJar = new ArrayList<>();
        double cpu = 0;
        Duration idle = Duration.ofSeconds(30);
        for (int i = 0; i < EMBEDDED_STARTS; i++) {
            try (LedgerNode node = LedgerNode.embeddedDefaultFromThePackagedJar(settings, dataDirectory(),
                    "embedded-default-jar-" + i)) {
                packagedJar.add(started(node));
            }
            try (LedgerNode node = LedgerNode.embeddedDefault(settings, dataDirectory(), "embedded-default-" + i)) {
                readme.add(started(node));
                if (i == EMBEDDED_STARTS - 1) {
                    double cpuBefore = Machine.cpuSeconds(node.pid());
                    Pause.of(idle);
                    cpu = (Machine.cpuSeconds(node.pid()) - cpuBefore) / idle.toSeconds();
                }
            }
        }
        report.embedded(Start.median(readme), Start.median(packagedJar), cpu, idle, EMBEDDED_STARTS);
    }

    private Path dataDirectory() {
        return settings.work().resolve("embedded-" + System.nanoTime());
    }

    /** The first page and readiness of a node just launched, and its resident memory 10 s after it is ready. */
    private Start started(LedgerNode node) throws Exception {
        long started = node.launchedAt();
        while (Api.probe(node.port(), "/login") != 200) {
            if (!node.alive()) {
                throw new IllegalStateException("The embedded default exited; see its log in " + settings.work());
            }
            if (System.nanoTime() - started > Duration.ofMinutes(4).toNanos()) {
                throw new IllegalStateException("The embedded default served no page within 4 minutes");
            }
            Pause.of(Duration.ofMillis(20));
        }
        double firstPage = (System.nanoTime() - started) / 1e9;
        node.awaitReady();
        double ready = (System.nanoTime() - started) / 1e9;
        Pause.of(Duration.ofSeconds(10));
        return new Start(firstPage, ready, Machine.residentMiB(node.pid()));
    }

    /** One start of the embedded default: seconds to the first page and to ready, MiB resident after the story. */
    record Start(double firstPage, double ready, double residentMiB) {

        static Start median(List<Start> starts) {
            return new Start(median(starts.stream().mapToDouble(Start::firstPage)),
                    median(starts.stream().mapToDouble(Start::ready)),
                    median(starts.stream().mapToDouble(Start::residentMiB)));
        }

        private static double median(java.util.stream.DoubleStream values) {
            double[] sorted = values.sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    /** The average payload and metadata sizes of the events the node stored (PostgreSQL), else those of the mix. */
    private int[] eventSizes(Store store) throws SQLException {
        if (!store.onPostgres()) {
            return report.eventSizes();
        }
        try (Connection connection = store.node();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT avg(octet_length(payload)), avg(octet_length(meta_data)), "
                        + "count(*) FROM domain_event_entry")) {
            row.next();
            int[] sizes = {(int) Math.round(row.getDouble(1)), (int) Math.round(row.getDouble(2))};
            report.eventSizes(sizes, row.getLong(3));
            return sizes;
        }
    }

    private static long eventsOf(Store store, String aggregate) throws SQLException {
        try (Connection connection = store.node();
                Statement sql = connection.createStatement();
                ResultSet row = sql
                        .executeQuery("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                                + aggregate + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return Math.max(1, (System.nanoTime() - start) / 1000);
    }

    static Load.Result checked(Load.Result result, String what) {
        if (result.failures() > 0) {
            throw new IllegalStateException(what + ": " + result.failures() + " of "
                    + (result.operations() + result.failures()) + " operations failed, e.g. " + result.firstErrors());
        }
        if (result.operations() == 0) {
            throw new IllegalStateException(what + ": no operation completed");
        }
        return result;
    }

    private static void log(Store store, String message) {
        System.out.printf("[bench %s %s] %s%n", Instant.now(), store.name(), message);
    }

    static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        return row;
    }
}
