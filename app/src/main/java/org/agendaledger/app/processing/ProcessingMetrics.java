package org.agendaledger.app.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Metrics at {@code /actuator/prometheus}: Axon's own (through {@code axon-micrometer}, with a tag per message type —
 * among them the latency of every command by command, {@code commandBus_allTimer_seconds}), and per event processor its lag
 * behind the store's head, its parked events and its segments in error. Axon's auto-configuration of these metrics
 * is ordered against Spring Boot 3's metrics configuration and would, on Boot 4, create a registry of its own before
 * Boot's Prometheus registry exists; it is excluded and its two beans are declared here on Boot's registry.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingMetrics {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry registry) {
        return new GlobalMetricRegistry(registry);
    }

    @Bean
    MetricsConfigurerModule axonMetrics(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true);
    }

    @Bean
    ProcessorMeters processorMeters(Processors processors, MeterRegistry registry) {
        return new ProcessorMeters(processors, registry);
    }

    /** The processors' figures, read at most once a second however many gauges ask. */
    static final class ProcessorMeters {

        private final Processors processors;
        private final MeterRegistry registry;
        private volatile List<Processors.Status> last = List.of();
        private volatile Instant readAt = Instant.MIN;

        ProcessorMeters(Processors processors, MeterRegistry registry) {
            this.processors = processors;
            this.registry = registry;
        }

        /** The processors exist once Axon has started: one set of gauges for each. */
        @EventListener(ApplicationStartedEvent.class)
        void register() {
            for (String name : processors.names()) {
                gauge("agenda_ledger_processor_lag_events", "Positions the slowest segment is behind the "
                        + "store's head", name, s -> s.lag());
                gauge("agenda_ledger_dead_letters", "Events parked in the dead-letter queue", name,
                        s -> s.parkedEvents());
                gauge("agenda_ledger_processor_segments_in_error", "Segments run by this node that are "
                        + "in error", name, s -> s.errors().size());
            }
        }

        private void gauge(String meter, String description, String processor,
                           ToDoubleFunction<Processors.Status> value) {
            Gauge.builder(meter, this, meters -> meters.current().stream()
                    .filter(s -> s.name().equals(processor)).findFirst().map(value::applyAsDouble)
                    .orElse(Double.NaN))
                    .description(description)
                    .tag("processor", processor)
                    .register(registry);
        }

        private List<Processors.Status> current() {
            if (Duration.between(readAt, Instant.now()).compareTo(Duration.ofSeconds(1)) > 0) {
                readAt = Instant.now();
                try {
                    last = processors.all();
                } catch (RuntimeException unavailable) {
                    // the store cannot be read now (a database or Axon Server down): the gauges say nothing
                    last = List.of();
                }
            }
            return last;
        }
    }
}
