package org.agendaledger.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * P3: the rebuild of each read model, and of all at once, through {@code POST /api/admin/projections/{name}/rebuild},
 * over a store of a given size ({@link StoreCopies}), timed from the request until the status says the read model
 * has replayed the history as it stood then. Beside it, in the same run on the same store: a raw sequential JDBC
 * read of the event table with the fetch size the storage engine reads the processors' events with, and the same
 * rebuild by Axon's default tracking processor (one thread, one segment, batch size 1), which a node started with
 * {@code axon.eventhandling.processors.<name>.*} options runs instead of the application's pooled processors. A
 * rebuild not caught up within its limit is stopped (the node is stopped, the tokens set at the head) and reported
 * with its rate over the last three quarters of the limit.
 */
final class Rebuilds {

    /**
     * The rows the JDBC storage engine fetches per query when a processor reads the stream: its {@code batchSize},
     * which the application leaves at Axon's default.
     */
    static final int FETCH_SIZE = 100;
    static final String ALL = "all at once";
    private static final Duration POLL = Duration.ofMillis(100);
    /** No audit checkpoint is written during the measurement: it would verify every copied event once, after start. */
    private static final List<String> OPTIONS = List.of("--agenda-ledger.audit.checkpoint.enabled=false");

    /** One rebuild: how many events it replayed, over how long, and whether it caught up with the head. */
    record Outcome(String readModel, long events, double seconds, boolean caughtUp, double perSecond) {
    }

    private final Settings settings;
    private final Report report;
    private final Store store;
    private int nodes;

    Rebuilds(Settings settings, Report report, Store store) {
        this.settings = settings;
        this.report = report;
        this.store = store;
    }

    void measure() throws Exception {
        List<String> readModels;
        try (LedgerNode node = node(List.of())) {
            seed(node);
            readModels = caughtUp(node);
        }
        settle(store, () -> node(List.of()), this::log);
        if (!new LinkedHashSet<>(readModels).equals(StoreCopies.TABLES.keySet())) {
            throw new IllegalStateException("The read models are " + readModels + ", the benchmark knows the tables of "
                    + StoreCopies.TABLES.keySet());
        }
        StoreCopies copies = StoreCopies.of(store);
        log("the seed: " + copies.seedEvents() + " events, rows " + copies.seedRows() + ", segments "
                + copies.segments());
        for (long size : settings.rebuildEvents()) {
            copies.growTo(size);
            long events = copies.events();
            log(events + " events stored (" + copies.copies() + " times the seed), copied in "
                    + Math.round(copies.copySeconds()) + " s");
            copies.tokensAtHead(Set.of());
            double raw = copies.rawRead(FETCH_SIZE);
            log("raw read: " + Math.round(raw) + " events/s");

            Map<String, Outcome> rebuilt = new LinkedHashMap<>();
            LedgerNode node = node(OPTIONS);
            try {
                for (String readModel : readModels) {
                    Outcome outcome = rebuild(node, List.of(readModel), events, settings.rebuildLimit());
                    rebuilt.put(readModel, outcome);
                    node = afterwards(node, outcome, copies, Set.of(), OPTIONS);
                }
                rebuilt.put(ALL, rebuild(node, readModels, events, settings.rebuildLimit()));
            } finally {
                node.close();
            }
            String checked;
            if (rebuilt.get(ALL).caughtUp()) {
                List<String> wrong = copies.mismatches();
                if (!wrong.isEmpty()) {
                    throw new IllegalStateException("After rebuilding every read model over " + events
                            + " events, the read models do not hold the copies' rows: " + wrong);
                }
                checked = "checked: after the rebuild of all at once every table of the read models held its seed's "
                        + "rows times " + copies.copies() + " (" + copies.seedRows() + " for the seed)";
            } else {
                checked = "not checked: the rebuild of all at once did not catch up within the limit";
            }
            log(checked);

            Map<String, Outcome> tracking = new LinkedHashMap<>();
            List<String> trackingOptions = new ArrayList<>(OPTIONS);
            for (String readModel : readModels) {
                String prefix = "--axon.eventhandling.processors." + readModel + ".";
                trackingOptions.addAll(List.of(prefix + "mode=tracking", prefix + "batch-size=1",
                        prefix + "thread-count=1", prefix + "initial-segment-count=1"));
            }
            Set<String> oneSegment = Set.copyOf(readModels);
            copies.tokensAtHead(oneSegment);
            node = node(trackingOptions);
            try {
                for (String readModel : readModels) {
                    Outcome outcome = rebuild(node, List.of(readModel), events, settings.rebuildBaselineLimit());
                    tracking.put(readModel, outcome);
                    node = afterwards(node, outcome, copies, oneSegment, trackingOptions);
                }
                tracking.put(ALL, rebuild(node, readModels, events, settings.rebuildBaselineLimit()));
            } finally {
                node.close();
            }
            report.rebuilds(store, events, rebuilt, raw, tracking, copies, checked);
        }
    }

    /** A timed-out rebuild goes on in its node: stopped, its tokens at the head, the node started again. */
    private LedgerNode afterwards(LedgerNode node, Outcome outcome, StoreCopies copies, Set<String> oneSegment,
                                  List<String> options)
            throws Exception {
        if (outcome.caughtUp()) {
            return node;
        }
        node.close();
        copies.tokensAtHead(oneSegment);
        return node(options);
    }

