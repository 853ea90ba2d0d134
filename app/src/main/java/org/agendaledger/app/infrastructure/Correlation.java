package org.agendaledger.app.infrastructure;

import org.agendaledger.events.EventMetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every event inherits from the command that caused it: who acted, in which role, for which member, at what
 * business time, and the correlation and trace ids (kept by {@link MessageOriginProvider}).
 */
@Configuration(proxyBeanMethods = false)
class Correlation {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetaData.ACTOR, EventMetaData.ROLE,
                EventMetaData.MEMBER_ID, EventMetaData.BUSINESS_TIME);
    }
}
