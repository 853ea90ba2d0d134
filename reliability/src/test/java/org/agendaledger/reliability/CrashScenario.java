package org.agendaledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kill -9} under load loses nothing that was acknowledged. Eight writers send commands as fast as the node
 * answers; once 40, 80, 120 commands were acknowledged the process is killed, requests still under way; restarted on the same store, every command that was answered 2xx
 * has its events exactly once, every stream is gapless, the hash chain holds, and the read models equal a replay of
 * the history. On the embedded H2 store and on PostgreSQL, three rounds each.
 */
@Tag("reliability")
class CrashScenario {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 3;
    /** The node is killed once this many commands (times the round) were acknowledged, writers still busy. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void killedUnderLoadLosesNothingAcknowledged(String database) throws Exception {
        int acknowledged = 0;
        int lost = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String name = "crash-" + database + "-" + round + "-" + System.nanoTime();
            LedgerProcess.Store store = database.equals("h2") ? LedgerProcess.Store.embedded(name)
                    : LedgerProcess.Store.postgres(Postgres.newSchema());

            // given a node under load
            Writers writers;
            try (LedgerProcess node = LedgerProcess.start(name, store)) {
                Scenario bureau = new Scenario(node.as("secretariat")).bureau("member-a");
                writers = new Writers(n -> node.as("secretariat"), bureau.bureauId, "shared-" + round);
                writers.prepare();
                writers.start(WRITERS);
                writers.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL * round, Duration.ofSeconds(90));

                // when it is killed in the middle of it
                node.kill();
                writers.stop();
            }

            // then, restarted on the same store, it holds everything it acknowledged, once
            try (LedgerProcess node = LedgerProcess.start(name + "-restarted", store)) {
                StoreCheck held = new StoreCheck(node.as("auditor"));
                StoreCheck.Findings findings = held.against(writers.acknowledged());
                assertThat(findings.acknowledged()).as("acknowledged commands")
                        .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL * round);
                assertThat(findings.lost()).as("acknowledged but lost").isEmpty();
                assertThat(findings.doubled()).as("stored twice").isEmpty();
                assertThat(findings.gaps()).as("streams with gaps").isEmpty();
                held.assertIntact();
                held.assertReadModelsEqualReplay();
                acknowledged += findings.acknowledged();
                lost += findings.lost().size();
            }
        }
        Figures.record("kill -9 under load, " + database, "%d rounds of %d writers: %d commands acknowledged, "
                .formatted(ROUNDS, WRITERS, acknowledged) + lost + " lost");
    }
}
