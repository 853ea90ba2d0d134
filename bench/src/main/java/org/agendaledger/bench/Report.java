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
    private final List<String> asOfs = new ArrayList<>();
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
                each on a node of its own (the bcrypt nodes on the database afresh, after a warm-up of their own). \
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

    void embedded(double firstPage, double ready, double residentMiB, double cpu, Duration idle) {
        embedded = """
                | figure | measured | goal | |
                |---|---|---|---|
                | start (`java -jar`, empty data directory) to the first page served | %.1f s | ≤ 10 s | %s |
                | start to ready, the story told and every read model caught up | %.1f s | | |
                | resident memory after the story (VmRSS) | %.0f MiB | ≤ 512 MiB | %s |
                | CPU at idle, over %d s | %.1f %% of one core | | |
                """.formatted(firstPage, verdict(firstPage <= 10), ready, residentMiB, verdict(residentMiB <= 512),
                idle.toSeconds(), cpu * 100);
        summary.add(
                "| P6 embedded default: first page, memory, idle CPU | %.1f s, %.0f MiB, %.1f %% | ≤ 10 s, ≤ 512 MiB | %s |"
                        .formatted(firstPage, residentMiB, cpu * 100, verdict(firstPage <= 10 && residentMiB <= 512)));
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
        md.append("\n## P6 the embedded default\n\nThe packaged application started as the README starts it, on an ")
                .append("empty data directory, so that it tells the real story first; no JVM options.\n\n")
                .append(embedded);
        md.append("\n## Notes\n\n");
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        md.append("""
                - Latencies are recorded with HdrHistogram (3 significant digits); throughput counts the operations \
                answered with a success, and a run with any failed operation fails the benchmark.
                - Not measured by this suite yet: P3 (the rebuild of each read model over 100 000 and 1 000 000 \
                events), and the growth of P1, P3 and P4 with the size of the store.

                ## How to run

                From the project's root, with PostgreSQL on 127.0.0.1:5432 (`AGENDA_LEDGER_DB_*` as for the \
                `postgres` profile):

                ```
                mvn -B -Pbench -DskipTests verify
                ```

                It packages the application, creates (and first drops) the database `agenda_ledger_bench`, and \
                writes this file. `-Dbench.seconds=` sets the length of each measured run (default 20), \
                `-Dbench.long-stream=` the events of the long stream (default 10 000), `-Dbench.databases=` \
                `postgres`, `h2` or both (default).
                """);
        return md.toString();
    }

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
