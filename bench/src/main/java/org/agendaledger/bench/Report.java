package org.agendaledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The figures of one run, as the Markdown of docs/benchmarks.md: every figure beside its baseline and its goal. */
final class Report {

    private final Settings settings;
    private final Map<String, List<String>> throughput = new LinkedHashMap<>();
    private final Map<String, List<String>> latency = new LinkedHashMap<>();
    private final Map<String, String> profiles = new LinkedHashMap<>();
    private final List<String> longStreams = new ArrayList<>();
    private String signIn = "";
    private final Map<String, List<String>> changes = new LinkedHashMap<>();
    private final List<String> asOfs = new ArrayList<>();
    private final Map<String, List<String>> rebuilds = new LinkedHashMap<>();
    private final Map<String, List<String>> rebuildNotes = new LinkedHashMap<>();
    private final Map<String, List<String>> growth = new LinkedHashMap<>();
    private final Map<String, String> growthNotes = new LinkedHashMap<>();
    private final Map<String, String> growthChanges = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    private String embedded = "";
    private int[] eventSizes = {900, 300};

    Report(Settings settings) {
        this.settings = settings;
    }

    void eventSizes(int[] sizes, long events) {
        eventSizes = sizes;
        notes.add("The raw baseline's rows carry %d bytes of payload and %d of metadata: the averages of the %d events "
                .formatted(sizes[0], sizes[1], events) + "the node stored during the warm-up on PostgreSQL.");
    }

    int[] eventSizes() {
        return eventSizes;
    }

    void throughput(Store store, int clients, Load.Result app, Load.Result raw) {
        double ratio = app.perSecond() / raw.perSecond();
        throughput.computeIfAbsent(store.name(), k -> new ArrayList<>()).add("| %d | %s | %s | %s | %s |".formatted(
                clients, rate(app.perSecond()), rate(raw.perSecond()), percent(ratio), verdict(ratio >= 0.5)));
        summary.add("| P1 throughput, %s, %d clients | %s of raw inserts | ≥ 50 %% | %s |".formatted(store.name(),
                clients, percent(ratio), verdict(ratio >= 0.5)));
    }

    /**
     * Production sign-in: the command mix at 8 clients with bcrypt-encoded users, the verified-credentials cache off
     * and on, against the {@code {noop}} figure of the same run (goal: with the cache, within 10 %).
     */
    void productionSignIn(Store store, Load.Result noop, Load.Result uncached, Load.Result cached) {
        double without = uncached.perSecond() / noop.perSecond();
        double with = cached.perSecond() / noop.perSecond();
        signIn = """
                The command mix with 8 clients on %s for %d s, the users' passwords stored and checked three ways, \
                each on a node of its own on the database afresh, after the same warm-up of 20 s, so that the three \
                differ only in how a password is checked (the `{noop}` figure here is its own, not P1's). \
                HTTP Basic sends the password with every request; with bcrypt at cost 10 each check costs tens of \
                milliseconds of CPU, unless the application remembers the check (an HMAC of the credentials under a \
                key held only in memory, for `agenda-ledger.security.verified-credentials.ttl`).

                | users' passwords | commands/s | ratio to `{noop}` | ≥ 90 %% |
                |---|---|---|---|
                | %s | %s | 100 %% | |
                | %s | %s | %s | %s |
                | %s | %s | %s | %s |
                """.formatted(store.name(), settings.run().toSeconds(), UserPasswords.NOOP.label(),
                rate(noop.perSecond()), UserPasswords.BCRYPT_UNCACHED.label(), rate(uncached.perSecond()),
                percent(without), verdict(without >= 0.9), UserPasswords.BCRYPT_CACHED.label(),
                rate(cached.perSecond()), percent(with), verdict(with >= 0.9));
        summary.add("| P1 production sign-in, %s, 8 clients, bcrypt users | %s of `{noop}` with the cache (%s without) "
                .formatted(store.name(), percent(with), percent(without))
                + "| ≥ 90 %% | %s |"
                        .formatted(verdict(with >= 0.9)));
    }

