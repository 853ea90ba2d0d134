package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A silence deadline that passes while the application is stopped: as soon as it runs again, the procedure is
 * approved, dated at the deadline, not at the restart. The story is not replayed a second time.
 */
class DeadlineRestartIT {

    @Test
    void aDeadlinePassedWhileStoppedIsApprovedAtTheDeadlineAfterRestart() {
        String store = IsolatedStore.newName();
        String procedure;
        Instant deadline;
        String meetingId;
        int storyEvents;

        // given a running application with a procedure whose deadline is a few seconds away
        try (ConfigurableApplicationContext first = start(store)) {
            ApiClient secretariat = ApiClient.as(port(first), "secretariat");
            Scenario s = new Scenario(secretariat).bureau("president", "vp-grulac").meeting().topics();
            meetingId = s.meetingId;
            procedure = s.circulate("SUBSTANTIVE_TOPICS", 5);
            deadline = ((SilenceProcedureStarted) events(first, procedure).get(0).getPayload()).deadline();
            storyEvents = events(first, "cop-untoc-extended-bureau").size();
            assertThat(storyEvents).isGreaterThan(0);
            if (!IsolatedStore.onPostgres()) {
                // the embedded store writes every commit to its file before the command is answered
                String writeDelay = first.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                        "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
                        String.class);
                assertThat(writeDelay).isEqualTo("0");
            }
        }
        // when the deadline passes while it is stopped
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(deadline.plusSeconds(2)));

        // then, once restarted, the deadline concludes the procedure, dated at the deadline
        Instant restart = Instant.now();
        try (ConfigurableApplicationContext second = start(store)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> events(second, procedure).stream()
                    .anyMatch(e -> e.getPayload() instanceof SilenceProcedureApproved));
            DomainEventMessage<?> approval = events(second, procedure).stream()
                    .filter(e -> e.getPayload() instanceof SilenceProcedureApproved).findFirst().orElseThrow();
            assertThat(((SilenceProcedureApproved) approval.getPayload()).approvedAt()).isEqualTo(deadline);
            assertThat(approval.getMetaData()).containsEntry("businessTime", deadline.toString())
                    .containsEntry("actor", "system");
            assertThat(approval.getTimestamp()).isAfterOrEqualTo(restart);

            await().atMost(Duration.ofSeconds(30)).until(() -> events(second, meetingId).stream()
                    .anyMatch(e -> e.getPayload() instanceof SubstantiveTopicsApproved));
            String meetings = expect(ApiClient.as(port(second), "auditor").get("/api/meetings"), 200).raw();
            assertThat(meetings).contains(meetingId);
            assertThat(events(second, "cop-untoc-extended-bureau")).hasSize(storyEvents);
        }
    }

    private static ConfigurableApplicationContext start(String store) {
        Map<String, String> properties = new HashMap<>(IsolatedStore.properties(store, true));
        properties.put("server.port", "0");
        properties.put("spring.profiles.include", "it");
        properties.put("agenda-ledger.story.enabled", "true");
        // as command-line arguments, so that they win over the profiles' own settings
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AgendaLedgerApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<DomainEventMessage<?>> events(ConfigurableApplicationContext context, String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        context.getBean(EventStore.class).readEvents(aggregateId, 0).forEachRemaining(events::add);
        return events;
    }
}
