package org.agendaledger.app.infrastructure;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.agendaledger.app.cluster.NodeIdentity;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Storage in the application's database (H2 file or PostgreSQL): Axon's JDBC storage engine for the events (unless
 * the {@code axonserver} profile hands them to Axon Server), tokens, sagas and dead letters beside the read models,
 * every table named in snake case and created by Flyway, and persistent deadlines through db-scheduler.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonStorage {

    /** The event store itself, embedded in the database unless Axon Server holds the events. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    static class EmbeddedEvents {

        /** SQL state 23505: unique violation, on H2 and PostgreSQL alike; turns a duplicate append into a conflict. */
        @Bean
        PersistenceExceptionResolver persistenceExceptionResolver() {
            return new SQLStateResolver("23505");
        }

        @Bean
        EventSchema eventSchema() {
            return EventSchema.builder()
                    .eventTable("domain_event_entry")
                    .snapshotTable("snapshot_event_entry")
                    .globalIndexColumn("global_index")
                    .timestampColumn("time_stamp")
                    .eventIdentifierColumn("event_identifier")
                    .aggregateIdentifierColumn("aggregate_identifier")
                    .sequenceNumberColumn("sequence_number")
                    .typeColumn("type")
                    .payloadTypeColumn("payload_type")
                    .payloadRevisionColumn("payload_revision")
                    .payloadColumn("payload")
                    .metaDataColumn("meta_data")
                    .build();
        }

        @Bean
        EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                              PersistenceExceptionResolver persistenceExceptionResolver,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              Configuration configuration, ConnectionProvider connectionProvider,
                                              TransactionManager transactionManager, EventSchema eventSchema,
                                              @Value("${agenda-ledger.store.gap-timeout:PT60S}") Duration gapTimeout,
                                              @Value("${agenda-ledger.store.max-gap-offset:10000}") int maxGapOffset) {
            return JdbcEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(eventSchema)
                    .gapTimeout((int) gapTimeout.toMillis())
                    .maxGapOffset(maxGapOffset)
                    .build();
        }
    }

    /*
     * Axon's own JDBC and transaction auto-configurations are ordered against Spring Boot 3's class names; on
     * Boot 4 they are evaluated before the DataSource exists and back off. The beans they would give are declared
     * here, and a test asserts the wired types.
     */

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** The segments a node claims carry its {@link NodeIdentity}, which is also how the nodes know one another. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          NodeIdentity node,
                          @Value("${agenda-ledger.cluster.claim-timeout:PT10S}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .nodeId(node.id())
                .claimTimeout(claimTimeout)
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer, SagaSqlSchema schema) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(schema)
                .serializer(serializer)
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new GenericSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * db-scheduler's own auto-configuration does not activate on Spring Boot 4, so the scheduler is declared here;
     * Axon then supplies its {@code DbSchedulerDeadlineManager} and the task that runs deadlines.
     */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${agenda-ledger.deadlines.polling-interval:PT1S}") Duration pollingInterval,
                                @Value("${agenda-ledger.deadlines.threads:2}") int threads,
                                @Value("${agenda-ledger.deadlines.heartbeat:PT5S}") Duration heartbeat) {
        // a deadline picked by a node that dies is taken up by another after six missed heartbeats (30 s by
        // default; db-scheduler's own default, 5 minutes, would leave it for half an hour)
        // the recurring tasks (the notices' sender and digest) are scheduled on start; the others when asked
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<RecurringTask<Object>> recurring = (List) tasks.stream().filter(RecurringTask.class::isInstance)
                .toList();
        List<Task<?>> onDemand = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return Scheduler.create(dataSource, onDemand)
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .threads(threads)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }
}