    /**
     * The changes made for speed, each figure on a node with them undone beside the node with them, in this run:
     * the processors' batch size (P1), snapshots (P5), the streams kept for {@code asOf} (P4).
     */
    void changes(Store store, Load.Result mixBefore, Load.Result mixAfter, Histogram longBefore,
                 Histogram longAfter, Histogram freshBefore, Histogram freshAfter, Histogram asOfBefore,
                 Histogram asOfAfter, Histogram currentBefore, Histogram currentAfter) {
        List<String> rows = changes.computeIfAbsent(store.name(), k -> new ArrayList<>());
        rows.add("| processors handle up to 50 events a transaction (Axon's default: 1) | P1, 8 clients, commands/s "
                + "| %s | %s | %s |".formatted(rate(mixBefore.perSecond()), rate(mixAfter.perSecond()),
                        times(mixAfter.perSecond() / mixBefore.perSecond())));
        rows.add("| a meeting snapshotted every 100 events (none before) | P5, a command on the long stream, p50 "
                + "| %s | %s | %s |".formatted(ms(p50(longBefore)), ms(p50(longAfter)),
                        times(p50(longBefore) / p50(longAfter))));
        rows.add("| | P5, against a fresh meeting's | %s | %s | |".formatted(
                times(p50(longBefore) / p50(freshBefore)), times(p50(longAfter) / p50(freshAfter))));
        rows.add("| the history keeps the streams it read (each read from the store before) | P4, `asOf`, p50 "
                + "| %s | %s | %s |".formatted(ms(p50(asOfBefore)), ms(p50(asOfAfter)),
                        times(p50(asOfBefore) / p50(asOfAfter))));
        rows.add("| | P4, against the current state's | %s | %s | |".formatted(
                times(p50(asOfBefore) / p50(currentBefore)), times(p50(asOfAfter) / p50(currentAfter))));
    }

    void profile(Store store, Load.Result run, String profile) {
        profiles.put(store.name(), "The command mix with 8 clients for %d s (%s commands/s under the recorder), "
                .formatted(settings.run().toSeconds(), rate(run.perSecond()))
                + "recorded by the Java Flight Recorder in the node (settings `profile`). " + profile);
    }

    void latency(Store store, double appRate, Load.Result app, double rawRate, Load.Result raw) {
        double ratio = app.millis(99) / raw.millis(99);
        List<String> rows = latency.computeIfAbsent(store.name(), k -> new ArrayList<>());
        rows.add("| command mix at %s/s | %s | %s | %s | %s |".formatted(rate(appRate), ms(app.millis(50)),
                ms(app.millis(99)), ms(app.millis(99.9)), rate(app.perSecond())));
        rows.add("| raw insert at %s/s | %s | %s | %s | %s |".formatted(rate(rawRate), ms(raw.millis(50)),
                ms(raw.millis(99)), ms(raw.millis(99.9)), rate(raw.perSecond())));
        rows.add("| **ratio** | %s | **%s** | %s | |".formatted(times(app.millis(50) / raw.millis(50)), times(ratio),
                times(app.millis(99.9) / raw.millis(99.9))));
        summary.add("| P2 latency, %s, p99 at half the peak | %s the raw insert's | ≤ 3× | %s |".formatted(
                store.name(), times(ratio), verdict(ratio <= 3)));
    }

    void longStream(Store store, long events, double buildSeconds, Histogram onLong, Histogram onFresh) {
        double ratio = p50(onLong) / p50(onFresh);
        longStreams.add("| %s | %d | %s | %s | %s | %s | %s |".formatted(store.name(), events,
                ms(p50(onLong)), ms(p50(onFresh)), times(ratio), verdict(ratio <= 2),
                rate((events - 1) / buildSeconds)));
        summary.add("| P5 long stream, %s, %d events | %s a fresh aggregate's | ≤ 2× | %s |".formatted(store.name(),
                events, times(ratio), verdict(ratio <= 2)));
    }

