package org.agendaledger.query.live;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Server-Sent Event streams that are open. When the application shuts down they are ended first, so a
 * graceful shutdown does not wait for clients that would otherwise keep their stream until its timeout.
 */
@Component
public class OpenStreams {

    private final Map<SseEmitter, Runnable> open = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Duration heartbeat;

    OpenStreams(@Value("${agenda-ledger.streams.timeout:PT30M}") Duration timeout,
                @Value("${agenda-ledger.streams.heartbeat:PT15S}") Duration heartbeat) {
        this.timeout = timeout;
        this.heartbeat = heartbeat;
    }

    /**
     * Opens a stream on a subscription query: the event {@code initialEvent} with the initial result (when
     * {@code initial} gives one), then {@code updateEvent} with each update, heartbeats in between, until
     * {@code agenda-ledger.streams.timeout} or shutdown.
     */
    public <I, U> SseEmitter open(SubscriptionQueryResult<I, U> subscription, String initialEvent,
                                  Function<I, Optional<?>> initial, String updateEvent) {
        return new LiveStream<>(subscription, this, timeout, heartbeat).open(initialEvent, initial, updateEvent);
    }

    void track(SseEmitter emitter, Runnable close) {
        open.put(emitter, close);
    }

    void forget(SseEmitter emitter) {
        open.remove(emitter);
    }

    @EventListener(ContextClosedEvent.class)
    void endAll() {
        open.forEach((emitter, close) -> {
            close.run();
            emitter.complete();
        });
        open.clear();
    }
}
