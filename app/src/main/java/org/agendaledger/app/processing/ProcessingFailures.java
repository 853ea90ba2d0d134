package org.agendaledger.app.processing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The failures of the segments this node runs, kept until the segment gets past them. A pooled processor whose batch
 * fails — a saga's handler, or storing the saga, or parking an event — releases the segment and claims it again
 * after a growing pause, without keeping any trace of why; here every rolled-back batch is noted (processor,
 * segment, the event at which it failed, the error, how often, since when), and the note is dropped as soon as a
 * batch of that segment commits. {@link Processors} shows what is noted, and the health turns {@code DOWN}.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingFailures {

    /** One segment failing: at which event and position, why, since when and how often. */
    public record Failure(String processor, int segment, String eventType, Long position, String error,
                          Instant since, Instant last, int attempts) {
    }

    private static final String NOTED = ProcessingFailures.class.getName() + ".noted";

    private final Map<String, Failure> failing = new ConcurrentHashMap<>();

    /** The failures of this node's segments that have not been got past, oldest first. */
    public List<Failure> current() {
        return failing.values().stream().sorted(java.util.Comparator.comparing(Failure::since)).toList();
    }

    /** The error and, when it wraps another, what it wraps at the root: usually what an operator must mend. */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "rolled back";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return root == cause ? error : error + " — caused by " + root.getClass().getSimpleName() + ": "
                + root.getMessage();
    }

    @Bean
    ConfigurerModule noteProcessingFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, processor) -> interceptor(processor));
    }

    private MessageHandlerInterceptor<EventMessage<?>> interceptor(String processor) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.root().resources().putIfAbsent(NOTED + processor, Boolean.TRUE) == null) {
                watch(unitOfWork.root(), processor);
            }
            return chain.proceed();
        };
    }

    private void watch(UnitOfWork<?> batch, String processor) {
        Object segment = batch.resources().get("Processor[" + processor + "]/SegmentId");
        if (!(segment instanceof Integer segmentId)) {
            return; // not a batch of a pooled processor's segment (a dead letter being retried, say)
        }
        String key = processor + "/" + segmentId;
        batch.afterCommit(u -> failing.remove(key));
        batch.onRollback(u -> {
            Throwable cause = u.getExecutionResult() == null ? null : u.getExecutionResult().getExceptionResult();
            Object message = u.getMessage();
            EventMessage<?> event = message instanceof EventMessage<?> em ? em : null;
            Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                    ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
            String error = describe(cause);
            Instant now = Instant.now();
            failing.merge(key, new Failure(processor, segmentId, event == null ? null
                    : event.getPayloadType().getSimpleName(), position, error, now, now, 1),
                    (before, again) -> new Failure(processor, segmentId, again.eventType(), again.position(),
                            again.error(), before.since(), now, before.attempts() + 1));
        });
    }
}
