package org.agendaledger.app.infrastructure;

import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Jackson 3 everywhere. Events and messages are plain JSON an auditor can read; only the general serializer
 * (tokens, sagas, deadline scopes) records type information, limited to Axon's and this application's classes.
 */
@Configuration(proxyBeanMethods = false)
class Serializers {

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(Serializers.class.getClassLoader()))
                .defaultTyping()
                .jsonMapperBuilderCustomizer(builder -> builder
                        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                                .allowIfSubType("org.axonframework.")
                                .allowIfSubType("org.agendaledger.")
                                .allowIfSubType("java.util.")
                                .allowIfSubType("java.time.")
                                .allowIfSubType("java.lang.")
                                .build()))
                .build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisionResolver) {
        return plain(revisionResolver);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver) {
        return plain(revisionResolver);
    }

    private static Serializer plain(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(Serializers.class.getClassLoader()))
                .build();
    }
}
