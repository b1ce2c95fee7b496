package org.storytrace.story;

import java.time.Duration;
import java.time.Instant;
import org.storytrace.link.LinkIndex;
import org.storytrace.link.Linker;
import org.storytrace.link.LshParameters;
import org.storytrace.model.Fingerprint;

/**
 * The online story state of an archive: the retrieval index, which story each archived article is in and when it
 * was published (the index holds both, so that spilling old articles frees all of it). {@link #decide} proposes an assignment without changing anything, so a caller that stores
 * articles can commit the article first and only then {@link #record} it; callers without a store use {@link #add}.
 * Not thread-safe: one writer, in arrival order.
 */
public final class StoryClusterer {
    private final LinkIndex index;
    private final StoryAssigner assigner;

    public StoryClusterer(Linker linker, Duration window, StoryAssigner assigner) {
        this.index = linker.newIndex(window);
        this.assigner = assigner;
    }

    /**
     * A clusterer whose index spills articles published more than {@code window + lateness} before the newest
     * (see {@link LinkIndex}): memory and assignment cost then follow the window, not the archive.
     */
    public StoryClusterer(Duration window, Duration lateness, StoryAssigner assigner) {
        this.index = new LinkIndex(LshParameters.forThreshold(Linker.LSH_THRESHOLD, Linker.NUM_HASHES), window, lateness);
        this.assigner = assigner;
    }

    /** With the bundled same-story model. */
    public StoryClusterer(Linker linker, Duration window) {
        this(linker, window, new StoryAssigner());
    }

    /** Where an article with this fingerprint would go, with the candidates that were considered. */
    public Assignment decide(String articleId, Fingerprint fingerprint, Instant publishedAt) {
        return assigner.assign(articleId, index.candidates(fingerprint, publishedAt), publishedAt);
    }

    /**
     * The same decision with every held article in the window scored instead of the retrieved candidates: the
     * all-pairs baseline that retrieval is measured against. Linear in the archive.
     */
    public Assignment decideAllPairs(String articleId, Fingerprint fingerprint, Instant publishedAt) {
        return assigner.assign(articleId, index.scoreAll(fingerprint, publishedAt), publishedAt);
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

    /** Articles ever added, spilled ones included. */
    public int size() {
        return index.size();
    }

    /** Articles whose fingerprints the index holds for retrieval. */
    public int held() {
        return index.held();
    }
}
