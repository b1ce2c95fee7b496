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
    /** A story cools down over this time: a dated candidate this much older than the new article weighs 1/e as much. */
    static final Duration DECAY = Duration.ofDays(7);
    /** Members of a story whose probabilities are combined (see {@link #storyScore}): more lets big stories absorb noise. */
    static final int STORY_MEMBERS_COUNTED = 3;

    private final SameStoryModel model;

    public StoryAssigner(SameStoryModel model) {
        this.model = model;
    }

    public StoryAssigner() {
        this(SameStoryModel.bundled());
    }

    public SameStoryModel model() {
        return model;
    }

    /**
     * Decides for the article {@code articleId}. Candidates are scored against the archive; {@code published} and
     * each candidate's publication time (either may be missing) drive the time decay.
     */
    public Assignment assign(String articleId, List<Candidate> candidates, Instant published) {
        Map<String, Candidate> bestPerStory = new LinkedHashMap<>();
        Map<String, Double> bestScore = new LinkedHashMap<>();
        Map<String, List<Double>> scoresPerStory = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.jaccard() == 0 && c.sharedKeys().isEmpty() && c.sharedPivots().isEmpty()) {
                continue; // nothing in common: the model's bias alone must never join two articles
            }
            double score = model.probability(c) * decay(published, c.published());
            scoresPerStory.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(score);
            if (score > bestScore.getOrDefault(c.storyId(), -1.0)) {
                bestScore.put(c.storyId(), score);
                bestPerStory.put(c.storyId(), c);
            }
        }
        Map<String, Double> scorePerStory = new LinkedHashMap<>();
        scoresPerStory.forEach((story, scores) -> {
            double score = storyScore(scores);
            if (score >= model.join()) {
                scorePerStory.put(story, score);
            }
        });
        if (scorePerStory.isEmpty()) {
            return new Assignment(newStoryId(articleId), true, List.of(), null, 0);
        }
        String best = scorePerStory.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        List<String> bridged = new ArrayList<>();
        bridged.add(best);
        scorePerStory.forEach((story, score) -> {
            if (!story.equals(best) && score >= model.merge()) {
                bridged.add(story);
            }
        });
        // When a bridging article joins several stories, the smallest id survives: the choice does not depend on
        // arrival order, so a shuffled re-ingest ends with the same ids.
        String kept = bridged.stream().min(String::compareTo).orElseThrow();
        List<String> merged = new ArrayList<>(bridged);
        merged.remove(kept);
        return new Assignment(kept, false, merged, bestPerStory.get(best), scorePerStory.get(best));
    }

    /**
     * A story's probability of being the new article's: the noisy-or of its {@link #STORY_MEMBERS_COUNTED} most
     * probable members. A fourth translation of a report meets each earlier one only moderately (other script,
     * other words) but meets several; an unrelated story rarely has even one good match.
     */
    static double storyScore(List<Double> memberScores) {
        double none = 1;
        List<Double> sorted = new ArrayList<>(memberScores);
        sorted.sort(java.util.Comparator.reverseOrder());
        for (int i = 0; i < Math.min(STORY_MEMBERS_COUNTED, sorted.size()); i++) {
            none *= 1 - sorted.get(i);
        }
        return 1 - none;
    }

    /** The id of a story opened by {@code articleId}: derived from it, so re-ingesting the archive gives the same ids. */
    public static String newStoryId(String articleId) {
        return "s" + articleId;
    }

    private static double decay(Instant a, Instant b) {
        if (a == null || b == null) {
            return 1.0;
        }
        double days = Math.abs(Duration.between(a, b).toMinutes()) / (24.0 * 60);
        return Math.exp(-days / DECAY.toDays());
    }
}
