package org.agendaledger.app.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.agendaledger.app.infrastructure.ReadModelProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ledger} in {@code /actuator/health/readiness}: out of service until the application is ready for its users —
 * the migrations applied (before the application accepts traffic at all), the real story replayed when it is
 * enabled (also before), and every read model caught up with the store as it stood then, so the first reader sees
 * the whole history. Once caught up it stays ready: a read model falling behind later is the health's business, not
 * a reason to send readers away from an otherwise working node. The moment it is ready is logged with the address.
 */
@Component("ledgerHealthIndicator")
class ReadinessCheck extends AbstractHealthIndicator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadinessCheck.class);

    private final ReadModelProgress progress;
    private volatile int port;
    private final boolean storyEnabled;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "readiness");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long target = Long.MIN_VALUE;
    private volatile ReadModelProgress.Standing standing;
    private volatile Instant readySince;
    private Instant acceptingSince;

    ReadinessCheck(ReadModelProgress progress, @Value("${agenda-ledger.story.enabled:false}") boolean storyEnabled) {
        super("Readiness could not be checked");
        this.progress = progress;
        this.storyEnabled = storyEnabled;
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        port = started.getWebServer().getPort();
    }

    /** The application has started, and the story (when enabled) is told: catch up with the store as it is now. */
    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() != ReadinessState.ACCEPTING_TRAFFIC || target != Long.MIN_VALUE) {
            return;
        }
        acceptingSince = Instant.now();
        target = progress.head();
        watcher.scheduleWithFixedDelay(this::look, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            if (readySince == null && caughtUp()) {
                log.info("Agenda Ledger is ready: every read model has caught up with position {} ({} ms after "
                        + "start-up){}", target, Duration.between(acceptingSince, readySince).toMillis(),
                        port > 0 ? "; open http://localhost:" + port + "/" : "");
                watcher.shutdown();
            }
        } catch (RuntimeException e) {
            log.debug("Readiness not yet known: {}", e.toString());
        }
    }

    private boolean caughtUp() {
        if (readySince != null) {
            return true;
        }
        standing = progress.standing(target, progress.readModels());
        if (standing.reached()) {
            readySince = Instant.now();
            return true;
        }
        return false;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.withDetail("story", storyEnabled ? "told" : "disabled");
        if (target == Long.MIN_VALUE) {
            health.status(Status.OUT_OF_SERVICE).withDetail("readModels", "the application is still starting");
            return;
        }
        health.withDetail("position", target);
        if (caughtUp()) {
            health.up().withDetail("readModels", "caught up").withDetail("readySince", readySince);
            return;
        }
        health.status(Status.OUT_OF_SERVICE).withDetail("behind", standing.behind());
        if (standing.blocked()) {
            health.withDetail("parked", standing.parked());
        }
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
