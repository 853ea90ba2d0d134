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
 */
public final class Benchmarks {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
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
        for (String database : settings.databases()) {
            if (!database.equals("postgres") && !database.equals("h2")) {
                throw new IllegalArgumentException("bench.databases: postgres or h2, not " + database);
            }
            if (settings.runs("P1") || settings.runs("P4")) {
                benchmarks.measure(database.equals("postgres") ? Store.postgres(settings) : Store.h2(settings));
            }
            if (settings.runs("P3")) {
                // a store of its own, filled for the rebuilds alone
                Store store = database.equals("postgres") ? Store.postgres(settings) : Store.h2(settings);
                new Rebuilds(settings, benchmarks.report, store).measure();
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

    private void measure(Store store) throws Exception {
        RawInserts.prepare(store);
        try (LedgerNode node = LedgerNode.start(settings, "node-" + store.name().toLowerCase(Locale.ROOT), store)) {
            if (settings.runs("P1")) {
                throughputAndLatency(store, node);
            }
            if (settings.runs("P4")) {
                // P5 and P4: a meeting with a long stream of events
                longStream(store, node);
            }
        }
    }

    /** P1 and P2, and the profile of the command mix. */
    private void throughputAndLatency(Store store, LedgerNode node) throws Exception {
        log(store, "warming up for " + WARM_UP.toSeconds() + " s");
        checked(Load.closed(8, WARM_UP, client -> new CommandMix(node, client)), "warm-up");
        int[] sizes = eventSizes(store);
        checked(Load.closed(8, WARM_UP, client -> new RawInserts(store, sizes[0], sizes[1])), "raw warm-up");

        // P1: throughput at 1, 8 and 32 clients, each level against the raw insert at the same concurrency
        double appPeak = 0;
        double rawPeak = 0;
        for (int clients : Settings.CLIENTS) {
            log(store, "P1 with " + clients + " clients");
            Load.Result app = checked(Load.closed(clients, settings.run(), c -> new CommandMix(node, c)),
                    "command mix");
            Load.Result raw = checked(Load.closed(clients, settings.run(),
                    c -> new RawInserts(store, sizes[0], sizes[1])), "raw insert");
            report.throughput(store, clients, app, raw);
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
    }

    /** P5: a command on a meeting of many events against one on a fresh meeting; P4: asOf against current state. */
    private void longStream(Store store, LedgerNode node) throws SQLException {
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
        for (int i = 0; i < SAMPLES / 4; i++) {
            setTopics(secretariat, "long-meeting", i);
            setTopics(secretariat, "fresh-meeting", i);
        }
        Histogram onLong = new Histogram(3);
        Histogram onFresh = new Histogram(3);
        for (int i = 0; i < SAMPLES; i++) {
            onLong.recordValue(timed(() -> setTopics(secretariat, "long-meeting", 0)));
            onFresh.recordValue(timed(() -> setTopics(secretariat, "fresh-meeting", 0)));
        }
        report.longStream(store, stored, buildSeconds, onLong, onFresh);

        Histogram asOf = new Histogram(3);
        Histogram current = new Histogram(3);
        for (int i = 0; i < SAMPLES / 4; i++) {
            secretariat.get("/api/meetings/long-meeting?asOf=" + Instant.now());
            secretariat.get("/api/meetings/long-meeting");
        }
        for (int i = 0; i < SAMPLES; i++) {
            String now = Instant.now().toString();
            asOf.recordValue(timed(() -> secretariat.get("/api/meetings/long-meeting?asOf=" + now)));
            current.recordValue(timed(() -> secretariat.get("/api/meetings/long-meeting")));
        }
        report.asOf(store, stored, asOf, current);
    }

    private static void setTopics(Api secretariat, String meetingId, int i) {
        secretariat.post("/api/meetings/" + meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", i % 2 == 0 ? "Non-punishment of victims" : "Joint investigations"))));
    }

    /** P6: the embedded default as the README starts it, with the story: first page, memory, CPU at idle. */
    private void embeddedDefault() throws Exception {
        Path data = settings.work().resolve("embedded-" + System.currentTimeMillis());
        long started = System.nanoTime();
        try (LedgerNode node = LedgerNode.embeddedDefault(settings, data)) {
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
            double resident = Machine.residentMiB(node.pid());
            double cpuBefore = Machine.cpuSeconds(node.pid());
            Duration idle = Duration.ofSeconds(30);
            Pause.of(idle);
            double cpu = (Machine.cpuSeconds(node.pid()) - cpuBefore) / idle.toSeconds();
            report.embedded(firstPage, ready, resident, cpu, idle);
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

    private static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return Math.max(1, (System.nanoTime() - start) / 1000);
    }

    private static Load.Result checked(Load.Result result, String what) {
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
