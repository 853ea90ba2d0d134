package org.agendaledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Drives operations from a number of client threads for a bounded time and records each operation's latency.
 * Closed loop: each client sends its next operation as soon as the previous one is answered (throughput). Open loop:
 * the operations are due at a fixed total rate whatever the answers, and each latency counts from when the operation
 * was due, so a stall is measured as the waiting clients see it (no coordinated omission).
 */
final class Load {

    /** One client's next operation; an exception is a failed operation. */
    interface Operation {
        void run() throws Exception;
    }

    /** What a run achieved: operations, failures, seconds, latencies in microseconds. */
    record Result(long operations, long failures, double seconds, Histogram latencies, List<String> firstErrors) {

        double perSecond() {
            return operations / seconds;
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private Load() {
    }

    static Result closed(int clients, Duration duration, IntFunction<Operation> clientOf) {
        return run(clients, duration, clientOf, 0);
    }

    static Result open(int clients, double ratePerSecond, Duration duration, IntFunction<Operation> clientOf) {
        return run(clients, duration, clientOf, ratePerSecond);
    }

    private static Result run(int clients, Duration duration, IntFunction<Operation> clientOf, double rate) {
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            operations.add(clientOf.apply(i));
        }
        Histogram all = new Histogram(3_600_000_000L, 3);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch finished = new CountDownLatch(clients);
        long start = System.nanoTime() + 50_000_000L;
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                Histogram mine = new Histogram(3_600_000_000L, 3);
                try {
                    for (long i = 0;; i++) {
                        long due = rate > 0 ? start + (long) ((i * clients + client) * 1e9 / rate)
                                : Math.max(start, System.nanoTime());
                        if (due >= end) {
                            break;
                        }
                        long now = System.nanoTime();
                        if (due > now) {
                            java.util.concurrent.locks.LockSupport.parkNanos(due - now);
                        }
                        try {
                            operations.get(client).run();
                            mine.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                            done.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            failed.incrementAndGet();
                            if (errors.size() < 5) {
                                errors.add(e.toString());
                            }
                        }
                    }
                } finally {
                    synchronized (all) {
                        all.add(mine);
                    }
                    finished.countDown();
                }
            }, "load-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (Math.max(end, System.nanoTime()) - start) / 1e9;
        return new Result(done.get(), failed.get(), seconds, all, List.copyOf(errors));
    }
}