    void asOf(Store store, long events, Histogram asOf, Histogram current) {
        double ratio = p50(asOf) / p50(current);
        asOfs.add("| %s | %d | %s | %s | %s | %s |".formatted(store.name(), events, ms(p50(asOf)), ms(p50(current)),
                times(ratio), verdict(ratio <= 5)));
        summary.add("| P4 as of, %s, %d events | %s the current state's | ≤ 5× | %s |".formatted(store.name(), events,
                times(ratio), verdict(ratio <= 5)));
    }

    /**
     * P3 over a store of that many events: each read model and all at once, against the raw read and against
     * Axon's default tracking processor with batch size 1.
     */
    void rebuilds(Store store, long events, Map<String, Rebuilds.Outcome> rebuilt, double rawPerSecond,
                  Map<String, Rebuilds.Outcome> tracking, StoreCopies copies, String checked) {
        List<String> rows = rebuilds.computeIfAbsent(store.name(), k -> new ArrayList<>());
        Rebuilds.Outcome slowest = null;
        for (Rebuilds.Outcome app : rebuilt.values()) {
            Rebuilds.Outcome batch1 = tracking.get(app.readModel());
            double toRaw = app.perSecond() / rawPerSecond;
            double toBatch1 = app.perSecond() / batch1.perSecond();
            rows.add("| %s | %d | %s | %s | %s | %s | %s | %s | %s |".formatted(app.readModel(), events,
                    seconds(app), rate(app.perSecond()), rate(rawPerSecond), percent(toRaw),
                    rate(batch1.perSecond()) + (batch1.caughtUp() ? "" : " (cut off at %.0f s)"
                            .formatted(batch1.seconds())),
                    times(toBatch1),
                    verdict(app.caughtUp() && toRaw >= 0.1 && toBatch1 >= 20)));
            if (!app.readModel().equals(Rebuilds.ALL) && (slowest == null || app.perSecond() < slowest.perSecond())) {
                slowest = app;
            }
        }
        for (Rebuilds.Outcome app : new Rebuilds.Outcome[]{slowest, rebuilt.get(Rebuilds.ALL)}) {
            double toRaw = app.perSecond() / rawPerSecond;
            double toBatch1 = app.perSecond() / tracking.get(app.readModel()).perSecond();
            summary.add("| P3 rebuild, %s, %d events, %s | %s events/s: %s of the raw read, %s batch-1 tracking "
                    .formatted(store.name(), events, app.readModel().equals(Rebuilds.ALL) ? "all at once"
                            : "slowest read model (" + app.readModel() + ")", rate(app.perSecond()), percent(toRaw),
                            times(toBatch1))
                    + "| ≥ 10 %%, ≥ 20× | %s |".formatted(verdict(app.caughtUp() && toRaw >= 0.1 && toBatch1 >= 20)));
        }
        rebuildNotes.computeIfAbsent(store.name(), k -> new ArrayList<>()).add(("%d events: the seed's %d events "
                + "stored %d times (copied in %.0f s, hash chains computed again); the row counts %s.")
                .formatted(events, copies.seedEvents(), copies.copies(), copies.copySeconds(), checked));
    }

