package org.agendaledger.app.processing;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No event is ever skipped. By Axon's default an exception from an event handler is logged and the processor goes on
 * to the next event, so a read model silently misses it. Here:
 * <ul>
 *   <li>every processing group of event handlers has a dead-letter queue in {@code dead_letter_entry}: an event its
 *       handler cannot handle is parked there with the error, and so are the later events of the same aggregate (so
 *       they are never applied out of order), while other aggregates go on; {@link DeadLetterRetries} tries them
 *       again after a growing pause, and the secretariat can retry them at once;</li>
 *   <li>an error anywhere else — in a saga's handler (Axon has no dead-letter queue for sagas), or while parking an
 *       event — is propagated to the processor, which stops that segment and tries the same events again after a
 *       growing pause (up to a minute) without moving its token.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ProcessingErrors {

    /** The diagnostics key that counts how often a parked event was tried. */
    static final String ATTEMPTS = "attempts";

    @Bean
    ConfigurerModule neverSkipAnEvent(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                      DeadLetterSchema schema,
                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                      Serializer serializer) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDeadLetterQueueProvider(group -> config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build())
                .registerDefaultDeadLetterPolicy(c -> countingAttempts());
    }

    /** Parks every failure (first or on a retry), counting the attempts for the pause before the next one. */
    static EnqueuePolicy<EventMessage<?>> countingAttempts() {
        return (letter, cause) -> Decisions.requeue(ThrowableCause.truncated(cause),
                l -> l.diagnostics().and(ATTEMPTS, attempts(l.diagnostics().get(ATTEMPTS)) + 1));
    }

    static int attempts(Object recorded) {
        if (recorded instanceof Number number) {
            return number.intValue();
        }
        if (recorded instanceof String text && !text.isBlank()) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
