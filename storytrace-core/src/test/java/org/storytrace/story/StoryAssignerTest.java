package org.storytrace.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.link.Candidate;

/** The assignment rules, under a hand-set model whose probability is plain to see: 0.5 at a Jaccard of 0.3. */
class StoryAssignerTest {
    private static final double[] JACCARD_ONLY = new double[SameStoryModel.FEATURES.size()];

    static {
        JACCARD_ONLY[SameStoryModel.FEATURES.indexOf("shingle_jaccard")] = 10;
    }

    private final StoryAssigner assigner = new StoryAssigner(new SameStoryModel(-3, JACCARD_ONLY, 0.5, 0.5, "test"));

    private static Candidate sharingWords(String article, String story, double jaccard) {
        return new Candidate(article, story, jaccard, 0, List.of());
    }

    private static Candidate sharingWords(String article, String story, double jaccard, Instant published) {
        return new Candidate(article, story, jaccard, 0, List.of(), 0, 0, 0, 0, List.of(), published);
    }

    @Test
    void articleWithoutStrongCandidatesOpensAStoryNamedAfterIt() {
        Assignment a = assigner.assign("abc", List.of(sharingWords("x", "sx", 0.1)), null);
        assertThat(a.opened()).isTrue();
        assertThat(a.storyId()).isEqualTo(StoryAssigner.newStoryId("abc"));
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void candidateWithNothingInCommonNeverJoinsWhateverTheBias() {
        StoryAssigner credulous = new StoryAssigner(new SameStoryModel(5, JACCARD_ONLY, 0.5, 0.5, "test"));
        assertThat(credulous.assign("a", List.of(sharingWords("x", "sx", 0)), null).opened()).isTrue();
    }

    @Test
    void articleJoinsTheStoryOfItsMostLikelyCandidate() {
        Assignment a = assigner.assign("a", List.of(sharingWords("x", "sx", 0.4), sharingWords("y", "sy", 0.9)), null);
        assertThat(a.opened()).isFalse();
        assertThat(a.decidedBy().articleId()).isEqualTo("y");
        assertThat(a.score()).isGreaterThan(0.9);
    }

    @Test
    void severalModerateMatchesInOneStoryOutweighOneBetterMatchInAnother() {
        List<Candidate> c = List.of(sharingWords("x", "sa", 0.3), sharingWords("y", "sa", 0.3), sharingWords("z", "sa", 0.3),
                sharingWords("w", "sb", 0.34));
        StoryAssigner strict = new StoryAssigner(new SameStoryModel(-3, JACCARD_ONLY, 0.7, 0.95, "test"));
        Assignment a = strict.assign("new", c, null);
        assertThat(a.storyId()).isEqualTo("sa");
        assertThat(a.score()).isCloseTo(0.875, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void bridgingArticleMergesStoriesIntoTheSameOneWhateverTheOrder() {
        List<Candidate> c = List.of(sharingWords("x", "sb", 0.6), sharingWords("y", "sa", 0.5));
        Assignment a = assigner.assign("z", c, null);
        Assignment b = assigner.assign("z", List.of(c.get(1), c.get(0)), null);
        assertThat(a.storyId()).isEqualTo("sa").isEqualTo(b.storyId());
        assertThat(a.merged()).containsExactly("sb");
    }

    @Test
    void mergingAsksForMoreEvidenceThanJoiningWhenTheModelSaysSo() {
        StoryAssigner cautious = new StoryAssigner(new SameStoryModel(-3, JACCARD_ONLY, 0.5, 0.9, "test"));
        Assignment a = cautious.assign("z", List.of(sharingWords("x", "sb", 0.6), sharingWords("y", "sa", 0.4)), null);
        assertThat(a.storyId()).isEqualTo("sb");
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void oldStoriesCoolDown() {
        Instant now = Instant.parse("2024-11-25T00:00:00Z");
        assertThat(assigner.assign("a", List.of(sharingWords("x", "sx", 0.4, now.minusSeconds(3600))), now).opened()).isFalse();
        assertThat(assigner.assign("a", List.of(sharingWords("x", "sx", 0.4, now.minusSeconds(20 * 86400))), now).opened()).isTrue();
    }
}
