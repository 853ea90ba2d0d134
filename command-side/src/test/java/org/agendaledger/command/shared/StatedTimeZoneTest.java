package org.agendaledger.command.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatedTimeZoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Vienna", "America/New_York", "UTC", "Etc/GMT+1"})
    void givenAnIanaRegionOrUtc_whenJudged_thenItIsAZoneToStateMeetingsIn(String zone) {
        assertThat(StatedTimeZone.valid(zone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "Z", "GMT", "CET", "UTC+01:00", "Mars/Olympus", "europe/vienna", "", " "})
    void givenAnOffsetAnAbbreviationOrNoZone_whenJudged_thenItIsRefused(String zone) {
        assertThat(StatedTimeZone.valid(zone)).isFalse();
        assertThat(StatedTimeZone.valid(null)).isFalse();
        assertThat(StatedTimeZone.valid("Europe/" + "x".repeat(StatedTimeZone.LONGEST))).isFalse();
    }

    @Test
    void givenALocalDeadline_whenStatedInVienna_thenItIsTheInstantOfViennasSummerTime() {
        assertThat(StatedTimeZone.instant(LocalDateTime.parse("2020-05-01T18:00"), "Europe/Vienna"))
                .isEqualTo(Instant.parse("2020-05-01T16:00:00Z"));
    }

    @Test
    void givenALocalDeadline_whenStatedInAnOffset_thenTheTimeZoneFieldIsRefused() {
        assertThatThrownBy(() -> StatedTimeZone.instant(LocalDateTime.parse("2020-05-01T18:00"), "+02:00"))
                .isInstanceOfSatisfying(InvalidFields.class, refused -> {
                    assertThat(refused.code()).isEqualTo(StatedTimeZone.CODE);
                    assertThat(refused.fields()).containsExactly(
                            java.util.Map.entry("timeZone", StatedTimeZone.SENTENCE));
                });
    }
}
