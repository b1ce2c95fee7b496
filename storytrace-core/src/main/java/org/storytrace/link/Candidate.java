package org.storytrace.link;

import java.util.List;
import java.util.Objects;

/**
 * An archived article that may be about the same story as a new one, with the evidence that it is:
 * estimated word-shingle Jaccard, IDF-weighted overlap of language-neutral keys, and the keys shared.
 */
public record Candidate(String articleId, String storyId, double jaccard, double keyOverlap, List<String> sharedKeys) {
    public Candidate {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        sharedKeys = List.copyOf(sharedKeys);
    }
}
