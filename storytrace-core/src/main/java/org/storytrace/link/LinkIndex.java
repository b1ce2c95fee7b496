package org.storytrace.link;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
    /**
     * Of a key's postings, only the newest this many are followed: stories are bursts, so an article's story-mates
     * are among the latest holders of its keys, and a query's cost stays bounded by keys times this, not by how
     * many articles of the window share a middling key (measured in bench ingest: without it, the cost of a query
     * grew linearly, to 2.5 ms at 5 000 articles).
     */
    static final int NEWEST_POSTINGS_FOLLOWED = 128;
    /** Postings visited per query at most, rarest keys first. */
    static final int MAX_POSTINGS_VISITED = 2_048;
    /** At most this many key-sharing articles are scored per query, the ones sharing the most key weight. */
    static final int MAX_KEY_CANDIDATES = 64;

    private final LshParameters lsh;
    private final Duration window;
    /** How far behind the newest article a new one may arrive and still see all its candidates; null: never spill. */
    private final Duration lateness;

    /** Every key ever indexed, by number in order of first appearance. */
    private final Map<String, Integer> keyIds = new HashMap<>();
    /**
     * Per key number, packed: the number of articles holding it (spilled ones included) shifted left by one, and in
     * the low bit whether it is a pivot term, weighed apart from names and facts. Only up to date while the key is
     * cold (no held article has it): a held key's count lives in its slot, see {@link #slotInfo}.
     */
    private int[] keyInfo = new int[1024];
    /** Per key number, its slot while some held article has it, else -1. */
    private int[] slotOf = new int[1024];
    /**
     * The keys of held articles, by slot: packed count as in {@link #keyInfo}, key number, postings. Scoring a
     * candidate reads the count of each of its keys. Read by key number, those reads went to arrays as long as the
     * archive's dictionary, cache misses that grew with the archive (bench stories: assignment p50 1.81× at 1 M
     * against 10 k with the held articles constant from 100 k); slots are reused once the last holder is spilled,
     * so these arrays follow the window.
     */
    private int[] slotInfo = new int[1024];
    private int[] slotKey = new int[1024];
    private NumberList[] slotPostings = new NumberList[1024];
    /** A key's IDF by slot, valid while its stamp is the query's: candidates of one story repeat each other's keys. */
    private double[] slotIdf = new double[1024];
    private int[] slotIdfStamp = new int[1024];
    private int slotsUsed;
    private int[] freeSlots = new int[64];
    private int freeCount;
    /** Per-query caches by key number, valid while their stamp is the query's. */
    private int queries;
    /** Articles ever added: the N of IDF. */
    private int archived;
    private long arrivals;

    private final Map<String, Entry> held = new HashMap<>();
    /** Held articles by number; numbers of spilled ones are reused, so these arrays follow the window. */
    private Entry[] byNumber = new Entry[1024];
    private int numbersUsed;
    private int[] freeNumbers = new int[64];
    private int freeNumberCount;
    /** Per query, by article number: the key weight it shares with the query, valid while its stamp is the query's. */
    private double[] weight = new double[1024];
    private int[] weighedBy = new int[1024];
    private final BandBuckets<Entry> buckets = new BandBuckets<>();
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
     * are distinct and sorted by number, so that scoring finds the shared ones by merging two sorted lists; each
     * key's slot sits beside it.
     */
    private static final class Entry {
        final String articleId;
        String storyId;
        final int[] minHash;
        final int[] keys;
        final int[] slots;
        /** Whether the fingerprint listed a key more than once, so that its postings hold this entry more than once. */
        final boolean keysRepeat;
        final Instant published;
        final long arrival;
        /** Its place in {@link #byNumber} while held: what the key postings hold. */
        final int number;
        /** Scratch of the query under way (the index has one writer and answers one query at a time). */
        int seenBy;

        Entry(String articleId, String storyId, int[] minHash, int[] keys, int[] slots, boolean keysRepeat, Instant published,
              long arrival, int number) {
            this.articleId = articleId;
            this.storyId = storyId;
            this.minHash = minHash;
            this.keys = keys;
            this.slots = slots;
            this.keysRepeat = keysRepeat;
            this.number = number;
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
        // Each key looked up once: its slot serves the counts, the entry's sorted distinct ids and the postings.
        int[] slotsInOrder = new int[keys.size()];
        for (int k = 0; k < slotsInOrder.length; k++) {
            int slot = slotOfKey(keyId(keys.get(k)));
            slotInfo[slot] += 2;
            slotsInOrder[k] = slot;
        }
        int[] ids = new int[slotsInOrder.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = slotKey[slotsInOrder[k]];
        }
        ids = Arrays.stream(ids).distinct().sorted().toArray();
        int[] slots = new int[ids.length];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = slotOf[ids[k]];
        }
        Entry e = new Entry(articleId, storyId, fingerprint.minHash(), ids, slots, ids.length < slotsInOrder.length, published,
                arrivals++, takeNumber());
        byNumber[e.number] = e;
        archived++;
        held.put(articleId, e);
        members.computeIfAbsent(storyId, k -> new ArrayList<>(1)).add(e);
        for (int band = 0; band < lsh.bands(); band++) {
            buckets.add(bandKey(e.minHash, band), e);
        }
        for (int slot : slotsInOrder) {
            NumberList post = slotPostings[slot];
            if (post == null) {
                post = new NumberList();
                slotPostings[slot] = post;
            }
            post.add(e.number);
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
        int next = keyIds.size();
        keyIds.put(key, next);
        if (next == keyInfo.length) {
            keyInfo = Arrays.copyOf(keyInfo, next * 2);
            slotOf = Arrays.copyOf(slotOf, next * 2);
        }
        keyInfo[next] = isPivot(key) ? 1 : 0;
        slotOf[next] = -1;
        return next;
    }

    /** The slot of key {@code id}, taking one (with the key's count so far) when no held article has the key yet. */
    private int slotOfKey(int id) {
        int slot = slotOf[id];
        if (slot >= 0) {
            return slot;
        }
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            slot = slotsUsed++;
            if (slot == slotInfo.length) {
                slotInfo = Arrays.copyOf(slotInfo, slot * 2);
                slotKey = Arrays.copyOf(slotKey, slot * 2);
                slotPostings = Arrays.copyOf(slotPostings, slot * 2);
                slotIdf = Arrays.copyOf(slotIdf, slot * 2);
                slotIdfStamp = Arrays.copyOf(slotIdfStamp, slot * 2);
            }
        }
        slotInfo[slot] = keyInfo[id];
        slotKey[slot] = id;
        slotOf[id] = slot;
        return slot;
    }

    /** Gives back the slot of a key no held article has any more, its count kept by key number. */
    private void freeSlot(int slot) {
        int id = slotKey[slot];
        keyInfo[id] = slotInfo[slot];
        slotOf[id] = -1;
        slotPostings[slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }

    /** A number for a new held article: one freed by a spilled article, or the next unused. */
    private int takeNumber() {
        if (freeNumberCount > 0) {
            return freeNumbers[--freeNumberCount];
        }
        int n = numbersUsed++;
        if (n == byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, n * 2);
            weight = Arrays.copyOf(weight, n * 2);
            weighedBy = Arrays.copyOf(weighedBy, n * 2);
        }
        return n;
    }

    private void freeNumber(int n) {
        byNumber[n] = null;
        if (freeNumberCount == freeNumbers.length) {
            freeNumbers = Arrays.copyOf(freeNumbers, freeNumberCount * 2);
        }
        freeNumbers[freeNumberCount++] = n;
    }

    private void spillBefore(Instant horizon) {
        while (!byTime.isEmpty() && byTime.peek().published.isBefore(horizon)) {
            Entry e = byTime.poll();
            held.remove(e.articleId);
            spilled.put(e.articleId, e.storyId);
            for (int band = 0; band < lsh.bands(); band++) {
                buckets.remove(bandKey(e.minHash, band), e);
            }
            for (int slot : e.slots) {
                NumberList post = slotPostings[slot];
                // Looking for a second copy scanned the whole list of a common key: a tenth of clustering at 300 k.
                boolean again = true;
                while (again && post.remove(e.number)) {
                    if (post.size() == 0) {
                        freeSlot(slot);
                        break;
                    }
                    again = e.keysRepeat;
                }
            }
            List<Entry> story = members.get(e.storyId);
            if (story != null) {
                story.removeIf(m -> m == e);
                if (story.isEmpty()) {
                    members.remove(e.storyId);
                }
            }
            freeNumber(e.number);
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

    /** The numbers of the articles a query weighs, in the order first reached: up to {@link #MAX_POSTINGS_VISITED}. */
    private final int[] weighed = new int[MAX_POSTINGS_VISITED];

    /** Archived articles that may share a story with {@code fingerprint}, best first. */
    public List<Candidate> candidates(Fingerprint fingerprint, Instant published) {
        Query q = new Query(fingerprint);
        List<Entry> found = new ArrayList<>();
        for (int band = 0; band < lsh.bands(); band++) {
            buckets.forEach(bandKey(q.sig, band), e -> q.find(e, found));
        }
        // Key weight per article, summed key by key in the query's order; the articles in the order first reached,
        // which breaks ties among equal weights as the insertion-ordered map this replaces did.
        int reached = 0;
        // Rarest keys first, within a budget of postings visited: each visit is a cache miss, and the rare keys
        // (names, figures) are the ones that find story-mates; the common ones mostly add weight to them.
        // Document frequency above, position below: sorting the packed numbers orders by rarity, ties by position.
        long[] byRarity = new long[q.ids.length];
        for (int i = 0; i < byRarity.length; i++) {
            byRarity[i] = (long) (q.ids[i] < 0 ? 0 : df(q.ids[i])) << 32 | i;
        }
        Arrays.sort(byRarity);
        int budget = MAX_POSTINGS_VISITED;
        for (long packed : byRarity) {
            int i = (int) packed;
            NumberList post = q.slots[i] < 0 ? null : slotPostings[q.slots[i]];
            if (post == null || post.size() > MAX_POSTINGS_FOLLOWED) {
                continue;
            }
            if (budget <= 0) {
                break;
            }
            int visits = Math.min(budget, Math.min(NEWEST_POSTINGS_FOLLOWED, post.size()));
            budget -= visits;
            double w = q.idf[i];
            int[] numbers = post.items();
            for (int k = post.newestFrom(visits), end = post.end(); k < end; k++) {
                int n = numbers[k];
                if (weighedBy[n] != q.stamp) {
                    weighedBy[n] = q.stamp;
                    weight[n] = w;
                    weighed[reached++] = n;
                } else {
                    weight[n] += w;
                }
            }
        }
        for (int n : heaviest(weighed, reached, MAX_KEY_CANDIDATES, weight)) {
            q.find(byNumber[n], found);
        }
        return scored(q, published, found);
    }

    /**
     * Of the first {@code count} numbers in {@code items}, the {@code n} of greatest {@code weightOf[number]}, ties to
     * the first in {@code items}, in that order: what sorting them all and keeping the head gives; all of them in
     * their order when there are no more than {@code n}. A heap of n positions, compared without comparator objects,
     * since a query weighs up to {@link #MAX_POSTINGS_VISITED} articles and this ran for every article.
     */
    static int[] heaviest(int[] items, int count, int n, double[] weightOf) {
        if (count <= n) {
            return Arrays.copyOf(items, count);
        }
        double[] weight = new double[count];
        for (int i = 0; i < count; i++) {
            weight[i] = weightOf[items[i]];
        }
        // A heap whose root is the worst kept: lighter, or as heavy and weighed later.
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < count; i++) {
            if (size < n) {
                heap[size] = i;
                siftUp(heap, size++, weight);
            } else if (better(i, heap[0], weight)) {
                heap[0] = i;
                siftDown(heap, size, weight);
            }
        }
        Integer[] kept = new Integer[size];
        for (int k = 0; k < size; k++) {
            kept[k] = heap[k];
        }
        Arrays.sort(kept, (a, b) -> better(a, b, weight) ? -1 : better(b, a, weight) ? 1 : 0);
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = items[kept[k]];
        }
        return out;
    }

    /** Whether item a ranks before item b: heavier, or as heavy and first in the list. */
    private static boolean better(int a, int b, double[] weight) {
        int c = Double.compare(weight[a], weight[b]);
        return c > 0 || c == 0 && a < b;
    }

    private static void siftUp(int[] heap, int at, double[] weight) {
        int item = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(heap[parent], item, weight)) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = item;
    }

    private static void siftDown(int[] heap, int size, double[] weight) {
        int item = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[child], heap[child + 1], weight)) {
                child++;
            }
            if (!better(item, heap[child], weight)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = item;
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
        /** Each key's slot, -1 when no held article has it. */
        final int[] slots;
        final double[] idf;
        final boolean[] pivotKey;
        /** The query's known key ids in ascending order, and where each sits in {@link #ids}: for merging. */
        final int[] sortedIds;
        final int[] sortedAt;
        /** Scratch of {@link #score}: the positions of the query keys the candidate being scored shares. */
        final int[] sharedAt;
        /**
         * The query's side of every pair, names and facts [0] apart from pivot terms [1]: summed once in key order,
         * as scoring each candidate summed them before, so the sums are the same to the last bit.
         */
        final double[] ourWeight = new double[2];
        final int[] ourCount = new int[2];
        /** ln(N + 1) for this query's N, the archive size. */
        final double logArchived = logOnePlus(archived);

        Query(Fingerprint fingerprint) {
            sig = fingerprint.minHash();
            keys = fingerprint.keys();
            ids = new int[keys.size()];
            slots = new int[keys.size()];
            idf = new double[keys.size()];
            pivotKey = new boolean[keys.size()];
            sharedAt = new int[keys.size()];
            for (int i = 0; i < ids.length; i++) {
                Integer id = keyIds.get(keys.get(i));
                ids[i] = id == null ? -1 : id;
                slots[i] = id == null ? -1 : slotOf[id];
                idf[i] = idfOf(id == null ? 0 : df(id));
                pivotKey[i] = isPivot(keys.get(i));
                int kind = pivotKey[i] ? 1 : 0;
                ourWeight[kind] += idf[i];
                ourCount[kind]++;
            }
            long[] packed = new long[ids.length];
            int known = 0;
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] >= 0) {
                    packed[known++] = ((long) ids[i] << 32) | i;
                }
            }
            Arrays.sort(packed, 0, known);
            sortedIds = new int[known];
            sortedAt = new int[known];
            for (int k = 0; k < known; k++) {
                sortedIds[k] = (int) (packed[k] >>> 32);
                sortedAt[k] = (int) packed[k];
            }
        }

        void find(Entry e, List<Entry> found) {
            if (e.seenBy != stamp) {
                e.seenBy = stamp;
                found.add(e);
            }
        }

        /** Inverse document frequency of a key held by {@code df} articles, smoothed so unseen keys weigh most. */
        double idfOf(int df) {
            return logArchived - logOnePlus(df) + 1.0;
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

    /** Whether |a − b| exceeds the window: Duration arithmetic without its objects, once per candidate scored. */
    private boolean outsideWindow(Instant a, Instant b) {
        if (a == null || b == null) {
            return false;
        }
        long seconds = a.getEpochSecond() - b.getEpochSecond();
        int nanos = a.getNano() - b.getNano();
        if (seconds < 0 || seconds == 0 && nanos < 0) {
            seconds = -seconds;
            nanos = -nanos;
        }
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000;
        }
        return seconds > window.getSeconds() || seconds == window.getSeconds() && nanos > window.getNano();
    }

    private Candidate score(Query q, Entry e) {
        double jaccard = MinHasher.jaccard(q.sig, e.minHash);
        // Both key lists are sorted by id: one merge finds the shared ones, without touching per-key arrays.
        int[] theirs = e.keys;
        int hits = 0;
        for (int a = 0, b = 0; a < q.sortedIds.length && b < theirs.length; ) {
            int x = q.sortedIds[a];
            int y = theirs[b];
            if (x == y) {
                q.sharedAt[hits++] = q.sortedAt[a];
                a++; // not b: a key the query lists twice is shared twice, as it always was
            } else if (x < y) {
                a++;
            } else {
                b++;
            }
        }
        // Shared keys in the query's order, their weights summed in that order (as when every key was visited).
        sortAscending(q.sharedAt, hits); // a handful of hits: Arrays.sort's dispatch cost more than the sorting
        int sharedPivots = 0;
        for (int h = 0; h < hits; h++) {
            if (q.pivotKey[q.sharedAt[h]]) {
                sharedPivots++;
            }
        }
        String[][] shared = {new String[hits - sharedPivots], new String[sharedPivots]};
        int[] filled = new int[2];
        double[] sharedWeight = new double[2];
        for (int h = 0; h < hits; h++) {
            int i = q.sharedAt[h];
            int kind = q.pivotKey[i] ? 1 : 0;
            shared[kind][filled[kind]++] = q.keys.get(i);
            sharedWeight[kind] += q.idf[i];
        }
        double[] theirWeight = new double[2];
        int[] theirCount = new int[2];
        for (int slot : e.slots) {
            int kind = slotInfo[slot] & 1;
            theirWeight[kind] += idfOfSlot(q, slot);
            theirCount[kind]++;
        }
        return new Candidate(e.articleId, e.storyId, jaccard, overlap(sharedWeight[0], q.ourWeight[0], theirWeight[0]),
                List.of(shared[0]), sharedWeight[0], q.ourCount[0], theirCount[0],
                overlap(sharedWeight[1], q.ourWeight[1], theirWeight[1]), List.of(shared[1]), e.published);
    }

    private static void sortAscending(int[] a, int length) {
        for (int i = 1; i < length; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private double idfOfSlot(Query q, int slot) {
        if (slotIdfStamp[slot] != q.stamp) {
            slotIdfStamp[slot] = q.stamp;
            slotIdf[slot] = q.idfOf(slotInfo[slot] >>> 1);
        }
        return slotIdf[slot];
    }

    /**
     * Shared weight over the geometric mean of both sides' weights, like a cosine: two texts sharing their only key
     * do not look like translations, while a summary of a long article still scores.
     */
    private static double overlap(double sharedWeight, double ourWeight, double theirWeight) {
        return ourWeight == 0 || theirWeight == 0 ? 0 : sharedWeight / Math.sqrt(ourWeight * theirWeight);
    }

    /** Articles holding key {@code id}, spilled ones included. */
    private int df(int id) {
        int slot = slotOf[id];
        return (slot >= 0 ? slotInfo[slot] : keyInfo[id]) >>> 1;
    }

    private static boolean isPivot(String key) {
        return key.startsWith("p:");
    }

    /** ln(1 + n), from a table for the small counts most keys have: the scoring's hot loop takes one per key. */
    private static double logOnePlus(int n) {
        return n < LOG_ONE_PLUS.length ? LOG_ONE_PLUS[n] : Math.log(n + 1.0);
    }

    private static final double[] LOG_ONE_PLUS = new double[1 << 14];

    static {
        for (int n = 0; n < LOG_ONE_PLUS.length; n++) {
            LOG_ONE_PLUS[n] = Math.log(n + 1.0);
        }
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
