package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A transaction that commits after a later one leaves a temporary gap in the global index. The JDBC storage
 * engine's processors wait for the gap instead of skipping it, so the read models see both events.
 */
class GapIT extends LedgerIntegrationTest {

    @Autowired
    private EventStorageEngine storageEngine;

    @Autowired
    private TransactionManager transactionManager;

    @Test
    void anEventCommittedAfterALaterOneStillReachesTheReadModels() throws Exception {
        Scenario later = new Scenario(secretariat()).bureau("president");
        String slowMeeting = "slow-" + later.suffix;
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);

        // given a slow transaction that has appended its event but not yet committed
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
            Transaction transaction = transactionManager.startTransaction();
            storageEngine.appendEvents(new GenericDomainEventMessage<>("Meeting", slowMeeting, 0,
                    new MeetingScheduled(slowMeeting, later.bureauId, "Working Group", "first meeting", "Vienna",
                            LocalDate.of(2032, 1, 10), LocalDate.of(2032, 1, 10), "Europe/Vienna", List.of(),
                            List.of("English"), null, 1, "sha256:slow")));
            appended.countDown();
            try {
                mayCommit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            transaction.commit();
        });
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();

        // when a later transaction commits first, and the read model has processed it
        later.meeting();
        await().atMost(PATIENCE).until(() -> meetingIds().contains(later.meetingId));
        assertThat(meetingIds()).doesNotContain(slowMeeting);
        mayCommit.countDown();
        slow.get(30, TimeUnit.SECONDS);

        // then the earlier-numbered event still arrives
        await().atMost(PATIENCE).until(() -> meetingIds().contains(slowMeeting));
        Long slowIndex = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?", Long.class, slowMeeting);
        Long laterIndex = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?", Long.class, later.meetingId);
        assertThat(slowIndex).isLessThan(laterIndex);
    }

    private List<String> meetingIds() {
        List<String> ids = new java.util.ArrayList<>();
        as("auditor").get("/api/meetings").json().forEach(m -> ids.add(m.get("meetingId").asString()));
        return ids;
    }
}
