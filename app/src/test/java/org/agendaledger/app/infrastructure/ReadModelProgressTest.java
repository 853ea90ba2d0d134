package org.agendaledger.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** When a segment of a read model has handled the events a command stored at positions after {@code since}. */
class ReadModelProgressTest {

    private static TrackingToken gapAware(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, List.of(gaps));
    }

    @Test
    void givenASegmentAtOrPastTheNewestEvent_thenTheEventsAreHandled() {
        assertThat(ReadModelProgress.handled(gapAware(12), 9, 12)).isTrue();
        assertThat(ReadModelProgress.handled(gapAware(15), 9, 12)).isTrue();
        assertThat(ReadModelProgress.handled(new GlobalSequenceTrackingToken(12), 9, 12)).isTrue();
    }

    @Test
    void givenASegmentShortOfTheNewestEvent_thenTheyAreNot() {
        assertThat(ReadModelProgress.handled(gapAware(11), 9, 12)).isFalse();
        assertThat(ReadModelProgress.handled(new GlobalSequenceTrackingToken(11), 9, 12)).isFalse();
    }

    @Test
    void givenASegmentThatWentPastOneOfTheCommandsEventsBeforeItWasCommitted_thenTheyAreNotYet() {
        assertThat(ReadModelProgress.handled(gapAware(14, 11L), 9, 12)).isFalse();
        assertThat(ReadModelProgress.handled(gapAware(14, 10L, 12L), 9, 12)).isFalse();
    }

    @Test
    void givenGapsOnlyOutsideTheCommandsPositions_thenTheyDoNotHoldItUp() {
        // a position before the command (another transaction, or one rolled back) and one after it
        assertThat(ReadModelProgress.handled(gapAware(14, 4L, 9L, 13L), 9, 12)).isTrue();
    }

    @Test
    void givenASegmentWithoutAToken_thenNothingIsHandled() {
        assertThat(ReadModelProgress.handled(null, 9, 12)).isFalse();
    }

    @Test
    void givenASegmentReplayingTheHistory_thenItsReplayPositionCounts() {
        TrackingToken replaying = ReplayToken.createReplayToken(gapAware(20), gapAware(5));
        assertThat(ReadModelProgress.handled(replaying, 9, 12)).isFalse();
        TrackingToken caughtUp = ReplayToken.createReplayToken(gapAware(20), gapAware(13));
        assertThat(ReadModelProgress.handled(caughtUp, 9, 12)).isTrue();
    }
}
