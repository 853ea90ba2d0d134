package org.agendaledger.query.live;

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
