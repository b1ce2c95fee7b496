package org.storytrace.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.link.Candidate;

class SameStoryModelTest {
    private final SameStoryModel model = SameStoryModel.bundled();

    @Test
    void aLoneSharedPercentageOrSumIsNoEvidence() {
        // "10 %" in a chat and "49 % off" in an advert: the pairs that chained distractors into one story.
        for (String key : List.of("%:10", "$:94")) {
            Candidate c = new Candidate("a", "s", 0, 1.0, List.of(key));
            assertThat(model.probability(c)).as(key).isZero();
            assertThat(model.contributions(c)).containsEntry(SameStoryModel.LONE, SameStoryModel.RULED_OUT);
        }
    }

    @Test
    void aLoneNumberOrDateStillCountsForShortTexts() {
        // One-sentence blurbs in two scripts often share only a death toll or a date.
        for (String key : List.of("#:272", "d:2022-10-04")) {
            Candidate c = new Candidate("a", "s", 0, 1.0, List.of(key));
            assertThat(model.probability(c)).as(key).isPositive();
            assertThat(model.contributions(c)).doesNotContainKey(SameStoryModel.LONE);
        }
    }

    @Test
    void aSharedPercentageWithANameIsOrdinaryEvidence() {
        Candidate c = new Candidate("a", "s", 0, 0.5, List.of("%:55", "n:naval group"));
        assertThat(model.probability(c)).isPositive();
    }
}
