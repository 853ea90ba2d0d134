package org.agendaledger.app.infrastructure;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Each aggregate's repository reads only the events of its own type, so a command to the id of a Bureau that is
 * meant for a meeting finds no meeting (404 {@code UNKNOWN_ID}) instead of failing to rebuild a meeting from a
 * Bureau's events. {@code @Aggregate(filterEventsByType = true)} says so, but Axon 4.13's Spring aggregate lookup does
 * not pass that attribute on to the aggregate's configurer: this post-processor does, after the lookup has
 * registered the configurers (it is a registry post-processor, so it runs before every plain one).
 */
@Configuration(proxyBeanMethods = false)
class AggregateTypes {

    @Bean
    static BeanFactoryPostProcessor filterEventsByAggregateType() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                if (!SpringAggregateConfigurer.class.getName().equals(definition.getBeanClassName())) {
                    continue;
                }
                ConstructorArgumentValues.ValueHolder type = definition.getConstructorArgumentValues()
                        .getIndexedArgumentValue(0, Class.class);
                if (type != null && type.getValue() instanceof Class<?> aggregateType) {
                    Aggregate aggregate = AnnotationUtils.findAnnotation(aggregateType, Aggregate.class);
                    if (aggregate != null && aggregate.filterEventsByType()) {
                        definition.getPropertyValues().add("filterEventsByType", true);
                    }
                }
            }
        };
    }
}