    /** A few hundred meetings of the command mix through HTTP, from 8 clients. */
    private void seed(LedgerNode node) throws Exception {
        log("seeding " + drive(node, settings.rebuildSeedMeetings()) + " meetings of the command mix");
    }

    /** About that many meetings of the command mix through HTTP (a multiple of 8), from 8 clients; how many. */
    static int drive(LedgerNode node, int wanted) throws Exception {
        int clients = 8;
        int meetings = Math.max(1, wanted / clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    CommandMix mix = new CommandMix(node, client);
                    for (int i = 0; i < meetings * CommandMix.COMMANDS_PER_MEETING; i++) {
                        mix.run();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return meetings * clients;
    }

    /** Something that starts a node of the benchmark. */
    interface Starter {
        LedgerNode start() throws IOException;
    }

    /**
     * Starts a node again, and waits until its read models have caught up, for as long as the stopped store has
     * notices left to do (at most 20 times): the seed is then what every later node finds, and only copies change it.
     */
    static void settle(Store store, Starter starter, Consumer<String> log) throws Exception {
        for (int round = 0; round < 20; round++) {
            long pending = StoreCopies.pendingNotices(store);
            if (pending == 0) {
                return;
            }
            log.accept(pending + " notices of the seed still to send or to prove: a node again until they are done");
            try (LedgerNode node = starter.start()) {
                Pause.of(Duration.ofSeconds(5));
                caughtUp(node);
            }
        }
        throw new IllegalStateException("The seed's notices were still not all sent and proved after 20 starts");
    }

    /** Waits until every read model is up to date with a head that stays put; their names. */
    static List<String> caughtUp(LedgerNode node) {
        Api secretariat = node.as("secretariat");
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long steadyHead = -1;
        while (System.nanoTime() < until) {
            JsonNode all = secretariat.get("/api/admin/projections");
            List<String> names = new ArrayList<>();
            boolean upToDate = true;
            long head = -1;
            for (JsonNode readModel : all) {
                names.add(readModel.get("readModel").asString());
                upToDate &= "UP_TO_DATE".equals(readModel.get("state").asString());
                head = readModel.get("head").asLong();
            }
            if (upToDate && head == steadyHead) {
                return names;
            }
            steadyHead = upToDate ? head : -1;
            Pause.of(Duration.ofSeconds(2));
        }
        throw new IllegalStateException("The read models did not catch up with the seed within 5 minutes");
    }

    /** Rebuilds the read models named, all at once, and waits until each has caught up or the limit has passed. */
    private Outcome rebuild(LedgerNode node, List<String> readModels, long events, Duration limit) {
        return rebuild(node, readModels, events, limit, this::log);
    }

    /**
     * Rebuilds the read models named, all at once, over a store of that many events, and waits until each has
     * caught up or the limit has passed.
     */
    static Outcome rebuild(LedgerNode node, List<String> readModels, long events, Duration limit,
                           Consumer<String> log) {
        Api secretariat = node.as("secretariat");
        String label = readModels.size() == 1 ? readModels.get(0) : ALL;
        log.accept("rebuilding " + label + " over " + events + " events");
        long started = System.nanoTime();
        for (String readModel : readModels) {
            secretariat.post("/api/admin/projections/" + readModel + "/rebuild", null);
        }
        Set<String> pending = new LinkedHashSet<>(readModels);
        double slowest = 0;
        // where the slowest stood after the first quarter of the limit: the rate of a rebuild cut off is taken
        // from there, past the start of the node's and the processor's work
        long quarterAt = 0;
        double quarter = 0;
        while (!pending.isEmpty() && System.nanoTime() - started < limit.toNanos()) {
            if (quarterAt == 0 && System.nanoTime() - started >= limit.toNanos() / 4) {
                quarterAt = System.nanoTime();
                quarter = slowest;
            }
            Pause.of(POLL);
            slowest = 1;
            for (String readModel : List.copyOf(pending)) {
                JsonNode status = secretariat.get("/api/admin/projections/" + readModel + "/rebuild");
                String state = status.get("state").asString();
                if ("FAILED".equals(state)) {
                    throw new IllegalStateException("The rebuild of " + readModel + " failed: " + status);
                }
                if ("UP_TO_DATE".equals(state)) {
                    pending.remove(readModel);
                } else {
                    long head = Math.max(1, status.get("head").asLong());
                    slowest = Math.min(slowest, (double) status.get("position").asLong() / head);
                }
            }
        }
        long ended = System.nanoTime();
        double seconds = (ended - started) / 1e9;
        boolean caughtUp = pending.isEmpty();
        double perSecond = caughtUp || quarterAt == 0 ? events * (caughtUp ? 1 : slowest) / seconds
                : events * (slowest - quarter) / ((ended - quarterAt) / 1e9);
        Outcome outcome = new Outcome(label, events, seconds, caughtUp, perSecond);
        log.accept("%s: %s in %.1f s, %.0f events/s".formatted(label, caughtUp ? "caught up" : "NOT caught up", seconds,
                outcome.perSecond()));
        return outcome;
    }

    private LedgerNode node(List<String> options) throws IOException {
        return LedgerNode.start(settings, "rebuild-" + store.name().toLowerCase(Locale.ROOT) + "-" + nodes++, store,
                options);
    }

    private void log(String message) {
        System.out.printf("[bench %s %s] P3 %s%n", Instant.now(), store.name(), message);
    }
}
