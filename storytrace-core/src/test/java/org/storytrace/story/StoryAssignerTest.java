package org.storytrace.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storytrace.link.Candidate;

class StoryAssignerTest {
    private final StoryAssigner assigner = new StoryAssigner();

    @Test
    void articleWithoutStrongCandidatesOpensAStoryNamedAfterIt() {
        Assignment a = assigner.assign("abc", List.of(new Candidate("x", "sx", 0.05, 0.9, List.of("n:ukraine", "n:kyiv"))), null, Map.of());
        assertThat(a.opened()).isTrue();
        assertThat(a.storyId()).isEqualTo(StoryAssigner.newStoryId("abc"));
    }

    @Test
    void sharedWordingOrManySharedKeysJoinTheStory() {
        assertThat(assigner.assign("a", List.of(new Candidate("x", "sx", 0.5, 0, List.of())), null, Map.of()).storyId()).isEqualTo("sx");
        List<String> keys = List.of("n:a", "n:b", "n:c", "d:--11-11", "%:80%");
        assertThat(assigner.assign("a", List.of(new Candidate("x", "sx", 0.0, 0.6, keys)), null, Map.of()).storyId()).isEqualTo("sx");
    }

    @Test
    void bridgingArticleMergesStoriesIntoTheSameOneWhateverTheOrder() {
        List<Candidate> c = List.of(new Candidate("x", "sb", 0.6, 0, List.of()), new Candidate("y", "sa", 0.5, 0, List.of()));
        Assignment a = assigner.assign("z", c, null, Map.of());
        Assignment b = assigner.assign("z", List.of(c.get(1), c.get(0)), null, Map.of());
        assertThat(a.storyId()).isEqualTo("sa").isEqualTo(b.storyId());
        assertThat(a.merged()).containsExactly("sb");
    }

    @Test
    void oldStoriesCoolDown() {
        Candidate c = new Candidate("x", "sx", 0.35, 0, List.of());
        Instant now = Instant.parse("2024-11-25T00:00:00Z");
        assertThat(assigner.assign("a", List.of(c), now, Map.of("x", now.minusSeconds(3600))).opened()).isFalse();
        assertThat(assigner.assign("a", List.of(c), now, Map.of("x", now.minusSeconds(20 * 86400))).opened()).isTrue();
    }
}
