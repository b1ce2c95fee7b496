package org.storytrace.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why an article is in its story: the fellow member it is most likely to share the story with, that probability
 * under the same-story model, the language-neutral keys they share, and each feature's contribution to the
 * log-odds (what {@code trace} shows, so that a grouping can be checked rather than trusted).
 */
public record StoryEvidence(String withArticleId, double probability, List<String> sharedKeys, Map<String, Double> contributions) {
    public StoryEvidence {
        Objects.requireNonNull(withArticleId, "withArticleId");
        sharedKeys = List.copyOf(sharedKeys);
        contributions = Map.copyOf(contributions);
    }
}
