package org.agendaledger.query.silence;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * One client following a meeting's procedures: the subscription query's initial result, then its updates, written
 * to an {@link SseEmitter}. Whatever ends the connection first (the client leaving, the timeout, a failed write,
 * the end of the subscription) closes the subscription, so the emitter stops keeping updates for nobody.
 */
class SilenceProcedureStream {

    private static final Logger log = LoggerFactory.getLogger(SilenceProcedureStream.class);

    private final SubscriptionQueryResult<List<SilenceProcedureView>, SilenceProcedureView> subscription;
    private final SseEmitter emitter;
    private final Duration heartbeat;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Disposable forwarding;
    private volatile Disposable keepAlive;

    SilenceProcedureStream(SubscriptionQueryResult<List<SilenceProcedureView>, SilenceProcedureView> subscription,
                           Duration timeout, Duration heartbeat) {
        this.subscription = subscription;
        this.emitter = new SseEmitter(timeout.toMillis());
        this.heartbeat = heartbeat;
    }

    SseEmitter open() {
        emitter.onCompletion(this::close);
        emitter.onError(e -> close());
        emitter.onTimeout(emitter::complete);
        forwarding = subscription.initialResult()
                .doOnNext(procedures -> send(SseEmitter.event().name("procedures").data(procedures)))
                .thenMany(subscription.updates())
                .subscribe(procedure -> send(SseEmitter.event().name("procedure").data(procedure)),
                        this::fail, emitter::complete);
        // a disconnected client is only noticed when writing to it: a comment now and then finds out
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
            // the client has gone (or the emitter completed meanwhile)
            log.debug("Silence procedure stream closed while sending: {}", e.toString());
            close();
            emitter.completeWithError(e);
        }
    }

    private void fail(Throwable error) {
        log.warn("Silence procedure stream failed", error);
        close();
        emitter.completeWithError(error);
    }

    private void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
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
