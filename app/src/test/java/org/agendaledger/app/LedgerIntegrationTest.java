package org.agendaledger.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on a store of its own (H2, or a PostgreSQL schema on the postgres
 * profile), with the real story loaded, driven through HTTP as its users would.
 */
@SpringBootTest(classes = AgendaLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.include=it", "agenda-ledger.story.enabled=true"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class LedgerIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void isolatedStore(DynamicPropertyRegistry registry) {
        IsolatedStore.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected EventStore eventStore;

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * Every test begins once the application is ready — the story told and every read model caught up with it — as a
     * user would begin once the readiness probe says so.
     */
    @org.junit.jupiter.api.BeforeEach
    protected void readModelsCaughtUp() {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> ApiClient.anonymous(port)
                .get("/actuator/health/readiness").status() == 200);
    }

    protected ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    protected ApiClient secretariat() {
        return as("secretariat");
    }

    /**
     * Every event ever stored but the proofs of notice: the count a refused command must leave unchanged. The
     * notices' sender records a {@code NoticeDelivered} in the background whenever a message of an earlier procedure
     * has its outcome, which no request of the test caused.
     */
    protected long eventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type <> ?",
                Long.class, org.agendaledger.events.silence.NoticeDelivered.class.getName());
        return count == null ? 0 : count;
    }

    /** Every event in the store, the proofs of notice included. */
    protected long allEventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The events of the stream in order, but the proofs of notice ({@code NoticeDelivered}), which the notices'
     * sender records in the background whenever a message has its outcome: what the test's own requests stored.
     */
    protected List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        return allEventsOf(aggregateId).stream()
                .filter(e -> !(e.getPayload() instanceof org.agendaledger.events.silence.NoticeDelivered)).toList();
    }

    /** Every event of the stream in order, the proofs of notice included. */
    protected List<DomainEventMessage<?>> allEventsOf(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0).forEachRemaining(events::add);
        return events;
    }

    protected static Map<String, Object> map(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
