package org.storytrace.link;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An archived article that may be about the same story as a new one, with the evidence that it is: estimated
 * word-shingle Jaccard, the IDF-weighted overlap of the language-neutral keys (shared weight over the geometric
 * mean of both sides' weights, like a cosine), the keys shared and their summed weight, and how many keys each
 * side has, since sharing three keys means much for two one-line blurbs and little for two long reports. Pivot
 * terms ("p:" keys: frequent content words rendered in English by bilingual dictionaries) are counted apart, in
 * their own overlap, since they are many, noisier and absent for languages without a dictionary. {@code published}
 * is when the archived article was, for the time decay of the story score (null when it declared no time).
 */
public record Candidate(String articleId, String storyId, double jaccard, double keyOverlap, List<String> sharedKeys,
                        double sharedKeyWeight, int queryKeys, int candidateKeys, double pivotOverlap, List<String> sharedPivots,
                        Instant published) {
    public Candidate {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        sharedKeys = List.copyOf(sharedKeys);
        sharedPivots = List.copyOf(sharedPivots);
    }

    /**
     * A candidate known only by its overall figures: each side taken to hold just the shared keys, no pivot terms,
     * no publication time.
     */
    public Candidate(String articleId, String storyId, double jaccard, double keyOverlap, List<String> sharedKeys) {
        this(articleId, storyId, jaccard, keyOverlap, sharedKeys, sharedKeys.size(), sharedKeys.size(), sharedKeys.size(), 0, List.of(),
                null);
    }

    /** Shared keys of one kind: "n:" names, "s:" name skeletons, "#:" numbers, "%:", "$:", "d:" dates. */
    public long shared(String prefix) {
        long n = 0; // a loop, not a stream: the story model asks this four times per candidate
        for (String k : sharedKeys) {
            if (k.startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    /** The share of the smaller side's keys that the other side has too: high when one text summarises the other. */
    public double containment() {
        int smaller = Math.min(queryKeys, candidateKeys);
        return smaller == 0 ? 0 : Math.min(1.0, sharedKeys.size() / (double) smaller);
    }
}
