package org.storytrace.story;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storytrace.link.Candidate;
import org.storytrace.link.LinkIndex;
import org.storytrace.link.Linker;
import org.storytrace.model.Fingerprint;

/**
 * The online story state of an archive: the retrieval index, which story each archived article is in and when it
 * was published. {@link #decide} proposes an assignment without changing anything, so a caller that stores
 * articles can commit the article first and only then {@link #record} it; callers without a store use {@link #add}.
 * Not thread-safe: one writer, in arrival order.
 */
public final class StoryClusterer {
    private final LinkIndex index;
    private final StoryAssigner assigner;
    private final Map<String, Instant> published = new HashMap<>();

    public StoryClusterer(Linker linker, Duration window, StoryAssigner assigner) {
        this.index = linker.newIndex(window);
        this.assigner = assigner;
    }

    /** With the bundled same-story model. */
    public StoryClusterer(Linker linker, Duration window) {
        this(linker, window, new StoryAssigner());
    }

    /** Where an article with this fingerprint would go, with the candidates that were considered. */
    public Assignment decide(String articleId, Fingerprint fingerprint, Instant publishedAt) {
        List<Candidate> candidates = index.candidates(fingerprint, publishedAt);
        return assigner.assign(articleId, candidates, publishedAt, published);
    }

    /** Makes an assignment (or an archived article being reloaded) part of the state: merges first, then the article. */
    public void record(String articleId, Fingerprint fingerprint, Instant publishedAt, Assignment assignment) {
        for (String absorbed : assignment.merged()) {
            index.mergeStories(assignment.storyId(), absorbed);
        }
        restore(articleId, assignment.storyId(), fingerprint, publishedAt);
    }

    /** Adds an article already assigned to {@code storyId}, as when the state is rebuilt from a store. */
    public void restore(String articleId, String storyId, Fingerprint fingerprint, Instant publishedAt) {
        index.add(articleId, storyId, fingerprint, publishedAt);
        if (publishedAt != null) {
            published.put(articleId, publishedAt);
        }
    }

    /** {@link #decide} then {@link #record}: the whole online step, for callers that keep no store. */
    public Assignment add(String articleId, Fingerprint fingerprint, Instant publishedAt) {
        Assignment a = decide(articleId, fingerprint, publishedAt);
        record(articleId, fingerprint, publishedAt, a);
        return a;
    }

    /**
     * The strongest link between an archived article and another member of its story, recomputed from the index;
     * empty when it is alone in its story or its fellows are no longer candidates (outside the time window).
     */
    public java.util.Optional<StoryEvidence> explain(String articleId, Fingerprint fingerprint, Instant publishedAt) {
        String story = index.storyOf(articleId);
        SameStoryModel model = assigner.model();
        return index.candidates(fingerprint, publishedAt).stream()
                .filter(c -> !c.articleId().equals(articleId) && c.storyId().equals(story))
                .max(java.util.Comparator.comparingDouble(model::probability))
                .map(c -> new StoryEvidence(c.articleId(), model.probability(c), c.sharedKeys(), model.contributions(c)));
    }

    /** The story of an archived article now, after any merges; null when it is unknown. */
    public String storyOf(String articleId) {
        return index.storyOf(articleId);
    }

    public int size() {
        return index.size();
    }
}
