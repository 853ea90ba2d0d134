package org.agendaledger.app.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the checkpoint rounds on a thread of their own, every {@code poll-interval}, so commands never wait for a
 * checkpoint. A round that fails is logged as an error and the next round tries again.
 */
final class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointWriter writer;
    private final CheckpointSettings settings;
    private ScheduledExecutorService executor;

    CheckpointSchedule(CheckpointWriter writer, CheckpointSettings settings) {
        this.writer = writer;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    void round() {
        try {
            CheckpointWriter.Round round = writer.round();
            switch (round.outcome()) {
                case WRITTEN -> log.info("Checkpoint {} at position {}: {} ({} ms)", round.checkpoint().number(),
                        round.checkpoint().position(), round.checkpoint().head().described(),
                        round.took().toMillis());
                case ANOTHER_NODE_WAS_FIRST -> log.info("Checkpoint {} was appended by another node first",
                        round.checkpoint().number());
                default -> log.debug("Checkpoint round: {}", round.outcome());
            }
        } catch (RuntimeException e) {
            log.error("The audit checkpoint could not be written; the next round, in {}, tries again",
                    settings.pollInterval(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
