package org.agendaledger.app.audit;

import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chains every event the event store publishes, whichever store it is (embedded or Axon Server). The interceptor
 * is registered here, on the event store, rather than declared as a bean: Axon's auto-configuration would also
 * register an interceptor bean on the event gateway, and the events would be chained twice.
 */
@Configuration(proxyBeanMethods = false)
class TamperEvidence {

    /** Never cancelled at shutdown: a deadline firing while the context closes still stores chained events. */
    @Bean(destroyMethod = "")
    Registration hashChainOnEveryEvent(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return eventStore.registerDispatchInterceptor(new HashChaining(serializer, eventStore));
    }
}
