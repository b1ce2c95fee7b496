package org.storytrace.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storytrace.link.Candidate;

/**
 * Stage 5 entry point: given the scored candidates of a new article, decides whether it joins a story, opens one,
 * or bridges several (which are then merged into one, chosen independently of arrival order).
 */
public final class StoryAssigner {
    /**
     * Estimated shingle Jaccard at which two articles share wording enough to be one story whatever their keys:
     * republications and light edits. Set by hand for the first version (issue 2); the cross-lingual issue fits
     * a calibrated model on the dev sets.
     */
    static final double SAME_WORDING = 0.3;
    /**
     * IDF-weighted key overlap at which two articles are one story when they also share {@link #MIN_SHARED_KEYS}
     * keys: rewrites and translations name the same people, places, numbers and dates.
     */
    static final double SAME_KEYS = 0.35;
    /** Fewer shared keys than this is coincidence (two articles that both mention Ukraine and Kyiv). */
    static final int MIN_SHARED_KEYS = 5;
    /** A story cools down over this time: a dated candidate this much older than the new article weighs 1/e as much. */
    static final Duration DECAY = Duration.ofDays(7);

    /**
     * Decides for the article {@code articleId}. Candidates are scored against the archive; {@code published} and
     * {@code candidateTimes} (article id → publication time, entries may be missing) drive the time decay.
     */
    public Assignment assign(String articleId, List<Candidate> candidates, Instant published, Map<String, Instant> candidateTimes) {
        Map<String, Candidate> bestPerStory = new LinkedHashMap<>();
        Map<String, Double> scorePerStory = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            double score = score(c) * decay(published, candidateTimes.get(c.articleId()));
            if (score >= 1.0 && score > scorePerStory.getOrDefault(c.storyId(), 0.0)) {
                scorePerStory.put(c.storyId(), score);
                bestPerStory.put(c.storyId(), c);
            }
        }
        if (scorePerStory.isEmpty()) {
            return new Assignment(newStoryId(articleId), true, List.of(), null, 0);
        }
        // When a bridging article joins several stories, the smallest id survives: the choice does not depend on
        // arrival order, so a shuffled re-ingest ends with the same ids.
        String kept = scorePerStory.keySet().stream().min(String::compareTo).orElseThrow();
        String best = scorePerStory.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> merged = new ArrayList<>(scorePerStory.keySet());
        merged.remove(kept);
        return new Assignment(kept, false, merged, bestPerStory.get(best), scorePerStory.get(best));
    }

    /** The id of a story opened by {@code articleId}: derived from it, so re-ingesting the archive gives the same ids. */
    public static String newStoryId(String articleId) {
        return "s" + articleId;
    }

    /** 1.0 or more means "same story": whichever of wording and keys is the stronger evidence, against its bar. */
    static double score(Candidate c) {
        double wording = c.jaccard() / SAME_WORDING;
        double keys = c.sharedKeys().size() >= MIN_SHARED_KEYS ? c.keyOverlap() / SAME_KEYS : 0;
        return Math.max(wording, keys);
    }

    private static double decay(Instant a, Instant b) {
        if (a == null || b == null) {
            return 1.0;
        }
        double days = Math.abs(Duration.between(a, b).toMinutes()) / (24.0 * 60);
        return Math.exp(-days / DECAY.toDays());
    }
}
