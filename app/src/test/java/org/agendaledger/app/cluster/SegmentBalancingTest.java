package org.agendaledger.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.app.infrastructure.StoredTokens;
import org.junit.jupiter.api.Test;

/** How many segments a node gives up so that every node alive holds its share. */
class SegmentBalancingTest {

    private static List<StoredTokens.Segment> held(String... owners) {
        List<StoredTokens.Segment> segments = new ArrayList<>();
        for (int i = 0; i < owners.length; i++) {
            segments.add(new StoredTokens.Segment("meeting-view", i, null, owners[i], null));
        }
        return segments;
    }

    @Test
    void givenOneNodeHoldingEverythingWhenASecondJoins_thenItReleasesHalf() {
        assertThat(SegmentBalancing.surplus(4, held("a", "a", "a", "a"), List.of("a", "b"))).isEqualTo(2);
    }

    @Test
    void givenTwoNodesSharingFourSegmentsWhenAThirdJoins_thenEachReleasesOneAndTheyEndAsTwoOneOne() {
        List<StoredTokens.Segment> segments = held("a", "a", "b", "b");
        assertThat(SegmentBalancing.surplus(2, segments, List.of("a", "b", "c"))).isEqualTo(1);
        // once the third holds its share, nothing moves
        List<StoredTokens.Segment> balanced = held("a", "b", "c", "c");
        assertThat(SegmentBalancing.surplus(2, balanced, List.of("a", "b", "c"))).isZero();
        assertThat(SegmentBalancing.surplus(1, balanced, List.of("a", "b", "c"))).isZero();
    }

    @Test
    void givenAnEvenShare_thenNobodyReleases() {
        assertThat(SegmentBalancing.surplus(2, held("a", "a", "b", "b"), List.of("a", "b"))).isZero();
    }
}
