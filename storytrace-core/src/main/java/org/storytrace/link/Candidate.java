package org.storytrace.link;

import java.util.List;
import java.util.Objects;

/**
 * An archived article that may be about the same story as a new one, with the evidence that it is: estimated
 * word-shingle Jaccard, IDF-weighted overlap of all language-neutral keys and of each kind of key (names as
 * written, name sound skeletons, facts: numbers, percentages, money and dates), and the keys shared. An overlap
 * is the shared key weight over the geometric mean of both sides' weights of that kind.
 */
public record Candidate(String articleId, String storyId, double jaccard, double sharedKeyWeight, double keyOverlap, List<String> sharedKeys,
                        double nameOverlap, double skeletonOverlap, double factOverlap) {
    public Candidate {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        sharedKeys = List.copyOf(sharedKeys);
    }

    /** A candidate known only by its overall figures (per-kind overlaps taken as the overall one). */
    public Candidate(String articleId, String storyId, double jaccard, double keyOverlap, List<String> sharedKeys) {
        this(articleId, storyId, jaccard, sharedKeys.size(), keyOverlap, sharedKeys, keyOverlap, keyOverlap, keyOverlap);
    }

    /** Shared keys of one kind: "n:" names, "s:" skeletons, or a fact kind ("#:", "%:", "$:", "d:"). */
    public long shared(String prefix) {
        return sharedKeys.stream().filter(k -> k.startsWith(prefix)).count();
    }

    /** Shared numbers, percentages, money and dates. */
    public long sharedFacts() {
        return sharedKeys.stream().filter(Candidate::isFact).count();
    }

    static boolean isFact(String key) {
        return key.startsWith("#:") || key.startsWith("%:") || key.startsWith("$:") || key.startsWith("d:");
    }
}