    /**
     * The growth series of one database: at each size of the store, P1 at 8 clients, P4 and the rebuild of one
     * read model, each cost against the same cost at the smallest size (goal: at most 1.5× it at every size).
     */
    void growth(Store store, List<Growth.Level> levels, Growth.Level undone, int seedEvents) {
        Growth.Level smallest = levels.get(0);
        // a rebuild of a few thousand events lasts about a second, most of it the request, the processor's start
        // and the polling: its rate is compared from the smallest store of at least 10 000 events on
        Growth.Level rebuildBase = levels.stream().filter(level -> level.events() >= REBUILD_BASE).findFirst()
                .orElse(smallest);
        List<String> rows = growth.computeIfAbsent(store.name(), k -> new ArrayList<>());
        double worstMix = 0;
        double worstAsOf = 0;
        double worstRebuild = 0;
        for (Growth.Level level : levels) {
            double mix = smallest.mix().perSecond() / level.mix().perSecond();
            double asOf = p50(level.asOf()) / p50(smallest.asOf());
            double rebuild = rebuildBase.rebuild().perSecond() / level.rebuild().perSecond();
            worstMix = Math.max(worstMix, mix);
            worstAsOf = Math.max(worstAsOf, asOf);
            if (level.events() < rebuildBase.events()) {
                rebuild = Double.NaN;
            } else {
                worstRebuild = Math.max(worstRebuild, rebuild);
            }
            rows.add("| %d | %.0f s | %s | %s | %s | %s | %s | %s | %s | %s%s | %s | %s |".formatted(level.events(),
                    level.checkpointSeconds(), millis(level.checkpointMillis()), rate(level.mix().perSecond()),
                    times(mix), ms(p50(level.asOf())),
                    ms(p50(level.current())), times(p50(level.asOf()) / p50(level.current())), times(asOf),
                    rate(level.rebuild().perSecond()), level.rebuild().caughtUp() ? "" : " (cut off)",
                    Double.isNaN(rebuild) ? "–" : times(rebuild),
                    verdict(mix <= 1.5 && asOf <= 1.5 && !(rebuild > 1.5) && level.rebuild().caughtUp())));
        }
        Growth.Level largest = levels.get(levels.size() - 1);
        growthChanges.put(store.name(), ("| the audit checkpoints bring the stream heads forward from the events "
                + "added (read from the whole store at every checkpoint before) | %d events: P1 at 8 clients, "
                + "commands/s | %s | %s | %s |\n| | a checkpoint written, p50 / max | %s | %s | |").formatted(
                        largest.events(), rate(undone.mix().perSecond()), rate(largest.mix().perSecond()),
                        times(largest.mix().perSecond() / undone.mix().perSecond()),
                        millis(undone.checkpointMillis()), millis(largest.checkpointMillis())));
        boolean met = worstMix <= 1.5 && worstAsOf <= 1.5 && worstRebuild <= 1.5
                && levels.stream().allMatch(level -> level.rebuild().caughtUp());
        summary.add(("| Growth, %s, %d to %d events stored | at worst P1 %s and P4 `asOf` %s the cost at %d "
                + "events, P3 %s rebuild %s the cost at %d | ≤ 1.5× | %s |").formatted(store.name(),
                        smallest.events(), largest.events(), times(worstMix), times(worstAsOf), smallest.events(),
                        Growth.READ_MODEL, times(worstRebuild), rebuildBase.events(), verdict(met)));
        growthNotes.put(store.name(), "The seed: %d events (%d meetings of the command mix, and the meeting of %d "
                .formatted(seedEvents, Growth.SEED_MEETINGS, Growth.MEETING_EVENTS) + "events `asOf` is asked "
                + "of), copied to each size; each size also holds the events of the runs at the sizes before it.");
    }

    private static String seconds(Rebuilds.Outcome outcome) {
        return String.format(Locale.ROOT, outcome.caughtUp() ? "%.1f" : "> %.0f (not caught up)",
                outcome.seconds());
    }

    void embedded(Benchmarks.Start readme, Benchmarks.Start packagedJar, double cpu, Duration idle, int starts) {
        embedded = """
                | figure (median of %d starts) | as the README starts it | `java -jar`, the packaged jar alone | goal | |
                |---|---|---|---|---|
                | start, empty data directory, to the first page served | %.1f s | %.1f s (%.2f×) | ≤ 10 s | %s |
                | start to ready, the story told and every read model caught up | %.1f s | %.1f s (%.2f×) | | |
                | resident memory after the story (VmRSS) | %.0f MiB | %.0f MiB (%.2f×) | ≤ 512 MiB | %s |
                | CPU at idle, over %d s | %.1f %% of one core | | | |
                """
                .formatted(starts, readme.firstPage(), packagedJar.firstPage(),
                        packagedJar.firstPage() / readme.firstPage(), verdict(readme.firstPage() <= 10), readme.ready(),
                        packagedJar.ready(), packagedJar.ready() / readme.ready(), readme.residentMiB(),
                        packagedJar.residentMiB(), packagedJar.residentMiB() / readme.residentMiB(),
                        verdict(readme.residentMiB() <= 512), idle.toSeconds(), cpu * 100);
        summary.add(
                "| P6 embedded default: first page, memory, idle CPU | %.1f s, %.0f MiB, %.1f %% | ≤ 10 s, ≤ 512 MiB | %s |"
                        .formatted(readme.firstPage(), readme.residentMiB(), cpu * 100,
                                verdict(readme.firstPage() <= 10 && readme.residentMiB() <= 512)));
    }

