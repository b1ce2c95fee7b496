package org.storytrace.link;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.storytrace.model.Fingerprint;

/**
 * The online retrieval index: LSH buckets over MinHash bands for verbatim reuse, and postings of
 * language-neutral keys for rewrites and translations that share names, numbers and dates but little wording.
 * A query touches only the buckets and postings of its own fingerprint, never the whole archive.
 *
 * <p>With a lateness bound, articles published too long before the newest one to be a candidate of any article
 * still to come are spilled: their signature, keys, buckets and postings are dropped and only their story is kept,
 * so memory and query cost follow the window, not the archive (issue 5). Key document frequencies and the archive
 * size behind IDF keep counting spilled articles, so the candidates of an article are scored exactly as without
 * spilling. Not thread-safe: one writer adds articles in arrival order.
 */
public final class LinkIndex {
    /**
     * Keys with more postings than this say little about a story ("ukraine" in a war archive) and would make
     * queries linear in the archive, so they are not followed to find candidates (they still count in scoring).
     * With spilling, the postings counted are those of articles still held: the cost this guards against.
     */
    static final int MAX_POSTINGS_FOLLOWED = 2_000;
    /** At most this many key-sharing articles are scored per query, the ones sharing the most key weight. */
    static final int MAX_KEY_CANDIDATES = 64;

    private final LshParameters lsh;
    private final Duration window;
    /** How far behind the newest article a new one may arrive and still see all its candidates; null: never spill. */
    private final Duration lateness;

    /** Every key ever indexed, by number, with the number of articles holding it (spilled ones included). */
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<String> keyNames = new ArrayList<>();
    private int[] documentFrequency = new int[1024];
    /** Per key id: whether it is a pivot term, which is weighed apart from names and facts. */
    private boolean[] pivot = new boolean[1024];
    /** Per-query caches by key number, valid while their stamp is the query's. */
    private double[] idfCache = new double[1024];
    private int[] idfStamp = new int[1024];
    private int[] sharedStamp = new int[1024];
    private int queries;
    private int sharedMarks;
    /** Articles ever added: the N of IDF. */
    private int archived;
    private long arrivals;

    private final Map<String, Entry> held = new HashMap<>();
    private final BandBuckets<Entry> buckets = new BandBuckets<>();
    private final List<EntryList<Entry>> postings = new ArrayList<>();
    /** Held members of each story, so a merge touches only the absorbed story's articles. */
    private final Map<String, List<Entry>> members = new HashMap<>();

    /** Spilled articles: the story each was in when spilled; later merges are followed through {@link #mergedInto}. */
    private final Map<String, String> spilled = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    /** Dated held articles, oldest first: the next ones to spill. */
    private final PriorityQueue<Entry> byTime = new PriorityQueue<>(
            Comparator.comparing((Entry e) -> e.published).thenComparingLong(e -> e.arrival));
    private Instant newest;

    /**
     * An index that keeps every article's fingerprint.
     *
     * @param lsh    banding of the MinHash signature
     * @param window articles whose known publication times lie further apart than this are not candidates
     */
    public LinkIndex(LshParameters lsh, Duration window) {
        this.lsh = lsh;
        this.window = window;
        this.lateness = null;
    }

