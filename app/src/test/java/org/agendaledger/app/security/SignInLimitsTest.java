package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.agendaledger.app.AgendaLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The limits of failed sign-ins: how the locks grow, and limits that make no sense refused with a reason. */
class SignInLimitsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void eachLockInARowLastsTwiceAsLongAsTheOneBefore_upToTheLongest() {
        SignInLimits limits = new SignInLimits(5, 20, Duration.ofMinutes(15), MINUTE, Duration.ofMinutes(15));

        assertThat(limits.lockNumber(1)).isEqualTo(MINUTE);
        assertThat(limits.lockNumber(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(limits.lockNumber(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(limits.lockNumber(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(limits.lockNumber(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.lockNumber(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void limitsThatMakeNoSenseAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new SignInLimits(0, 20, MINUTE, MINUTE, MINUTE))
                .hasMessageContaining("max-failures-per-user and max-failures-per-address must be at least 1");
        assertThatThrownBy(() -> new SignInLimits(5, -1, MINUTE, MINUTE, MINUTE))
                .hasMessageContaining("must be at least 1");
        assertThatThrownBy(() -> new SignInLimits(5, 20, Duration.ZERO, MINUTE, MINUTE))
                .hasMessageContaining("window must be a positive duration");
        assertThatThrownBy(() -> new SignInLimits(5, 20, MINUTE, null, MINUTE))
                .hasMessageContaining("lock must be a positive duration");
        assertThatThrownBy(() -> new SignInLimits(5, 20, MINUTE, MINUTE, MINUTE.negated()))
                .hasMessageContaining("max-lock must be a positive duration");
        assertThatThrownBy(() -> new SignInLimits(5, 20, MINUTE, Duration.ofMinutes(2), MINUTE))
                .hasMessageContaining("max-lock (PT1M) cannot be shorter than lock (PT2M)");
    }

    @Test
    void theApplicationDoesNotStartWithLimitsThatMakeNoSense() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(AgendaLedgerApplication.class);
        assertThatThrownBy(() -> app.run("--spring.profiles.active=default",
                "--spring.datasource.url=jdbc:h2:mem:sign-in-limits", "--server.port=0",
                "--agenda-ledger.story.enabled=false", "--agenda-ledger.security.sign-in.window=PT0S"))
                .hasStackTraceContaining("agenda-ledger.security.sign-in.window must be a positive duration");
    }
}