    String markdown(Duration took) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(
                "Written by `mvn -B -Pbench -DskipTests verify` (the `bench` module, see [its guide](#how-to-run)) on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", in ")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s.\n\n");
        md.append("Machine: ").append(Machine.describe()).append(".\n\n");
        md.append("Each figure is a ratio against a baseline measured in the same run, on the same database. ")
                .append("Each measured run lasts ").append(settings.run().toSeconds())
                .append(" s; the load comes from the benchmark's own process over HTTP on 127.0.0.1.\n\n");
        md.append("## Summary\n\n| figure | measured | goal | met |\n|---|---|---|---|\n");
        summary.forEach(line -> md.append(line).append('\n'));
        for (String store : throughput.keySet()) {
            md.append("\n## ").append(store).append("\n\n### P1 throughput\n\n");
            md.append("The command mix (schedule a meeting, set its topics, propose its agenda, add an item, assign "
                    + "two slots, start a silence procedure, comment as a Bureau member; each client on meetings "
                    + "of its own) through HTTP, against raw JDBC single-row insert transactions of an "
                    + "event-sized row into a table shaped like the event table, at the same concurrency.\n\n");
            md.append("| clients | commands/s | raw inserts/s | ratio | ≥ 50 % |\n|---|---|---|---|---|\n");
            throughput.get(store).forEach(line -> md.append(line).append('\n'));
            md.append("\n### P2 latency at half the peak rate\n\n");
            md.append("Open loop from 32 clients at half of each one's peak rate above, each latency counted from "
                    + "when the operation was due.\n\n");
            md.append("| load | p50 | p99 | p99.9 | achieved/s |\n|---|---|---|---|---|\n");
            latency.getOrDefault(store, List.of()).forEach(line -> md.append(line).append('\n'));
            if (profiles.containsKey(store)) {
                md.append("\n### Where the time goes\n\n").append(profiles.get(store));
            }
        }
        if (!signIn.isEmpty()) {
            md.append("\n## Production sign-in (bcrypt over HTTP Basic)\n\n").append(signIn);
        }
        if (!longStreams.isEmpty()) {
            longStreamsAndAsOf(md);
        }
        if (!changes.isEmpty()) {
            md.append("\n## The changes for speed, undone and done\n\n")
                    .append("Each change measured in this run: after the figures above, the same store is served ")
                    .append("by a node with every change undone (every processor `batch-size=1`, ")
                    .append("`agenda-ledger.snapshots.meeting-every` at its largest, the long meeting's snapshots ")
                    .append("deleted, `agenda-ledger.history.kept-events=0`); the same command mix at 8 clients for ")
                    .append(settings.run().toSeconds()).append(" s after a warm-up of its own, and the same ")
                    .append("medians of 40 on the long stream and `asOf`. \"Done\" is the node of the figures ")
                    .append("above. The verified-credentials cache is measured the same way under production ")
                    .append("sign-in.\n");
            for (String store : changes.keySet()) {
                md.append("\n### ").append(store).append("\n\n| change | figure | undone | done | gain |\n")
                        .append("|---|---|---|---|---|\n");
                changes.get(store).forEach(line -> md.append(line).append('\n'));
            }
        }
        if (!rebuilds.isEmpty()) {
            rebuilds(md);
        }
        if (!growth.isEmpty()) {
            growth(md);
        }
        if (!embedded.isEmpty()) {
            md.append("\n## P6 the embedded default\n\nThe application started as the README starts it (the jar the ")
                    .append("package phase extracts, with its class-data sharing archive, no other JVM option) on an ")
                    .append("empty data directory, so that it tells the real story first; beside it, in turns, the ")
                    .append("packaged jar started alone, without the archive. The time runs from the launch of ")
                    .append("the process to the first `200` of `/login`, polled every 20 ms.\n\n")
                    .append(embedded);
        }
        md.append("\n## Notes\n\n");
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        md.append(NOTES_AND_HOW_TO_RUN);
        return md.toString();
    }

    private void longStreamsAndAsOf(StringBuilder md) {
        md.append("\n## P5 long streams\n\nSetting a meeting's topics (one event) on a meeting whose stream holds ")
                .append("that many events, against the same command on a meeting scheduled in the same run; ")
                .append("medians of 40 commands each, one client.\n\n");
        md.append("| database | events | long stream p50 | fresh p50 | ratio | ≤ 2× | stream built at |\n")
                .append("|---|---|---|---|---|---|---|\n");
        longStreams.forEach(line -> md.append(line).append('\n'));
        md.append("\n## P4 as of\n\n`GET /api/meetings/{id}?asOf=` (now) on the meeting of the long stream, against ")
                .append("the current-state query of the same meeting; medians of 40 requests each.\n\n");
        md.append("| database | events | asOf p50 | current p50 | ratio | ≤ 5× |\n|---|---|---|---|---|---|\n");
        asOfs.forEach(line -> md.append(line).append('\n'));
    }

    private void rebuilds(StringBuilder md) {
        md.append("\n## P3 rebuild\n\n")
                .append("`POST /api/admin/projections/{name}/rebuild` for each read model, then for all six at ")
                .append("once, timed from the request until `GET …/rebuild` says the read model has replayed the ")
                .append("history as it stood when the rebuild began (polled every 100 ms); events/s is the ")
                .append("store's events over that time (all at once: each of the six read models handled every ")
                .append("event in it). The raw read is a sequential JDBC read of `domain_event_entry` in the ")
                .append("order of the global index, every column with the bytes, through a cursor fetching ")
                .append(Rebuilds.FETCH_SIZE).append(" rows at a time (the fastest of at least three reads, ")
                .append("repeated until 200 000 rows have been read): the rows the JDBC storage engine fetches ")
                .append("per query when a processor reads the stream (its `batchSize`, left at Axon's default; ")
                .append("the processors' own `batch-size`, the events handled per transaction, is 50). ")
                .append("Batch-1 tracking is the same rebuild on a node ")
                .append("started with `axon.eventhandling.processors.<name>.mode=tracking`, `batch-size=1`, ")
                .append("`thread-count=1`, `initial-segment-count=1` for every read model, which is Axon's ")
                .append("default tracking processor, and is waited on at most ")
                .append(settings.rebuildBaselineLimit().toSeconds()).append(" s; the application's rebuilds at ")
                .append("most ").append(settings.rebuildLimit().toSeconds()).append(" s. A rebuild that has not ")
                .append("caught up by then is cut off (its node stopped, the tokens set at the head, the node ")
                .append("started again) and shown with its rate over the last three quarters of that time: the ")
                .append("first quarter is the start of the node's and the processor's work (a fresh JVM: each ")
                .append("node's first rebuild includes its warm-up). Goals: at ")
                .append("least 10 % of the raw read, and at least 20× batch-1 tracking.\n\n");
        md.append(STORE_FILLING);
        for (String store : rebuilds.keySet()) {
            md.append("\n### ").append(store).append("\n\n");
            md.append("| read model | events | seconds | events/s | raw read events/s | ratio | batch-1 events/s ")
                    .append("| ratio vs batch-1 | goals met |\n|---|---|---|---|---|---|---|---|---|\n");
            rebuilds.get(store).forEach(line -> md.append(line).append('\n'));
            md.append('\n');
            rebuildNotes.get(store).forEach(note -> md.append("- ").append(note).append('\n'));
        }
    }

    /** The smallest store whose rebuild is compared with the others'. */
    private static final long REBUILD_BASE = 10_000;

    private void growth(StringBuilder md) {
        md.append("\n## Growth with the size of the store\n\n")
                .append("One store per database grows from a seed to about ")
                .append(settings.growthEvents().stream().map(n -> String.format(Locale.ROOT, "%,d", n)
                        .replace(',', ' ')).collect(java.util.stream.Collectors.joining(", ")))
                .append(" events, by copies of the seed made as for P3 (below, \"The store is filled\"), with the ")
                .append("node stopped and the processors' tokens set at the new head (so the event table grows; ")
                .append("of the read models' tables only `meeting-view`'s holds ")
                .append("the copies, once its rebuild at a size has put them there). At each size a node of its ")
                .append("own, on the settings of every other figure but ")
                .append("`agenda-ledger.audit.checkpoint.settle-margin=PT5S` (so the audit checkpoints cover the ")
                .append("copies seconds after the start instead of a minute), waits until the latest checkpoint ")
                .append("covers the store's head (the catch-up: each copied event's hash verified once), then, ")
                .append("after a warm-up of 10 s of the command mix: `asOf` (now) and the current state of a ")
                .append("meeting of ").append(Growth.MEETING_EVENTS).append(" events, medians of 40 (P4); the ")
                .append("command mix at 8 clients for ").append(settings.run().toSeconds()).append(" s (P1); the ")
                .append("rebuild of `").append(Growth.READ_MODEL).append("` over the whole store, events/s as in ")
                .append("P3; and the audit checkpoints the node wrote meanwhile, each one's time as its log ")
                .append("gives it (one every 100 events, looked for every 10 s). ")
                .append("None of this work grows with the store, so no cost may: each is shown against the ")
                .append("same cost at the smallest size (P1: the smallest's commands/s over this size's; P4: ")
                .append("this size's median over the smallest's; P3 likewise, from the smallest store of at least ")
                .append("10 000 events, since a rebuild of fewer lasts about a second, most of it the request, the ")
                .append("processor's start and the polling). Goal: at most 1.5× at every size. ")
                .append("The benchmark fails if a node logs an error of the checkpoint writer (a copied event not ")
                .append("what its hash says).\n");
        for (String store : growth.keySet()) {
            md.append("\n### ").append(store).append("\n\n")
                    .append("| events stored | checkpoints' catch-up | a checkpoint, p50 / max | P1 commands/s | ")
                    .append("P1 cost × smallest | P4 `asOf` p50 | current p50 | `asOf` × current | P4 × smallest ")
                    .append("| P3 ").append(Growth.READ_MODEL).append(" events/s | P3 cost × smallest | ≤ 1.5× |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            growth.get(store).forEach(line -> md.append(line).append('\n'));
            md.append("\n- ").append(growthNotes.get(store)).append('\n');
            md.append("\nThe change for the growth, undone on the largest store (a node of its own with ")
                    .append("`agenda-ledger.audit.checkpoint.full-check-every=PT0S`, the same warm-up and run):\n\n")
                    .append("| change | figure | undone | done | gain |\n|---|---|---|---|---|\n")
                    .append(growthChanges.get(store)).append('\n');
        }
    }

    private static final String NOTES_AND_HOW_TO_RUN = """
            - Latencies are recorded with HdrHistogram (3 significant digits); throughput counts the operations \
            answered with a success, and a run with any failed operation fails the benchmark.
            - P3 over 1 000 000 events for every read model runs only when asked \
            (`-Dbench.rebuild-events=100000,1000000`); the growth series rebuilds `meeting-view` at every size.

            ## How to run

            From the project's root, with PostgreSQL on 127.0.0.1:5432 (`AGENDA_LEDGER_DB_*` as for the \
            `postgres` profile):

            ```
            mvn -B -Pbench -DskipTests verify
            ```

            It packages the application, creates (and first drops) the database `agenda_ledger_bench`, and \
            writes this file. `-Dbench.seconds=` sets the length of each measured run (default 20), \
            `-Dbench.long-stream=` the events of the long stream (default 10 000), `-Dbench.databases=` \
            `postgres`, `h2` or both (default), `-Dbench.parts=` the parts to run (default \
            `P1,P2,P3,P4,P5,P6,growth`; P1 and P2 run together, as do P4 and P5), `-Dbench.growth-events=` the \
            sizes of the growth series (default `1000,10000,100000,1000000`), `-Dbench.rebuild-events=` the \
            sizes of the store P3 rebuilds, a list (default `100000`; `100000,1000000` for both, which takes \
            long), `-Dbench.rebuild-seed-meetings=` the meetings of the command mix driven through HTTP \
            before they are copied (default 240), `-Dbench.rebuild-limit=` the longest a rebuild is waited on, \
            in seconds (default 600) and `-Dbench.rebuild-baseline-limit=` the longest a rebuild by batch-1 \
            tracking is (default 60).
            """;

    private static final String STORE_FILLING = """
            The store is filled fast and faithfully: a few hundred meetings of the command mix of P1 (schedule, \
            topics, agenda, an item, two slots, a silence procedure, a member's comment) are driven through HTTP \
            into a database of its own, and the events the node stored for them (the seed) are then appended again \
            and again through JDBC (batched inserts) with the node stopped, until the store holds the size wanted. In each copy every \
            identifier of an aggregate and of an event of the seed gets a new value wherever it occurs: the \
            aggregate and event columns, and every JSON string of the payload and the metadata that is exactly \
            such an identifier, so the meeting, procedure and Bureau ids the read models key their rows on are \
            new, and each copy is a world of its own with the seed's mix of event types and sizes; the global \
            index comes from the column's own sequence, and the recording times are the seed's. The hash chain in \
            the metadata is computed again for each copied stream, in the application's form 2 (the benchmark \
            first checks that its form gives every seed event the hash the application recorded, and fails \
            otherwise), so the copies carry a valid chain of the same size as real events; no read model checks \
            the chain (the audit log stores the metadata as it is), so its state would not change a rebuild's \
            work anyway. The processors' tokens are then set at the new head, so the node does not handle the \
            copies as news; only the rebuilds read them. The node runs with `agenda-ledger.audit.checkpoint.enabled\
            =false`: a checkpoint would verify every copied event once after the start, beside the first \
            rebuild. After the rebuild of all at once the benchmark checks that each table of the read models \
            holds its seed's rows times the copies, and fails otherwise.
            """;

    static final String START = "<!-- the figures of the last run: written by the bench module from here -->";
    static final String END = "<!-- to here; what follows is kept from run to run -->";

    /**
     * The file with the run's figures between its markers, and what the file holds outside them (the changes made
     * and their figures before and after) kept as it was.
     */
    static String keepingTheRest(java.nio.file.Path file, String figures) throws java.io.IOException {
        String run = START + "\n\n" + figures + "\n" + END + "\n";
        if (!java.nio.file.Files.isRegularFile(file)) {
            return run;
        }
        String old = java.nio.file.Files.readString(file);
        int start = old.indexOf(START);
        int end = old.indexOf(END);
        if (start < 0 || end < start) {
            return run + "\n" + old;
        }
        return old.substring(0, start) + run + old.substring(end + END.length()).replaceFirst("^\\n", "");
    }

    /** The median and the largest of some milliseconds, or a dash for none. */
    private static String millis(List<Long> values) {
        if (values.isEmpty()) {
            return "–";
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " / " + sorted.get(sorted.size() - 1) + " ms";
    }

    private static double p50(Histogram histogram) {
        return histogram.getValueAtPercentile(50) / 1000.0;
    }

    private static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond).replace(',', ' ')
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "**no**";
    }
}
