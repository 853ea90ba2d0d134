package org.agendaledger.app.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tries parked events again by themselves, with backoff: a sequence whose first event has failed {@code n} times is
 * retried {@code first-pause × 2^(n-1)} (at most {@code longest-pause}) after it last failed. A cause that mends
 * itself — a database that was unreachable, a lock that timed out — thus heals without anyone acting; one that does
 * not stays parked and visible (health, metrics, the processing page) until it is mended and retried. On several
 * nodes, the queue's claim on a sequence lets only one of them retry it at a time.
 */
@Component
class DeadLetterRetries implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

    private final EventProcessingConfiguration processing;
    private final Duration every;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    DeadLetterRetries(EventProcessingConfiguration processing,
                      @Value("${agenda-ledger.dead-letters.retry-every:PT10S}") Duration every,
                      @Value("${agenda-ledger.dead-letters.first-pause:PT30S}") Duration firstPause,
                      @Value("${agenda-ledger.dead-letters.longest-pause:PT30M}") Duration longestPause) {
        this.processing = processing;
        this.every = every;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.clock = Clock.systemUTC();
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dead-letter-retries");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::retryDue, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** One round: each group's sequences whose pause is over, each tried once. */
    void retryDue() {
        for (String group : processing.eventProcessors().keySet()) {
            try {
                retryDue(group);
            } catch (RuntimeException e) {
                log.error("Retrying the events parked in '{}' failed; trying again in {}", group, every, e);
            }
        }
    }

    private void retryDue(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(group).orElse(null);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElse(null);
        if (queue == null || processor == null) {
            return;
        }
        long sequences = queue.amountOfSequences();
        Instant now = clock.instant();
        for (long tried = 0; tried < sequences; tried++) {
            if (!processor.process(letter -> due(letter, now))) {
                // nothing was due, or what was tried failed again (and is no longer due)
                if (!anyDue(queue, now)) {
                    return;
                }
            }
        }
    }

    private boolean anyDue(SequencedDeadLetterQueue<EventMessage<?>> queue, Instant now) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            var first = sequence.iterator();
            if (first.hasNext() && due(first.next(), now)) {
                return true;
            }
        }
        return false;
    }

    boolean due(DeadLetter<? extends EventMessage<?>> letter, Instant now) {
        int attempts = Math.max(1, ProcessingErrors.attempts(letter.diagnostics().get(ProcessingErrors.ATTEMPTS)));
        return !letter.lastTouched().plus(pause(attempts)).isAfter(now);
    }

    Duration pause(int attempts) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
