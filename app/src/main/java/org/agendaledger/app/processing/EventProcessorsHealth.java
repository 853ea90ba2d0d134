package org.agendaledger.app.processing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code eventProcessors} in {@code /actuator/health}: {@code DOWN} while a segment this node runs is in error (its
 * events are not getting through; it is retried with a growing pause), {@code DEGRADED} while events are parked in a
 * dead-letter queue (the rest flows; see {@code /admin/processing}), {@code UP} otherwise. The secretariat and the
 * auditor see each processor's kind, position, lag, errors and parked events.
 */
@Component("eventProcessorsHealthIndicator")
class EventProcessorsHealth extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Events are parked in a dead-letter queue");

    private final Processors processors;

    EventProcessorsHealth(Processors processors) {
        super("The event processors could not be inspected");
        this.processors = processors;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<Processors.Status> all = processors.all();
        boolean inError = all.stream().anyMatch(Processors.Status::inError);
        long parked = all.stream().mapToLong(Processors.Status::parkedEvents).sum();
        health.status(inError ? Status.DOWN : parked > 0 ? DEGRADED : Status.UP);
        for (Processors.Status processor : all) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", processor.kind());
            details.put("position", processor.position());
            details.put("lag", processor.lag());
            details.put("segments", processor.segments().size());
            details.put("parkedEvents", processor.parkedEvents());
            if (processor.inError()) {
                details.put("errors", processor.errors());
            }
            health.withDetail(processor.name(), details);
        }
    }
}
