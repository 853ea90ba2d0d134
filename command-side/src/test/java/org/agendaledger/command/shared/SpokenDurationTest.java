package org.agendaledger.command.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A duration as a sentence says it: the minimum period of a silence procedure, whatever it is configured to. */
class SpokenDurationTest {

    @ParameterizedTest
    @CsvSource({
            "PT72H, 72 hours",
            "PT1H, 1 hour",
            "PT90M, 1 hour and 30 minutes",
            "PT60S, 1 minute",
            "PT2S, 2 seconds",
            "PT1S, 1 second",
            "PT1.5S, 1.5 seconds",
            "PT0.25S, 0.25 seconds",
            "PT1H1M1S, '1 hour, 1 minute and 1 second'",
            "P3D, 72 hours",
            "PT0S, 0 seconds"})
    void givenADuration_whenSpoken_thenItReadsAsASentenceSaysIt(Duration duration, String spoken) {
        assertThat(SpokenDuration.of(duration)).isEqualTo(spoken);
    }
}