    /**
     * An index that spills articles published more than {@code window + lateness} before the newest one. An
     * article arriving more than {@code lateness} behind the newest, or with no time, may then miss candidates
     * that were spilled; a backfill of an old archive in random order needs the unbounded index.
     */
    public LinkIndex(LshParameters lsh, Duration window, Duration lateness) {
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("link index: lateness must not be negative, not " + lateness);
        }
        this.lsh = lsh;
        this.window = window;
        this.lateness = lateness;
    }

    /**
     * What the index holds of an article. Signature and keys are kept as arrays (keys as numbers in the dictionary)
     * rather than the {@link Fingerprint}, whose strings would be repeated in every article that has them. The keys
     * are distinct and in the iteration order of a {@code HashSet} of the fingerprint's keys, the order in which
     * the scoring has always summed their weights: the same order gives bit-identical overlaps.
     */
    private static final class Entry {
        final String articleId;
        String storyId;
        final int[] minHash;
        final int[] keys;
        final Instant published;
        final long arrival;
        /** Scratch of the query under way (the index has one writer and answers one query at a time). */
        int seenBy;
        int weighedBy;
        int firstWeighed;
        double keyWeight;

        Entry(String articleId, String storyId, int[] minHash, int[] keys, Instant published, long arrival) {
            this.articleId = articleId;
            this.storyId = storyId;
            this.minHash = minHash;
            this.keys = keys;
            this.published = published;
            this.arrival = arrival;
        }
    }

    /** Articles ever added, spilled ones included. */
    public int size() {
        return archived;
    }

    /** Articles whose fingerprints are held for retrieval: all of them unless the index spills. */
    public int held() {
        return held.size();
    }

    /** Adds an article; {@code published} may be null when the article declared no time. */
    public void add(String articleId, String storyId, Fingerprint fingerprint, Instant published) {
        if (held.containsKey(articleId) || spilled.containsKey(articleId)) {
            return;
        }
        List<String> keys = fingerprint.keys();
        for (String key : keys) {
            int id = keyId(key); // first: it may grow the array
            documentFrequency[id]++;
        }
        Set<String> distinct = new HashSet<>(keys);
        int[] ids = new int[distinct.size()];
        int at = 0;
        for (String key : distinct) {
            ids[at++] = keyIds.get(key);
        }
        Entry e = new Entry(articleId, storyId, fingerprint.minHash(), ids, published, arrivals++);
        archived++;
        held.put(articleId, e);
        members.computeIfAbsent(storyId, k -> new ArrayList<>(1)).add(e);
        for (int band = 0; band < lsh.bands(); band++) {
            buckets.add(bandKey(e.minHash, band), e);
        }
        for (String key : keys) {
            int id = keyIds.get(key);
            EntryList<Entry> post = postings.get(id);
            if (post == null) {
                post = new EntryList<>(2);
                postings.set(id, post);
            }
            post.add(e);
        }
        if (lateness != null && published != null) {
            byTime.add(e);
            if (newest == null || published.isAfter(newest)) {
                newest = published;
                spillBefore(newest.minus(window).minus(lateness));
            }
        }
    }

    private int keyId(String key) {
        Integer id = keyIds.get(key);
        if (id != null) {
            return id;
        }
        int next = keyNames.size();
        keyIds.put(key, next);
        keyNames.add(key);
        postings.add(null);
        if (next == documentFrequency.length) {
            documentFrequency = Arrays.copyOf(documentFrequency, next * 2);
            pivot = Arrays.copyOf(pivot, next * 2);
            idfCache = Arrays.copyOf(idfCache, next * 2);
            idfStamp = Arrays.copyOf(idfStamp, next * 2);
            sharedStamp = Arrays.copyOf(sharedStamp, next * 2);
        }
        pivot[next] = isPivot(key);
        return next;
    }

    private void spillBefore(Instant horizon) {
        while (!byTime.isEmpty() && byTime.peek().published.isBefore(horizon)) {
            Entry e = byTime.poll();
            held.remove(e.articleId);
            spilled.put(e.articleId, e.storyId);
            for (int band = 0; band < lsh.bands(); band++) {
                buckets.remove(bandKey(e.minHash, band), e);
            }
            for (int id : e.keys) {
                EntryList<Entry> post = postings.get(id);
                while (post != null && post.remove(e)) {
                    if (post.size() == 0) {
                        postings.set(id, null);
                        post = null;
                    }
                }
            }
            List<Entry> story = members.get(e.storyId);
            if (story != null) {
                story.removeIf(m -> m == e);
                if (story.isEmpty()) {
                    members.remove(e.storyId);
                }
            }
        }
    }

    /** Records that every member of {@code absorbed} now belongs to {@code kept}. */
    public void mergeStories(String kept, String absorbed) {
        if (kept.equals(absorbed)) {
            return;
        }
        // Spilled members are not rewritten; storyOf follows the merge instead. Never record a cycle.
        if (lateness != null && !resolve(kept).equals(absorbed)) {
            mergedInto.put(absorbed, kept);
        }
        List<Entry> moved = members.remove(absorbed);
        if (moved == null) {
            return;
        }
        for (Entry e : moved) {
            e.storyId = kept;
        }
        members.computeIfAbsent(kept, k -> new ArrayList<>(moved.size())).addAll(moved);
    }

    /** The story an indexed article is in now, after any merges; null when it is not indexed. */
    public String storyOf(String articleId) {
        Entry e = held.get(articleId);
        if (e != null) {
            return e.storyId;
        }
        String story = spilled.get(articleId);
        return story == null ? null : resolve(story);
    }

    /** When a held article was published; null when it declared no time, was spilled or is unknown. */
    public Instant publishedOf(String articleId) {
        Entry e = held.get(articleId);
        return e == null ? null : e.published;
    }

    private String resolve(String story) {
        String s = story;
        for (String next = mergedInto.get(s); next != null; next = mergedInto.get(s)) {
            s = next;
        }
        if (!s.equals(story) && !s.equals(mergedInto.get(story))) {
            mergedInto.put(story, s); // path compression: a long chain of merges is walked once
        }
        return s;
    }

    /** Archived articles that may share a story with {@code fingerprint}, best first. */
    public List<Candidate> candidates(Fingerprint fingerprint, Instant published) {
        Query q = new Query(fingerprint);
        List<Entry> found = new ArrayList<>();
        for (int band = 0; band < lsh.bands(); band++) {
            buckets.forEach(bandKey(q.sig, band), e -> q.find(e, found));
        }
        // Key weight per article, summed key by key in the query's order; the articles in the order first reached,
        // which breaks ties among equal weights as the insertion-ordered map this replaces did.
        List<Entry> weighed = new ArrayList<>();
        for (int i = 0; i < q.ids.length; i++) {
            EntryList<Entry> post = q.ids[i] < 0 ? null : postings.get(q.ids[i]);
            if (post == null || post.size() > MAX_POSTINGS_FOLLOWED) {
                continue;
            }
            double w = q.idf[i];
            post.forEach(e -> {
                if (e.weighedBy != q.stamp) {
                    e.weighedBy = q.stamp;
                    e.firstWeighed = weighed.size();
                    e.keyWeight = w;
                    weighed.add(e);
                } else {
                    e.keyWeight += w;
                }
            });
        }
        Comparator<Entry> heavierFirst = Comparator.comparingDouble((Entry e) -> e.keyWeight).reversed()
                .thenComparingInt(e -> e.firstWeighed);
        if (weighed.size() > MAX_KEY_CANDIDATES) {
            weighed.sort(heavierFirst);
        }
        for (Entry e : weighed.subList(0, Math.min(MAX_KEY_CANDIDATES, weighed.size()))) {
            q.find(e, found);
        }
        return scored(q, published, found);
    }

    /**
     * Every held article in the window, scored as {@link #candidates} scores them: the exhaustive all-pairs
     * baseline that LSH and key postings are measured against. Linear in the archive; for benchmarks and tests.
     */
    public List<Candidate> scoreAll(Fingerprint fingerprint, Instant published) {
        return scored(new Query(fingerprint), published, held.values());
    }

    /** A query's signature and keys, looked up once, and its stamp for the per-query caches. */
    private final class Query {
        final int stamp = ++queries;
        final int[] sig;
        final List<String> keys;
        final int[] ids;
        final double[] idf;

        Query(Fingerprint fingerprint) {
            sig = fingerprint.minHash();
            keys = fingerprint.keys();
            ids = new int[keys.size()];
            idf = new double[keys.size()];
            for (int i = 0; i < ids.length; i++) {
                Integer id = keyIds.get(keys.get(i));
                ids[i] = id == null ? -1 : id;
                idf[i] = id == null ? idf(0) : idfOf(id);
            }
        }

        void find(Entry e, List<Entry> found) {
            if (e.seenBy != stamp) {
                e.seenBy = stamp;
                found.add(e);
            }
        }

        double idfOf(int id) {
            if (idfStamp[id] != stamp) {
                idfStamp[id] = stamp;
                idfCache[id] = idf(documentFrequency[id]);
            }
            return idfCache[id];
        }
    }

    private List<Candidate> scored(Query q, Instant published, Iterable<Entry> entries) {
        List<Candidate> out = new ArrayList<>();
        for (Entry e : entries) {
            if (outsideWindow(published, e.published)) {
                continue;
            }
            out.add(score(q, e));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> Math.max(c.jaccard(), c.keyOverlap())).reversed()
                .thenComparing(Candidate::articleId));
        return out;
    }

    private boolean outsideWindow(Instant a, Instant b) {
        return a != null && b != null && Duration.between(a, b).abs().compareTo(window) > 0;
    }

    private Candidate score(Query q, Entry e) {
        double jaccard = MinHasher.jaccard(q.sig, e.minHash);
        int mark = ++sharedMarks;
        for (int id : e.keys) {
            sharedStamp[id] = mark;
        }
        Weights keys = new Weights();
        Weights pivots = new Weights();
        for (int i = 0; i < q.ids.length; i++) {
            String key = q.keys.get(i);
            boolean shared = q.ids[i] >= 0 && sharedStamp[q.ids[i]] == mark;
            (isPivot(key) ? pivots : keys).ours(key, q.idf[i], shared);
        }
        for (int id : e.keys) {
            (pivot[id] ? pivots : keys).theirs(q.idfOf(id));
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

    /** Inverse document frequency of a key held by {@code df} articles, smoothed so unseen keys weigh most. */
    private double idf(int df) {
        return Math.log((archived + 1.0) / (df + 1.0)) + 1.0;
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
