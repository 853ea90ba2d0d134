package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The settled position: the highest head seen at least the margin ago, each head dated when first seen. */
class AuditSettledPositionTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    private final SettledPosition settled = new SettledPosition(Duration.ofSeconds(60));

    @Test
    void givenNoObservation_thenNothingIsSettled() {
        assertThat(settled.at(T0)).isEmpty();
    }

    @Test
    void givenAHeadSeenJustNow_whenTheMarginHasNotPassed_thenItIsNotSettled() {
        // given
        settled.observe(41, T0);
        // when / then: a transaction that took index 40 may still commit
        assertThat(settled.at(T0.plusSeconds(59))).isEmpty();
        assertThat(settled.at(T0.plusSeconds(60))).hasValue(41);
    }

    @Test
    void givenAGrowingStore_thenTheSettledPositionIsTheNewestHeadSeenAtLeastTheMarginAgo() {
        // given
        settled.observe(10, T0);
        settled.observe(20, T0.plusSeconds(30));
        settled.observe(30, T0.plusSeconds(70));
        // when / then
        assertThat(settled.at(T0.plusSeconds(80))).hasValue(10);
        assertThat(settled.at(T0.plusSeconds(95))).hasValue(20);
        assertThat(settled.at(T0.plusSeconds(130))).hasValue(30);
        assertThat(settled.at(T0.plusSeconds(131))).hasValue(30);
    }

    @Test
    void givenTheSameHeadSeenAgain_thenItIsDatedWhenFirstSeen() {
        // given
        settled.observe(41, T0);
        settled.observe(41, T0.plusSeconds(50));
        // when / then
        assertThat(settled.at(T0.plusSeconds(61))).hasValue(41);
    }

    @Test
    void givenALowerHeadAfterAHigherOne_thenTheHigherOneStands() {
        // given: the last events removed behind the application's back
        settled.observe(41, T0);
        settled.observe(39, T0.plusSeconds(10));
        // when / then: the checkpoint at 41 will show the removal
        assertThat(settled.at(T0.plusSeconds(120))).hasValue(41);
    }
}
