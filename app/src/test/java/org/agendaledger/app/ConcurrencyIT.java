package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many members reacting at the same moment: every reaction lands exactly once or is refused clearly. */
class ConcurrencyIT extends LedgerIntegrationTest {

    private static final List<String> MEMBERS = List.of("member-a", "member-b", "member-c", "member-d",
            "member-e", "member-f");

    @Autowired
    private EventStorageEngine storageEngine;

    @Autowired
    private TransactionManager transactionManager;

    @Test
    void concurrentObjectionsAndCommentsLandExactlyOnceWithGaplessSequenceNumbers() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau(MEMBERS.toArray(String[]::new)).meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 120);

        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> objections = new ArrayList<>();
        List<Future<ApiClient.Response>> comments = new ArrayList<>();
        try {
            for (String member : MEMBERS) {
                comments.add(pool.submit(() -> {
                    start.await();
                    return as(member).post("/api/silence-procedures/" + procedure + "/comments",
                            Map.of("text", "Comment from " + member));
                }));
                objections.add(pool.submit(() -> {
                    start.await();
                    return as(member).post("/api/silence-procedures/" + procedure + "/objections",
                            Map.of("kind", "OBJECTION", "text", "Objection from " + member));
                }));
            }
            start.countDown();
            int acceptedComments = 0;
            for (Future<ApiClient.Response> comment : comments) {
                ApiClient.Response response = comment.get();
                assertThat(response.status()).as(response.toString()).isIn(201, 409);
                if (response.status() == 201) {
                    acceptedComments++;
                } else {
                    assertThat(response.code()).isEqualTo("SILENCE_BROKEN");
                }
            }
            for (Future<ApiClient.Response> objection : objections) {
                expect(objection.get(), 201);
            }

            List<DomainEventMessage<?>> stream = eventsOf(procedure);
            assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(LongStream.range(0, stream.size()).boxed().toList());
            assertThat(count(stream, SilenceBroken.class)).isEqualTo(1);
            assertThat(count(stream, FurtherObjectionRecorded.class)).isEqualTo(MEMBERS.size() - 1);
            assertThat(count(stream, SilenceCommentRecorded.class)).isEqualTo(acceptedComments);
            assertThat(stream).hasSize(1 + MEMBERS.size() + acceptedComments);
            // each member's objection is there once
            assertThat(stream.stream().map(DomainEventMessage::getPayload)
                    .filter(p -> p instanceof SilenceBroken || p instanceof FurtherObjectionRecorded)
                    .map(p -> p instanceof SilenceBroken b ? b.memberId() : ((FurtherObjectionRecorded) p).memberId())
                    .toList()).containsExactlyInAnyOrderElementsOf(MEMBERS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDuplicateAppendToOneAggregateIsAConflictNotAStoreFailure() {
        String id = "concurrency-" + java.util.UUID.randomUUID();
        append(id, 0);
        assertThatThrownBy(() -> append(id, 0)).isInstanceOf(AggregateStreamCreationException.class);
        append(id, 1);
        assertThatThrownBy(() -> append(id, 1)).isInstanceOf(ConcurrencyException.class);
        assertThat(eventsOf(id)).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
    }

    private void append(String aggregateId, long sequence) {
        transactionManager.executeInTransaction(() -> storageEngine.appendEvents(new GenericDomainEventMessage<>(
                "Bureau", aggregateId, sequence, new BureauEstablished(aggregateId, "Test"))));
    }

    private static long count(List<DomainEventMessage<?>> events, Class<?> type) {
        return events.stream().filter(e -> type.isInstance(e.getPayload())).count();
    }
}
