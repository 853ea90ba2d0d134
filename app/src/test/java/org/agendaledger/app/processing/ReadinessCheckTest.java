package org.agendaledger.app.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agendaledger.app.infrastructure.ReadModelProgress;
import org.agendaledger.app.infrastructure.ReadModelProgress.Standing;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Status;

/** Readiness: out of service while starting and while the read models catch up with the store; then ready for good. */
class ReadinessCheckTest {

    private final ReadModelProgress progress = mock(ReadModelProgress.class);
    private final ReadinessCheck readiness = new ReadinessCheck(progress, true);

    @Test
    void givenTheApplicationStillStarting_thenItIsOutOfService() {
        assertThat(readiness.health(true).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void givenReadModelsBehindTheStoreAsItWasAtStartUp_thenItIsOutOfServiceNamingThem() {
        when(progress.head()).thenReturn(41L);
        when(progress.readModels()).thenReturn(Set.of("agenda-view", "meeting-view"));
        when(progress.standing(anyLong(), anyCollection())).thenReturn(new Standing(41, List.of("agenda-view"),
                Map.of()));

        readiness.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        var health = readiness.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("behind", List.of("agenda-view")).containsEntry("position", 41L)
                .containsEntry("story", "told");
    }

    @Test
    void givenEveryReadModelCaughtUp_thenItIsUpAndStaysUpWhenOneFallsBehindLater() {
        when(progress.head()).thenReturn(41L);
        when(progress.readModels()).thenReturn(Set.of("agenda-view"));
        when(progress.standing(anyLong(), anyCollection())).thenReturn(new Standing(41, List.of(), Map.of()));
        readiness.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(readiness.health(true).getStatus()).isEqualTo(Status.UP);

        when(progress.standing(anyLong(), anyCollection())).thenReturn(new Standing(41, List.of("agenda-view"),
                Map.of()));
        assertThat(readiness.health(true).getStatus()).isEqualTo(Status.UP);
    }
}
