package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints written while the store is being written to, by one node or by several on the same database: never a
 * false alarm, however late a transaction commits; always one chain; a failed round is logged and the next one
 * writes. The application's own schedule is off here: each test runs its nodes itself.
 */
@TestPropertySource(properties = "agenda-ledger.audit.checkpoint.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class AuditCheckpointIT extends LedgerIntegrationTest {

    private static final Duration MARGIN = Duration.ofSeconds(1);
    /** A node that writes a checkpoint every five events, looking at the store every 50 ms. */
    private static final CheckpointSettings EAGER = new CheckpointSettings(true, 5, Duration.ofSeconds(2), MARGIN,
            Duration.ofMillis(50), Duration.ofMinutes(10));

    @Autowired
    private EventTable events;
    @Autowired
    private CheckpointTable checkpoints;
    @Autowired
    private IntegrityCheck integrity;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void givenParallelWritersAndLateCommits_whenTwoNodesWriteCheckpointsMeanwhile_thenNoFalseAlarmAndOneChain()
            throws Exception {
        // given two nodes checkpointing on their own schedules
        List<CheckpointSchedule> nodes = List.of(node(), node());
        nodes.forEach(CheckpointSchedule::start);
        AtomicLong committedByOthers = new AtomicLong();
        ConcurrentLinkedQueue<String> coveredWhileInFlight = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            // when three writers append 20 events each to Bureaus of their own, and a fourth holds each of its
            // 10 transactions open after inserting — until five events with higher global indexes are visible
            // and a node has written a checkpoint meanwhile, or for 300 ms at most (well within the margin)
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                done.add(writers.submit(() -> {
                    String bureau = newBureau();
                    for (long n = 1; n <= 20; n++) {
                        eventStore.publish(appointed(bureau, n));
                        committedByOthers.incrementAndGet();
                    }
                }));
            }
            done.add(writers.submit(() -> {
                String bureau = newBureau();
                for (long n = 1; n <= 10; n++) {
                    long sequence = n;
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        eventStore.publish(appointed(bureau, sequence));
                        long mine = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE "
                                + "aggregate_identifier = ? AND sequence_number = ?", Long.class, bureau, sequence);
                        long seen = committedByOthers.get();
                        long written = checkpointCount();
                        long deadline = System.nanoTime() + Duration.ofMillis(300).toNanos();
                        await().atMost(Duration.ofSeconds(10)).until(() -> committedByOthers.get() >= seen + 5
                                && checkpointCount() > written || System.nanoTime() > deadline);
                        Long covered = jdbc.queryForObject("SELECT MAX(store_position) FROM audit_checkpoint",
                                Long.class);
                        if (covered != null && covered >= mine) {
                            coveredWhileInFlight.add("index %d under checkpoint at %d".formatted(mine, covered));
                        }
                    });
                }
            }));
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }

            // then no checkpoint covered an event while its transaction was open
            assertThat(coveredWhileInFlight).isEmpty();
            // and once settled, a checkpoint covers every event, and the store and every checkpoint verify
            long head = events.head().orElseThrow();
            await().atMost(PATIENCE).until(() -> checkpoints.latest().map(Checkpoint::position).orElse(0L) >= head);
        } finally {
            writers.shutdownNow();
            nodes.forEach(CheckpointSchedule::stop);
        }
        IntegrityReport report = integrity.report();
        assertThat(report.checkpoints().problems()).isEmpty();
        assertThat(report.brokenLinks()).isEmpty();
        assertThat(report.status()).isEqualTo("OK");
        List<Checkpoint> chain = checkpoints.all();
        assertThat(chain).extracting(Checkpoint::number)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, chain.size()).boxed().toList());
        assertThat(CheckpointCheck.chain(chain)).isEmpty();
        assertThat(chain.size()).as("checkpoints every five events or two seconds").isGreaterThanOrEqualTo(4);
    }

    @Test
    void givenTwoNodesAppendingTheSameNextCheckpointAtOnce_thenExactlyOneIsAppended() throws Exception {
        ExecutorService twoNodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                // given the same settled position seen by both nodes
                eventStore.publish(appointed(newBureau(), 1));
                long position = events.head().orElseThrow();
                Checkpoint latest = checkpoints.latest().orElse(null);
                StoreHead head = events.headAt(position);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> appended = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    Checkpoint next = Checkpoint.after(latest, head, Instant.now().plusMillis(node));
                    appended.add(twoNodes.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return checkpoints.appendIfNext(next);
                    }));
                }
                // then one node appends, the other finds it was first
                List<Boolean> outcomes = new ArrayList<>();
                for (Future<Boolean> outcome : appended) {
                    outcomes.add(outcome.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).containsExactlyInAnyOrder(true, false);
            }
        } finally {
            twoNodes.shutdownNow();
        }
        // and a stale node, still linking to an older checkpoint, appends nothing either
        List<Checkpoint> chain = checkpoints.all();
        Checkpoint older = chain.get(chain.size() - 2);
        assertThat(checkpoints.appendIfNext(Checkpoint.after(older, events.headAt(events.head().orElseThrow()),
                Instant.now()))).isFalse();
        assertThat(CheckpointCheck.chain(checkpoints.all())).isEmpty();
        assertThat(integrity.report().status()).isEqualTo("OK");
    }

    @Test
    void givenACheckpointThatCannotBeWritten_thenTheFailureIsLoggedAndTheNextRoundWritesIt(CapturedOutput output) {
        // given a node whose margin has passed, and the checkpoint table out of reach
        CheckpointWriter writer = new CheckpointWriter(events, checkpoints, new SettledPosition(Duration.ofMillis(1)),
                new CheckpointSettings(true, 1, Duration.ofMinutes(5), Duration.ofMillis(1), Duration.ofSeconds(10),
                        Duration.ofMinutes(10)),
                Clock.systemUTC());
        CheckpointSchedule node = new CheckpointSchedule(writer, EAGER);
        eventStore.publish(appointed(newBureau(), 1));
        writer.round();
        long before = checkpoints.all().size();
        eventStore.publish(appointed(newBureau(), 1));
        jdbc.execute("ALTER TABLE audit_checkpoint RENAME TO audit_checkpoint_away");
        try {
            // when a round runs (again, while an event appended meanwhile, e.g. a proof of notice, is not yet settled)
            await().atMost(PATIENCE).untilAsserted(() -> {
                node.round();
                assertThat(output.getAll()).contains("The audit checkpoint could not be written; the next round");
            });
        } finally {
            jdbc.execute("ALTER TABLE audit_checkpoint_away RENAME TO audit_checkpoint");
        }

        // then the failure is an error in the log, nothing was written, and the next round writes the checkpoint
        assertThat(output.getAll()).contains("ERROR", "The audit checkpoint could not be written; the next round");
        assertThat(checkpoints.all()).hasSize((int) before);
        await().atMost(PATIENCE).untilAsserted(() -> {
            node.round();
            assertThat(checkpoints.latest().orElseThrow().position()).isEqualTo(events.head().orElseThrow());
        });
        assertThat(output.getAll()).contains("Checkpoint " + before + " at position");
    }

    @Test
    void givenANodeWritingCheckpoints_thenItReadsTheWholeStoreOnlyAtItsFirstAndWhenAFullCheckIsDue() {
        // given a node that checkpoints every event, with a full check every hour
        CheckpointWriter writer = writer(Duration.ofHours(1), Clock.systemUTC());
        // when it writes six checkpoints, one event after another
        for (int i = 0; i < 6; i++) {
            newBureau();
            written(writer);
        }
        // then only its first checkpoint read the store's stream heads in full; the others brought them forward
        assertThat(writer.fullReads()).isEqualTo(1);
        // and every checkpoint still says exactly what the store held at its position
        assertThat(integrity.report().checkpoints().problems()).isEmpty();

        // given a node that checks in full at every checkpoint (PT0S)
        CheckpointWriter everyTime = writer(Duration.ZERO, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            newBureau();
            written(everyTime);
        }
        // then each of its checkpoints read the store in full
        assertThat(everyTime.fullReads()).isEqualTo(3);
        assertThat(integrity.report().checkpoints().problems()).isEmpty();
    }

    @Test
    void givenEventsChangedBelowTheLatestCheckpoint_thenARemovalIsLoggedAtOnceAndARehashWhenTheFullCheckIsDue(
                                                                                                              CapturedOutput output) {
        // given a node with a full check every ten minutes, its clock moved by the test, and two checkpoints written
        AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return Instant.now().plus(ahead.get());
            }

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        CheckpointWriter writer = writer(Duration.ofMinutes(10), clock);
        String rehashed = newBureau();
        eventStore.publish(appointed(rehashed, 1));
        String removed = newBureau();
        eventStore.publish(appointed(removed, 1));
        written(writer);
        newBureau();
        written(writer);
        long fullReads = writer.fullReads();
        long intact = checkpoints.latest().orElseThrow().number();
        String alarm = "The store no longer holds what checkpoint";
        String where = "aggregate_identifier = ? AND sequence_number = 1";
        byte[] metaData = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE " + where, byte[].class,
                rehashed);
        StoreRows taken = null;
        try {
            // when a stream's last event below the latest checkpoint is re-hashed in place
            String text = new String(metaData, java.nio.charset.StandardCharsets.UTF_8);
            String forged = text.replaceFirst("(\"" + CanonicalEvent.HASH + "\"\\s*:\\s*\"sha256:)[0-9a-f]{8}",
                    "$100000000");
            assertThat(forged).isNotEqualTo(text);
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE " + where,
                    forged.getBytes(java.nio.charset.StandardCharsets.UTF_8), rehashed);
            // then the next checkpoint, the count unchanged, brings the heads forward without reading them all
            newBureau();
            written(writer);
            assertThat(writer.fullReads()).isEqualTo(fullReads);
            assertThat(output.getAll()).doesNotContain(alarm);

            // and once the full check is due, the next checkpoint reads them all and logs the change as an error
            ahead.set(Duration.ofMinutes(10));
            newBureau();
            written(writer);
            assertThat(writer.fullReads()).isEqualTo(fullReads + 1);
            assertThat(output.getAll()).contains("ERROR", alarm);

            // when another stream's last event below the latest checkpoint is removed
            int alarms = output.getAll().split(alarm, -1).length - 1;
            taken = StoreRows.take(jdbc, "domain_event_entry", where, removed);
            assertThat(taken.count()).isEqualTo(1);
            newBureau();
            written(writer);

            // then the very next checkpoint notices it from the count, reads the heads in full, and logs it
            assertThat(writer.fullReads()).isEqualTo(fullReads + 2);
            assertThat(output.getAll().split(alarm, -1).length - 1).isEqualTo(alarms + 1);
        } finally {
            // the checkpoints of the store changed go, the events come back: the store is as it was
            StoreRows.take(jdbc, "audit_checkpoint", "checkpoint_number > ?", intact);
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE " + where, metaData, rehashed);
            if (taken != null) {
                taken.putBack();
            }
        }
        assertThat(integrity.report().checkpoints().problems()).isEmpty();
    }

    /** A node that checkpoints every event settled for a millisecond, with a full check that often. */
    private CheckpointWriter writer(Duration fullCheckEvery, Clock clock) {
        return new CheckpointWriter(events, checkpoints, new SettledPosition(Duration.ofMillis(1)),
                new CheckpointSettings(true, 1, Duration.ofMinutes(5), Duration.ofMillis(1), Duration.ofSeconds(10),
                        fullCheckEvery),
                clock);
    }

    /** Rounds of the node until the latest checkpoint, its own, covers the store's head. */
    private void written(CheckpointWriter writer) {
        long head = events.head().orElseThrow();
        await().atMost(PATIENCE).until(() -> writer.round().outcome() == CheckpointWriter.Outcome.WRITTEN
                && checkpoints.latest().orElseThrow().position() >= head);
    }

    private long checkpointCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_checkpoint", Long.class);
    }

    private CheckpointSchedule node() {
        CheckpointWriter writer = new CheckpointWriter(events, checkpoints, new SettledPosition(MARGIN), EAGER,
                Clock.systemUTC());
        return new CheckpointSchedule(writer, EAGER);
    }

    private String newBureau() {
        String bureau = "bureau-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Bureau", bureau, 0, new BureauEstablished(bureau, "B"),
                metaData()));
        return bureau;
    }

    private static GenericDomainEventMessage<?> appointed(String bureau, long sequence) {
        return new GenericDomainEventMessage<>("Bureau", bureau, sequence,
                new BureauMemberAppointed(bureau, "member-" + sequence, "Member " + sequence), metaData());
    }

    private static MetaData metaData() {
        return MetaData.with("actor", "secretariat").and("role", "SECRETARIAT")
                .and("businessTime", Instant.now().toString());
    }
}
