package org.agendaledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * Growth: P1, P3 and P4 on one store as it grows from about 1 000 to about 1 000 000 events
 * ({@code bench.growth-events}), each figure against the same figure at the smallest size, in the same run. The
 * store starts as a seed driven through HTTP (meetings of the command mix and one meeting of
 * {@value #MEETING_EVENTS} events for {@code asOf}) and grows by faithful copies of that seed ({@link StoreCopies})
 * with the node stopped; at each size a node of its own first waits until the audit checkpoints cover the copies
 * (their catch-up, work that grows with the events added), then measures after a warm-up: {@code asOf} on the
 * meeting of {@value #MEETING_EVENTS} events and its current state (P4), the command mix at 8 clients (P1), and the
 * rebuild of {@value #READ_MODEL} over the whole store (P3, events/s). None of this work grows with the store: the
 * meeting is the same, a command touches its own aggregates, a rebuild handles each event once.
 */
final class Growth {

    static final String MEETING = "growth-meeting";
    static final int MEETING_EVENTS = 200;
    static final String READ_MODEL = "meeting-view";
    static final int SEED_MEETINGS = 56;
    /** A checkpoint covers a head observed this long ago: the copies are covered seconds after the start. */
    static final List<String> OPTIONS = List.of("--agenda-ledger.audit.checkpoint.settle-margin=PT5S");
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration CHECKPOINT_PATIENCE = Duration.ofMinutes(10);
    private static final int SAMPLES = 40;

    /**
     * The figures at one size of the store: the checkpoints' catch-up, the checkpoints written during the
     * measurement (milliseconds each), P4, P1 and P3 (null in the measurement with the full check at every
     * checkpoint, which measures P1 and the checkpoints only).
     */
    record Level(long events, double checkpointSeconds, List<Long> checkpointMillis, Histogram asOf,
                 Histogram current, Load.Result mix, Rebuilds.Outcome rebuild) {
    }

    /** The checkpoints' change measured undone: the stream heads read from the whole store at every checkpoint. */
    static final String FULL_CHECK_EVERY_TIME = "--agenda-ledger.audit.checkpoint.full-check-every=PT0S";

    private final Settings settings;
    private final Report report;
    private final Store store;
    private int nodes;

    Growth(Settings settings, Report report, Store store) {
        this.settings = settings;
        this.report = report;
        this.store = store;
    }

    void measure() throws Exception {
        try (LedgerNode node = node()) {
            Api secretariat = node.as("secretariat");
            secretariat.post("/api/bureaus", java.util.Map.of("bureauId", "growth-bureau", "name",
                    "Bureau of the growing store"));
            secretariat.post("/api/meetings", CommandMix.plan(MEETING, "growth-bureau"));
            for (int i = 1; i < MEETING_EVENTS; i++) {
                Benchmarks.setTopics(secretariat, MEETING, i);
            }
            log("seeding " + Rebuilds.drive(node, SEED_MEETINGS) + " meetings of the command mix");
            Rebuilds.caughtUp(node);
        }
        Rebuilds.settle(store, this::node, this::log);
        StoreCopies copies = StoreCopies.of(store);
        log("the seed: " + copies.seedEvents() + " events");
        List<Level> levels = new ArrayList<>();
        for (long size : settings.growthEvents()) {
            long events = copies.growNearTo(size);
            copies.tokensAtHead(Set.of());
            log(events + " events stored (" + copies.copies() + " times the seed and the events of the runs "
                    + "before), copied in " + Math.round(copies.copySeconds()) + " s so far");
            levels.add(level(events, List.of(), true));
        }
        log("the largest store again, the stream heads read from the whole store at every checkpoint");
        Level undone = level(copies.storedEvents(), List.of(FULL_CHECK_EVERY_TIME), false);
        report.growth(store, levels, undone, copies.seedEvents());
    }

    /** The figures on a node of a store of that many events: every one, or P1 and the checkpoints only. */
    private Level level(long events, List<String> options, boolean every) throws Exception {
        try (LedgerNode node = node(options)) {
            Api secretariat = node.as("secretariat");
            long head = head(secretariat);
            double checkpoint = checkpointCovers(secretariat, head);
            int catchUp = node.checkpointMillis().size();
            log("the audit checkpoints cover the " + head + " events in " + Math.round(checkpoint) + " s; warming up");
            Benchmarks.checked(Load.closed(8, WARM_UP, client -> new CommandMix(node, client)), "growth, warm-up");
            if (!every) {
                Load.Result mix = Benchmarks.checked(
                        Load.closed(8, settings.run(), client -> new CommandMix(node, client)),
                        "growth, command mix");
                List<Long> written = node.checkpointMillis();
                return new Level(events, checkpoint, written.subList(catchUp, written.size()), null, null, mix, null);
            }
            Histogram asOf = new Histogram(3);
            Histogram current = new Histogram(3);
            for (int i = 0; i < SAMPLES / 4; i++) {
                secretariat.get("/api/meetings/" + MEETING + "?asOf=" + Instant.now());
                secretariat.get("/api/meetings/" + MEETING);
            }
            for (int i = 0; i < SAMPLES; i++) {
                String now = Instant.now().toString();
                asOf.recordValue(Benchmarks.timed(() -> secretariat.get("/api/meetings/" + MEETING + "?asOf=" + now)));
                current.recordValue(Benchmarks.timed(() -> secretariat.get("/api/meetings/" + MEETING)));
            }
            log("P1 with 8 clients");
            Load.Result mix = Benchmarks.checked(Load.closed(8, settings.run(), client -> new CommandMix(node, client)),
                    "growth, command mix");
            Rebuilds.Outcome rebuild = Rebuilds.rebuild(node, List.of(READ_MODEL), head(secretariat),
                    settings.rebuildLimit(), this::log);
            node.requireNoErrorLogged("CheckpointWriter");
            List<Long> written = node.checkpointMillis();
            return new Level(events, checkpoint, written.subList(catchUp, written.size()), asOf, current, mix,
                    rebuild);
        }
    }

    /** The highest global index, as the read models' status gives it: the events stored, gaps aside. */
    private static long head(Api secretariat) {
        long head = 0;
        for (JsonNode readModel : secretariat.get("/api/admin/projections")) {
            head = Math.max(head, readModel.get("head").asLong());
        }
        return head;
    }

    /** Seconds until the latest audit checkpoint covers the position. */
    private static double checkpointCovers(Api secretariat, long position) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < CHECKPOINT_PATIENCE.toNanos()) {
            JsonNode latest = secretariat.getIfFound("/api/audit/checkpoints/latest");
            if (latest != null && latest.get("position").asLong() >= position) {
                return (System.nanoTime() - started) / 1e9;
            }
            Pause.of(Duration.ofMillis(500));
        }
        throw new IllegalStateException("No audit checkpoint covered position " + position + " within "
                + CHECKPOINT_PATIENCE);
    }

    private LedgerNode node() throws java.io.IOException {
        return node(List.of());
    }

    private LedgerNode node(List<String> options) throws java.io.IOException {
        List<String> all = new ArrayList<>(OPTIONS);
        all.addAll(options);
        return LedgerNode.start(settings, "growth-" + store.name().toLowerCase(Locale.ROOT) + "-" + nodes++, store,
                all);
    }

    private void log(String message) {
        System.out.printf("[bench %s %s] growth %s%n", Instant.now(), store.name(), message);
    }
}
