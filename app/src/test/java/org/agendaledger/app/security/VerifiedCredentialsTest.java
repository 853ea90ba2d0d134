package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.agendaledger.app.AgendaLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The verified-credentials cache on its own, on a clock of the test's: only the very password checked is found, for
 * its user and encoding, until its time is up; none at all with a time of zero; never more than the bound.
 */
class VerifiedCredentialsTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final String ENCODED = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5H4sXl.tQzUp6Z5Q1dS5B2K";

    private final AtomicLong nanos = new AtomicLong();

    private VerifiedCredentials cache(Duration ttl, long maximumSize) {
        return new VerifiedCredentials(ttl, maximumSize, nanos::get);
    }

    @Test
    void aPasswordCheckedIsFoundAgain_forItsUserWhateverTheCaseOfTheName() {
        VerifiedCredentials verified = cache(TTL, 100);
        assertThat(verified.holds("president", "right", ENCODED)).as("nothing checked yet").isFalse();

        verified.remember("president", "right", ENCODED);

        assertThat(verified.holds("president", "right", ENCODED)).isTrue();
        assertThat(verified.holds("President", "right", ENCODED)).as("names are looked up without case").isTrue();
        assertThat(verified.size()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsNeverFound_evenRightAfterTheRightOne() {
        VerifiedCredentials verified = cache(TTL, 100);
        verified.remember("president", "right", ENCODED);

        assertThat(verified.holds("president", "wrong", ENCODED)).isFalse();
        assertThat(verified.holds("president", "Right", ENCODED)).isFalse();
        assertThat(verified.holds("president", "right ", ENCODED)).isFalse();
        assertThat(verified.holds("president", "", ENCODED)).isFalse();
        // the same password for another user, or against another encoding (a changed password), is not found either
        assertThat(verified.holds("vp-weog", "right", ENCODED)).isFalse();
        assertThat(verified.holds("president", "right", "{bcrypt}$2a$10$another")).isFalse();
        // nor a name and password split differently
        verified.remember("ab", "c", ENCODED);
        assertThat(verified.holds("a", "bc", ENCODED)).isFalse();
    }

    @Test
    void aCheckExpiresItsTimeAfterIt_howeverOftenItWasFoundMeanwhile() {
        VerifiedCredentials verified = cache(TTL, 100);
        verified.remember("president", "right", ENCODED);

        nanos.addAndGet(TTL.minusSeconds(1).toNanos());
        assertThat(verified.holds("president", "right", ENCODED)).as("a second before its time").isTrue();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(verified.holds("president", "right", ENCODED)).as("at its time").isFalse();
        assertThat(verified.size()).isZero();
        // checked again: remembered again for as long
        verified.remember("president", "right", ENCODED);
        nanos.addAndGet(TTL.minusSeconds(1).toNanos());
        assertThat(verified.holds("president", "right", ENCODED)).isTrue();
    }

    @Test
    void aTimeOfZeroRemembersNothing() {
        VerifiedCredentials verified = cache(Duration.ZERO, 100);

        verified.remember("president", "right", ENCODED);

        assertThat(verified.enabled()).isFalse();
        assertThat(verified.holds("president", "right", ENCODED)).isFalse();
        assertThat(verified.size()).isZero();
        verified.forget("president");
    }

    @Test
    void neverMoreAreKeptThanTheBound() {
        VerifiedCredentials verified = cache(TTL, 3);

        for (int i = 0; i < 50; i++) {
            verified.remember("member-" + i, "right", ENCODED);
        }

        assertThat(verified.size()).isLessThanOrEqualTo(3);
        long found = java.util.stream.IntStream.range(0, 50)
                .filter(i -> verified.holds("member-" + i, "right", ENCODED)).count();
        assertThat(found).isBetween(1L, 3L);
    }

    @Test
    void forgettingAUserDropsItsChecksOnly() {
        VerifiedCredentials verified = cache(TTL, 100);
        verified.remember("president", "right", ENCODED);
        verified.remember("president", "another-right", "{bcrypt}$2a$10$another");
        verified.remember("vp-weog", "right", ENCODED);

        verified.forget("PRESIDENT");

        assertThat(verified.holds("president", "right", ENCODED)).isFalse();
        assertThat(verified.holds("president", "another-right", "{bcrypt}$2a$10$another")).isFalse();
        assertThat(verified.holds("vp-weog", "right", ENCODED)).isTrue();
    }

    @Test
    void eachStartHasAKeyOfItsOwn() {
        // what one instance remembers another cannot find: the key is drawn at random, never shared or kept
        VerifiedCredentials first = cache(TTL, 100);
        VerifiedCredentials second = cache(TTL, 100);
        first.remember("president", "right", ENCODED);

        assertThat(second.holds("president", "right", ENCODED)).isFalse();
    }

    @Test
    void settingsThatMakeNoSenseAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new VerifiedCredentialsSettings(Duration.ofSeconds(-1), 100))
                .hasMessageContaining("verified-credentials.ttl must be a duration");
        assertThatThrownBy(() -> new VerifiedCredentialsSettings(null, 100))
                .hasMessageContaining("verified-credentials.ttl must be a duration");
        assertThatThrownBy(() -> new VerifiedCredentialsSettings(TTL, 0))
                .hasMessageContaining("verified-credentials.maximum-size must be at least 1");
        assertThat(new VerifiedCredentialsSettings(Duration.ZERO, 1).ttl()).isZero();
    }

    @Test
    void theApplicationDoesNotStartWithATimeThatMakesNoSense() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(AgendaLedgerApplication.class);
        assertThatThrownBy(() -> app.run("--spring.profiles.active=default",
                "--spring.datasource.url=jdbc:h2:mem:verified-credentials", "--server.port=0",
                "--agenda-ledger.story.enabled=false", "--agenda-ledger.security.verified-credentials.ttl=-PT1M"))
                .hasStackTraceContaining("agenda-ledger.security.verified-credentials.ttl must be a duration");
    }
}
