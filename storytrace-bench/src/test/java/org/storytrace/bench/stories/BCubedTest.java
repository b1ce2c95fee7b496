package org.storytrace.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** B-cubed as ../shared/eval/stories/bcubed.py computes it: item-weighted, missing predictions are singletons. */
class BCubedTest {
    @Test
    void splitAndMergedClustersScoreAsTheReferenceScorerDoes() {
        // gold {a,b,c} {d}; predicted {a,b} {c,d}: per item P = 1, 1, 1/2, 1/2 and R = 2/3, 2/3, 1/3, 1.
        BCubed b = BCubed.score(Map.of("a", "g1", "b", "g1", "c", "g1", "d", "g2"), Map.of("a", "p1", "b", "p1", "c", "p2", "d", "p2"));
        assertThat(b.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(b.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.f1()).isCloseTo(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), within(1e-12));
    }

    @Test
    void articlesMissingFromThePredictionAreSingletons() {
        BCubed b = BCubed.score(Map.of("a", "g", "b", "g"), Map.of("a", "p"));
        assertThat(b.precision()).isEqualTo(1.0);
        assertThat(b.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void onlyTheKeptArticlesAreItemsAsWhenTheReferenceIsGivenOneGoldFile() {
        // bcubed.py drops predicted ids that are not in its gold files: a distractor in a news cluster is not an
        // item, but two news stories it bridges are one cluster and lose precision.
        Map<String, String> gold = Map.of("a", "g1", "b", "g2", "x", "other");
        assertThat(BCubed.score(gold, Map.of("a", "p", "b", "q", "x", "p"), id -> !id.equals("x")).precision()).isEqualTo(1.0);
        assertThat(BCubed.score(gold, Map.of("a", "p", "b", "p", "x", "p"), id -> !id.equals("x")).precision()).isCloseTo(0.5, within(1e-12));
    }
}
