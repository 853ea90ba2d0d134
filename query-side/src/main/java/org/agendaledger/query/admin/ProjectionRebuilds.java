package org.agendaledger.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.agendaledger.query.admin.RebuildStatus.State;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rebuilds one read model from the whole event history: its processor stops, its tokens are reset (its
 * {@code @ResetHandler} clears its tables) and it replays every event; progress is logged while it runs. Only
 * processors that support a reset are read models; the silence-procedure process (a saga) is not one.
 */
@Component
class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private record Started(Instant at, long targetPosition) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final Map<String, Instant> completed = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> reporters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reporting = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
    }

    List<RebuildStatus> all() {
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(name -> readModel(name).map(p -> status(name, p)).stream()).toList();
    }

    synchronized RebuildStatus rebuild(String name) {
        StreamingEventProcessor processor = requireReadModel(name);
        if (started.containsKey(name) && !completed.containsKey(name)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The read model '%s' is already being rebuilt.".formatted(name));
        }
        log.info("Rebuilding read model '{}' from the whole event history", name);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (RuntimeException e) {
            // another node still holds segments of this processor: nothing was reset, this node goes on as before
            processor.start();
            log.warn("Rebuilding read model '{}' was refused: {}", name, e.toString());
            throw new ResponseStatusException(HttpStatus.CONFLICT, ("The read model '%s' cannot be rebuilt while "
                    + "another node processes it: stop the other nodes, or rebuild on a node started alone. Nothing "
                    + "was changed.").formatted(name));
        }
        // what was parked is replayed with everything else; left parked, it would be applied twice
        processing.deadLetterQueue(name).ifPresent(queue -> queue.clear());
        completed.remove(name);
        started.put(name, new Started(Instant.now(), head()));
        processor.start();
        reporters.put(name, reporting.scheduleAtFixedRate(() -> report(name), 1, 1, TimeUnit.SECONDS));
        return status(name, processor);
    }

    RebuildStatus status(String name) {
        return status(name, requireReadModel(name));
    }

    private RebuildStatus status(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long head = head();
        // the slowest segment tells how far the whole read model has come
        long position = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0)).min().orElse(0);
        boolean failed = processor.isError() || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        Started since = started.get(name);
        if (since == null) {
            State state = failed ? State.FAILED : position >= head ? State.UP_TO_DATE : State.CATCHING_UP;
            return new RebuildStatus(name, state, position, head, null, null, null, null);
        }
        // a rebuild is done once every segment has replayed the history as it stood when the rebuild began: every
        // segment, not only those claimed so far (a segment that has not been claimed yet has replayed nothing)
        if (!failed && claimedEverySegment(name, segments) && position >= since.targetPosition()) {
            completed.putIfAbsent(name, Instant.now());
        }
        Instant done = completed.get(name);
        double seconds = Math.max(0.001, Duration.between(since.at(), done != null ? done : Instant.now())
                .toMillis() / 1000.0);
        double rate = Math.min(position, since.targetPosition()) / seconds;
        Long left = null;
        if (done != null) {
            left = 0L;
        } else if (rate > 0) {
            left = (long) Math.ceil((since.targetPosition() - position) / rate);
        }
        State state = failed ? State.FAILED : done != null ? State.UP_TO_DATE : State.REBUILDING;
        return new RebuildStatus(name, state, position, head, Math.round(rate * 10) / 10.0, left, since.at(), done);
    }

    private void report(String name) {
        RebuildStatus status = status(name);
        if (status.state() == State.REBUILDING) {
            log.info("Rebuilding '{}': position {} of {} ({} events/s, about {} s left)", name, status.position(),
                    status.head(), status.eventsPerSecond(), status.estimatedSecondsLeft());
            return;
        }
        log.info("Rebuild of '{}' {}: position {} of {}", name,
                status.state() == State.FAILED ? "FAILED" : "completed", status.position(), status.head());
        Optional.ofNullable(reporters.remove(name)).ifPresent(f -> f.cancel(false));
    }

    private boolean claimedEverySegment(String name, Map<Integer, EventTrackerStatus> claimed) {
        int[] stored = tokenStore.fetchSegments(name);
        return stored.length > 0 && java.util.Arrays.stream(stored).allMatch(claimed::containsKey);
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return 0;
        }
        OptionalLong position = head.position();
        return position.orElse(0);
    }

    private Optional<StreamingEventProcessor> readModel(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::supportsReset);
    }

    private StreamingEventProcessor requireReadModel(String name) {
        return readModel(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no read model '%s'.".formatted(name)));
    }

    @Override
    public void destroy() {
        reporting.shutdownNow();
    }
}
