package org.storytrace.link;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Mention;
import org.storytrace.analyse.NeutralKeys;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.model.Fingerprint;

/**
 * Stage 4 entry point: turns an analysis into the {@link Fingerprint} the index and the store keep, and makes
 * the {@link LinkIndex} those fingerprints go into. Signature size and seed are fixed per archive.
 */
public final class Linker {
    /** 128 hashes: Jaccard estimates within about ±0.09 (one standard error at J = 0.5), 512 bytes per article. */
    public static final int NUM_HASHES = 128;
    /** Seed of the MinHash functions; changing it, or {@link MinHasher#SCHEME}, invalidates every stored signature. */
    public static final long SEED = 0x5707_7ACEL;
    /** Jaccard above which LSH should surface a pair as a candidate: light rewrites of one text and above. */
    public static final double LSH_THRESHOLD = 0.3;

    /**
     * Pivot terms kept per article, its most frequent ones: enough that a translation shares a good part of them
     * (the dictionaries render a word by one of up to three English terms, not always the translator's), few
     * enough that the index stays small.
     */
    public static final int PIVOT_KEYS = 20;
    /** Words shorter than this are mostly function words, which the dictionaries render by anything. */
    static final int MIN_PIVOT_WORD = 4;

    private final MinHasher hasher = new MinHasher(NUM_HASHES, SEED);
    private final NeutralKeys neutralKeys = new NeutralKeys();
    private final PivotDictionary pivots;

    /** @param pivots bilingual dictionaries into English, for "p:" keys that let translations meet by their words */
    public Linker(PivotDictionary pivots) {
        this.pivots = pivots;
    }

    /** Without dictionaries: translations meet only through names, numbers and dates. */
    public Linker() {
        this(PivotDictionary.empty());
    }

    /** The signature and the language-neutral keys (names, their sound skeletons, facts, pivot terms) of an analysis. */
    public Fingerprint fingerprint(Analysis analysis) {
        List<String> keys = new ArrayList<>(neutralKeys.of(analysis));
        keys.addAll(pivotKeys(analysis));
        java.util.Collections.sort(keys);
        return new Fingerprint(signature(analysis), keys);
    }

    /** The MinHash signature alone, as {@link #fingerprint} computes it. */
    public int[] signature(Analysis analysis) {
        return hasher.signature(Shingles.hashes(analysis));
    }

    /** The article's most frequent English pivot terms, as "p:" keys (none without a dictionary for its language). */
    List<String> pivotKeys(Analysis analysis) {
        String language = dictionaryLanguage(analysis.language());
        // Each distinct word is looked up once, weighted by how often it occurs: a lookup that misses walks the
        // dictionary's stem and partial layers, and an article repeats its words.
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        for (org.storytrace.analyse.Token t : analysis.tokens()) {
            if (t.type() == org.storytrace.analyse.Token.Type.WORD && t.norm().length() >= MIN_PIVOT_WORD) {
                words.merge(t.norm(), 1, Integer::sum);
            }
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        words.forEach((word, times) -> {
            for (String p : pivots.pivots(language, word)) {
                counts.merge(p, times, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(PIVOT_KEYS).map(e -> "p:" + e.getKey()).toList();
    }

    /**
     * Ukrainian has no dictionary that installs here; the Russian one shares enough of its vocabulary (measured:
     * a fifth of Ukrainian content words found, translation pairs still told from random ones with AUC 0.97).
     */
    private String dictionaryLanguage(String language) {
        return "uk".equals(language) && !pivots.languages().contains("uk") ? "ru" : language;
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
                    if (digits(m.key()) >= 2) {
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

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
