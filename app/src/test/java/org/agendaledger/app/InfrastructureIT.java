package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The wiring a deployment relies on, asserted on the running application (H2 or PostgreSQL). */
class InfrastructureIT extends LedgerIntegrationTest {

    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private SagaStore<?> sagaStore;
    @Autowired
    private DeadlineManager deadlineManager;
    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    private org.agendaledger.app.cluster.ClusterNodes nodes;
    @Autowired
    private org.agendaledger.app.cluster.NodeIdentity identity;

    @Test
    void persistentImplementationsAreWired() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class).isNotSameAs(serializer);
    }

    @Test
    void everyProcessingGroupRunsOnAPooledStreamingProcessor() {
        Map<String, Boolean> declared = declaredProcessingGroups();
        assertThat(declared).containsKeys("agenda-view", "silence-procedure-process");
        for (String group : declared.keySet()) {
            assertThat(processing.eventProcessor(group)).get().as(group)
                    .isInstanceOf(PooledStreamingEventProcessor.class);
        }
        // and no processor runs that no class declares
        assertThat(processing.eventProcessors().keySet()).containsExactlyInAnyOrderElementsOf(declared.keySet());
    }

    @Test
    void everyProcessingGroupOfEventHandlersParksWhatFailsInADeadLetterQueueAndNothingIsJustLogged() {
        Map<String, Boolean> declared = declaredProcessingGroups();
        declared.forEach((group, saga) -> {
            if (saga) {
                // a saga's handlers park nothing: its errors go to its processor, which retries with backoff
                assertThat(processing.listenerInvocationErrorHandler(group)).as(group)
                        .isInstanceOf(org.axonframework.eventhandling.PropagatingErrorHandler.class);
            } else {
                assertThat(processing.deadLetterQueue(group)).as(group).get().isInstanceOf(
                        org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue.class);
                assertThat(processing.sequencedDeadLetterProcessor(group)).as(group).isPresent();
            }
        });
        assertThat(declared.values()).contains(true, false);
    }

    /**
     * Every processing group the application's code declares (not the tests'), found by scanning for
     * {@link ProcessingGroup}, each with whether it is a saga's.
     */
    private static Map<String, Boolean> declaredProcessingGroups() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        Map<String, Boolean> groups = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.agendaledger")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue;
            }
            groups.put(type.getAnnotation(ProcessingGroup.class).value(), type.isAnnotationPresent(Saga.class));
        }
        return groups;
    }

    @Test
    void theSegmentsThisNodeClaimsCarryItsNameAndItsHeartbeatIsWritten() {
        String node = nodes.alive().stream().filter(id -> id.equals(identity.id())).findFirst().orElseThrow();
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> jdbc.queryForList(
                "SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL", String.class).contains(node));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_node WHERE node_id = ?", Integer.class, node))
                .isEqualTo(1);
    }

    @Test
    void everyTableComesFromTheMigrations() {
        Integer applied = jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE",
                Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(2);
        for (String table : new String[]{"domain_event_entry", "snapshot_event_entry", "token_entry",
                "saga_entry", "association_value_entry", "dead_letter_entry", "scheduled_tasks", "ledger_node",
                "meeting_view",
                "bureau_view", "bureau_view_member",
                "agenda_view", "silence_procedure_view", "decision_trail", "audit_log"}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isNotNull();
        }
    }

    @Test
    void onPostgresBinaryColumnsAreByteaAndTheEventTableHasItsOwnSequence() {
        if (!IsolatedStore.onPostgres()) {
            return;
        }
        Map<String, Object> payload = jdbc.queryForMap("SELECT data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = 'domain_event_entry' "
                + "AND column_name = 'payload'");
        assertThat(payload.get("data_type")).isEqualTo("bytea");
        Integer oids = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND data_type = 'oid'", Integer.class);
        assertThat(oids).isZero();
        String sequence = jdbc.queryForObject("SELECT pg_get_serial_sequence(current_schema() || "
                + "'.domain_event_entry', 'global_index')", String.class);
        assertThat(sequence).isNotNull().contains("domain_event_entry");
        Integer sharing = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE "
                + "table_schema = current_schema() AND column_default LIKE ?", Integer.class, "%" + sequence + "%");
        assertThat(sharing).isZero();
    }

    @Test
    void aPasswordIsCheckedAsConfiguredAndNeverReEncodedAfterUse() {
        // given a user whose password is configured as {noop} and who has signed in
        expect(secretariat().get("/api/meetings"), 200);
        expect(secretariat().get("/api/meetings"), 200);

        // then the password is still held as configured: no bcrypt check on every later request
        assertThat(users)
                .isNotInstanceOf(org.springframework.security.core.userdetails.UserDetailsPasswordService.class);
        assertThat(users.loadUserByUsername("secretariat").getPassword()).isEqualTo("{noop}" + ApiClient.PASSWORD);
    }

    @Test
    void theOpenApiDescriptionAndItsUiAreServed() {
        ApiClient anonymous = ApiClient.anonymous(port);
        String description = expect(anonymous.get("/v3/api-docs"), 200).raw();
        assertThat(description).contains("/api/silence-procedures", "/api/meetings/{meetingId}/agenda",
                "/api/meetings/{meetingId}/slots/{slotId}/assignments", "/api/bureaus",
                // read-your-writes is part of the contract
                "\"Ledger-Position\"", "\"Ledger-Not-Older-Than\"", "\"notOlderThan\"");
        assertThat(expect(anonymous.get("/swagger-ui/index.html"), 200).raw()).contains("Swagger UI");
    }
}
