package org.agendaledger.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.Scenario;

/**
 * Secretariat users writing at once, as fast as the application answers, each on meetings of its own and all on one
 * shared meeting: it schedules meetings, proposes their agendas and adds items. Every command answered 2xx is kept as
 * acknowledged — what the store must hold from then on, whatever happens to the process. A writer whose node is gone
 * (killed) moves on to the next node it is given, as a client behind a load balancer would.
 */
final class Writers {

    /** A command the application acknowledged: what it created and where, and the position it answered. */
    record Acknowledged(String kind, String aggregateId, String key, long position) {
    }

    private final IntFunction<ApiClient> secretariatOnNode;
    private final String bureauId;
    private final String shared;
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ExecutorService threads;

    /** Writers that send their n-th request through {@code secretariatOnNode.apply(n)}. */
    Writers(IntFunction<ApiClient> secretariatOnNode, String bureauId, String sharedMeeting) {
        this.secretariatOnNode = secretariatOnNode;
        this.bureauId = bureauId;
        this.shared = sharedMeeting;
    }

    /** Schedules the shared meeting with its agenda; the Bureau must exist. */
    void prepare() {
        ApiClient client = secretariatOnNode.apply(0);
        Scenario.expect(client.post("/api/meetings", Scenario.plan(shared, bureauId)), 201);
        Scenario.expect(client.post("/api/meetings/" + shared + "/agenda", Map.of("items", List.of(Map.of(
                "itemId", "first", "kind", "ORGANIZATIONAL", "title", "Organizational matters")))), 201);
    }

    void start(int writers) {
        threads = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            threads.submit(() -> write(writer));
        }
    }

    /** Waits until at least {@code count} commands were acknowledged, for at most {@code patience}. */
    void awaitAcknowledged(int count, java.time.Duration patience) {
        java.time.Instant until = java.time.Instant.now().plus(patience);
        while (acknowledged.size() < count && java.time.Instant.now().isBefore(until)) {
            LedgerProcess.pause(java.time.Duration.ofMillis(20));
        }
    }

    /** Stops writing; waits for the requests under way. */
    void stop() throws InterruptedException {
        stop.set(true);
        threads.shutdown();
        threads.awaitTermination(60, TimeUnit.SECONDS);
    }

    List<Acknowledged> acknowledged() {
        return new ArrayList<>(acknowledged);
    }

    int conflicts() {
        return conflicts.get();
    }

    int failures() {
        return failures.get();
    }

    private void write(int writer) {
        int n = 0;
        String meeting = null;
        while (!stop.get()) {
            try {
                ApiClient client = secretariatOnNode.apply(writer + n);
                if (meeting == null || n % 12 == 0) {
                    String next = "m-" + writer + "-" + n + "-" + Long.toString(System.nanoTime(), 36);
                    if (send(client, "ScheduleMeeting", next, next, "/api/meetings", Scenario.plan(next, bureauId))
                            && send(client, "ProposeAgenda", next, next, "/api/meetings/" + next + "/agenda",
                                    Map.of("items", List.of(Map.of("itemId", "i0", "kind", "ORGANIZATIONAL",
                                            "title", "Organizational matters"))))) {
                        meeting = next;
                    }
                } else {
                    String target = n % 3 == 0 ? shared : meeting;
                    String item = "w" + writer + "n" + n;
                    send(client, "AddAgendaItem", target, item, "/api/meetings/" + target + "/agenda/items",
                            Map.of("itemId", item, "kind", "SUBSTANTIVE", "title", "Item " + item));
                }
            } catch (RuntimeException unreachable) {
                failures.incrementAndGet();
                LedgerProcess.pause(java.time.Duration.ofMillis(50));
            }
            n++;
        }
    }

    private boolean send(ApiClient client, String kind, String aggregateId, String key, String path, Object body) {
        ApiClient.Response answer = client.post(path, body);
        if (answer.status() / 100 == 2) {
            acknowledged.add(new Acknowledged(kind, aggregateId, key, answer.json().get("position").asLong()));
            return true;
        }
        if (answer.status() == 409) {
            conflicts.incrementAndGet();
        } else {
            failures.incrementAndGet();
        }
        return false;
    }
}
