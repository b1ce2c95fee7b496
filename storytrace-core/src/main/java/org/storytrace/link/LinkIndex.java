package org.storytrace.link;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storytrace.model.Fingerprint;

/**
 * The online retrieval index: LSH buckets over MinHash bands for verbatim reuse, and postings of
 * language-neutral keys for rewrites and translations that share names, numbers and dates but little wording.
 * A query touches only the buckets and postings of its own fingerprint, never the whole archive.
 * Not thread-safe: one writer adds articles in arrival order.
 */
public final class LinkIndex {
    /**
     * Keys with more postings than this say little about a story ("ukraine" in a war archive) and would make
     * queries linear in the archive, so they are not followed to find candidates (they still count in scoring).
     */
    static final int MAX_POSTINGS_FOLLOWED = 2_000;
    /** At most this many key-sharing articles are scored per query, the ones sharing the most key weight. */
    static final int MAX_KEY_CANDIDATES = 64;

    private final LshParameters lsh;
    private final Duration window;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    /** Positions of each story's members, so a merge touches only the absorbed story's articles. */
    private final Map<String, List<Integer>> members = new HashMap<>();

    /**
     * @param lsh    banding of the MinHash signature
     * @param window articles whose known publication times lie further apart than this are not candidates
     */
    public LinkIndex(LshParameters lsh, Duration window) {
        this.lsh = lsh;
        this.window = window;
    }

    private record Entry(String articleId, String storyId, Fingerprint fingerprint, Instant published) {
    }

    public int size() {
        return entries.size();
    }

    /** Adds an article; {@code published} may be null when the article declared no time. */
    public void add(String articleId, String storyId, Fingerprint fingerprint, Instant published) {
        if (positions.containsKey(articleId)) {
            return;
        }
        int pos = entries.size();
        entries.add(new Entry(articleId, storyId, fingerprint, published));
        positions.put(articleId, pos);
        members.computeIfAbsent(storyId, k -> new ArrayList<>(1)).add(pos);
        int[] sig = fingerprint.minHash();
        for (int band = 0; band < lsh.bands(); band++) {
            buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>(2)).add(pos);
        }
        for (String key : fingerprint.keys()) {
            postings.computeIfAbsent(key, k -> new ArrayList<>(2)).add(pos);
        }
    }

    /** Records that every member of {@code absorbed} now belongs to {@code kept}. */
    public void mergeStories(String kept, String absorbed) {
        if (kept.equals(absorbed)) {
            return;
        }
        List<Integer> moved = members.remove(absorbed);
        if (moved == null) {
            return;
        }
        for (int i : moved) {
            Entry e = entries.get(i);
            entries.set(i, new Entry(e.articleId, kept, e.fingerprint, e.published));
        }
        members.computeIfAbsent(kept, k -> new ArrayList<>(moved.size())).addAll(moved);
    }

    /** The story an indexed article is in now, after any merges; null when it is not indexed. */
    public String storyOf(String articleId) {
        Integer pos = positions.get(articleId);
        return pos == null ? null : entries.get(pos).storyId;
    }

    /** Archived articles that may share a story with {@code fingerprint}, best first. */
    public List<Candidate> candidates(Fingerprint fingerprint, Instant published) {
        Set<Integer> found = new HashSet<>();
        int[] sig = fingerprint.minHash();
        for (int band = 0; band < lsh.bands(); band++) {
            List<Integer> bucket = buckets.get(bandKey(sig, band));
            if (bucket != null) {
                found.addAll(bucket);
            }
        }
        Map<Integer, Double> keyWeight = new LinkedHashMap<>();
        for (String key : fingerprint.keys()) {
            List<Integer> post = postings.get(key);
            if (post == null || post.size() > MAX_POSTINGS_FOLLOWED) {
                continue;
            }
            double w = idf(key);
            for (int pos : post) {
                keyWeight.merge(pos, w, Double::sum);
            }
        }
        keyWeight.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(MAX_KEY_CANDIDATES)
                .forEach(e -> found.add(e.getKey()));
        List<Candidate> out = new ArrayList<>();
        for (int pos : found) {
            Entry e = entries.get(pos);
            if (outsideWindow(published, e.published)) {
                continue;
            }
            out.add(score(fingerprint, e));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> Math.max(c.jaccard(), c.keyOverlap())).reversed()
                .thenComparing(Candidate::articleId));
        return out;
    }

    private boolean outsideWindow(Instant a, Instant b) {
        return a != null && b != null && Duration.between(a, b).abs().compareTo(window) > 0;
    }

    private Candidate score(Fingerprint query, Entry e) {
        double jaccard = MinHasher.jaccard(query.minHash(), e.fingerprint.minHash());
        Set<String> theirs = new HashSet<>(e.fingerprint.keys());
        Weights keys = new Weights();
        Weights pivots = new Weights();
        for (String key : query.keys()) {
            (isPivot(key) ? pivots : keys).ours(key, idf(key), theirs.contains(key));
        }
        for (String key : theirs) {
            (isPivot(key) ? pivots : keys).theirs(idf(key));
        }
        return new Candidate(e.articleId, e.storyId, jaccard, keys.overlap(), keys.shared, keys.sharedWeight, keys.ourCount,
                keys.theirCount, pivots.overlap(), pivots.shared);
    }

    private static boolean isPivot(String key) {
        return key.startsWith("p:");
    }

    /** Key weights of one kind on both sides of a pair. */
    private static final class Weights {
        final List<String> shared = new ArrayList<>();
        double sharedWeight;
        double ourWeight;
        double theirWeight;
        int ourCount;
        int theirCount;

        void ours(String key, double w, boolean alsoTheirs) {
            ourWeight += w;
            ourCount++;
            if (alsoTheirs) {
                shared.add(key);
                sharedWeight += w;
            }
        }

        void theirs(double w) {
            theirWeight += w;
            theirCount++;
        }

        /**
         * Shared weight over the geometric mean of both sides' weights, like a cosine: two texts sharing their
         * only key do not look like translations, while a summary of a long article still scores.
         */
        double overlap() {
            return ourWeight == 0 || theirWeight == 0 ? 0 : sharedWeight / Math.sqrt(ourWeight * theirWeight);
        }
    }

    /** Inverse document frequency of a key in the archive, smoothed so unseen keys weigh most. */
    private double idf(String key) {
        List<Integer> post = postings.get(key);
        int df = post == null ? 0 : post.size();
        return Math.log((entries.size() + 1.0) / (df + 1.0)) + 1.0;
    }

    private long bandKey(int[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        int from = band * lsh.rows();
        for (int i = from; i < from + lsh.rows(); i++) {
            h = (h ^ sig[i]) * 0x100000001b3L;
        }
        return h;
    }
}
