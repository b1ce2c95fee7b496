package org.storytrace.link;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Mention;
import org.storytrace.analyse.NeutralKeys;
import org.storytrace.model.Fingerprint;

/**
 * Stage 4 entry point: turns an analysis into the {@link Fingerprint} the index and the store keep, and makes
 * the {@link LinkIndex} those fingerprints go into. Signature size and seed are fixed per archive.
 */
public final class Linker {
    /** 128 hashes: Jaccard estimates within about ±0.09 (one standard error at J = 0.5), 512 bytes per article. */
    public static final int NUM_HASHES = 128;
    /** Seed of the MinHash functions; changing it invalidates every stored signature. */
    public static final long SEED = 0x5707_7ACEL;
    /** Jaccard above which LSH should surface a pair as a candidate: light rewrites of one text and above. */
    public static final double LSH_THRESHOLD = 0.3;

    private final MinHasher hasher = new MinHasher(NUM_HASHES, SEED);
    private final NeutralKeys neutralKeys = new NeutralKeys();

    /** The signature and the language-neutral keys (including transliterated name skeletons) of an analysis. */
    public Fingerprint fingerprint(Analysis analysis) {
        return new Fingerprint(hasher.signature(Shingles.of(analysis)), neutralKeys.of(analysis));
    }

    /** A new, empty index bounded by the given time window. */
    public LinkIndex newIndex(java.time.Duration window) {
        return new LinkIndex(LshParameters.forThreshold(LSH_THRESHOLD, NUM_HASHES), window);
    }

    /**
     * Language-neutral keys: names, numbers of two digits or more, percentages, money and dates, prefixed by kind
     * so that the year 2024 and a sum of 2024 do not meet.
     */
    public static List<String> keys(Analysis analysis) {
        TreeSet<String> keys = new TreeSet<>();
        for (Mention m : analysis.mentions()) {
            switch (m.kind()) {
                case NAME -> keys.add("n:" + m.key());
                case NUMBER -> {
                    if (m.key().replaceAll("\\D", "").length() >= 2) {
                        keys.add("#:" + m.key());
                    }
                }
                case PERCENT -> keys.add("%:" + m.key());
                case MONEY -> keys.add("$:" + m.key());
                case DATE -> keys.add("d:" + m.key());
            }
        }
        return new ArrayList<>(keys);
    }
}
