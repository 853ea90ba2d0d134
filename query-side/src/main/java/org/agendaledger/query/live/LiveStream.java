package org.agendaledger.query.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * One subscription query served as Server-Sent Events: the initial result as one named event, then each update
 * as another, with a keep-alive comment now and then (a disconnected client is only noticed when writing to it).
 * Whatever ends the stream — the client leaving, the timeout, an error, the application shutting down — closes
 * the subscription, so no update is computed for nobody.
 *
 * @param <I> the initial result
 * @param <U> an update
 */
final class LiveStream<I, U> {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final SubscriptionQueryResult<I, U> subscription;
    private final OpenStreams openStreams;
    private final SseEmitter emitter;
    private final Duration heartbeat;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Disposable forwarding;
    private volatile Disposable keepAlive;

    LiveStream(SubscriptionQueryResult<I, U> subscription, OpenStreams openStreams, Duration timeout,
               Duration heartbeat) {
        this.subscription = subscription;
        this.openStreams = openStreams;
        this.emitter = new SseEmitter(timeout.toMillis());
        this.heartbeat = heartbeat;
    }

    /**
     * Starts forwarding. {@code initial} turns the initial result into what is sent first (nothing when empty:
     * the first update will tell), {@code initialEvent} and {@code updateEvent} name the events.
     */
    SseEmitter open(String initialEvent, Function<I, Optional<?>> initial, String updateEvent) {
        openStreams.track(emitter, this::close);
        emitter.onCompletion(this::close);
        emitter.onError(e -> close());
        emitter.onTimeout(emitter::complete);
        forwarding = subscription.initialResult()
                .doOnNext(result -> initial.apply(result)
                        .ifPresent(data -> send(SseEmitter.event().name(initialEvent).data(data))))
                .thenMany(subscription.updates())
                .subscribe(update -> send(SseEmitter.event().name(updateEvent).data(update)), this::fail,
                        emitter::complete);
        keepAlive = Flux.interval(heartbeat, heartbeat)
                .subscribe(n -> send(SseEmitter.event().comment("keep-alive")));
        if (closed.get()) {
            dispose(keepAlive); // closed while opening: nothing else will stop it
        }
        return emitter;
    }

    private void send(SseEmitter.SseEventBuilder event) {
        if (closed.get()) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("Event stream closed while sending: {}", e.toString());
            close();
            emitter.completeWithError(e);
        }
    }

    private void fail(Throwable error) {
        log.warn("Event stream failed", error);
        close();
        emitter.completeWithError(error);
    }

    private void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        openStreams.forget(emitter);
        dispose(forwarding);
        dispose(keepAlive);
        subscription.close();
    }

    private static void dispose(Disposable disposable) {
        if (disposable != null) {
            disposable.dispose();
        }
    }
}
