package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code axonserver} profile: events, commands and queries go through Axon Server; read models, tokens and
 * deadlines stay in the application's database. No Axon Server runs here, so the context is wired but not
 * started (starting would connect to the server).
 */
@SpringBootTest(classes = AgendaLedgerApplication.class,
        properties = {"agenda-ledger.story.enabled=false", "spring.datasource.url=jdbc:h2:mem:axonserver-profile",
                "axon.axonserver.servers=localhost:1", "spring.profiles.include=it"})
@ActiveProfiles("axonserver")
@Import(AxonServerProfileTest.WiredButNotStarted.class)
@DirtiesContext
class AxonServerProfileTest {

    @TestConfiguration
    static class WiredButNotStarted {

        @Bean
        LifecycleProcessor lifecycleProcessor() {
            return new DefaultLifecycleProcessor() {
                @Override
                public void onRefresh() {
                    // leave Axon's processors and connectors (and the web server) stopped
                }

                @Override
                public void onRestart() {
                    // the test context cache restarts cached contexts: keep this one stopped too
                }
            };
        }
    }

    @Autowired
    private ApplicationContext context;

    @Test
    void eventsCommandsAndQueriesGoThroughAxonServer() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(context.getBeansOfType(EventStorageEngine.class).values())
                .noneMatch(e -> e.getClass().getSimpleName().startsWith("Jdbc"));
    }

    @Test
    void readModelsTokensAndDeadlinesStayInTheDatabase() {
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
    }
}
