package org.storytrace.link;

import java.util.Collection;

/**
 * MinHash signatures over 64-bit shingle hashes by one-permutation hashing with optimal densification (Li, Owen
 * and Zhang 2012; Shrivastava 2017): each shingle is hashed once, its top bits choose one of the {@code size}
 * bins and the rest is its value there; a bin keeps its smallest value. A bin no shingle fell into borrows the
 * value of the first filled bin along a fixed pseudo-random sequence of its own, the same for every text, so two
 * signatures still agree in a bin with probability equal to the Jaccard similarity of their sets. Classic MinHash
 * computed {@code size} hashes per shingle: a third of the preparing threads' time in bench ingest. Signatures
 * from hashers of the same size and seed agree; {@link #SCHEME} names the construction for stored signatures.
 */
public final class MinHasher {
    /** Names the way signatures are computed: stored signatures made another way must be recomputed. */
    public static final String SCHEME = "oph-densified-1";
    private static final int VALUE_MASK = Integer.MAX_VALUE;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long STEP = 0xC2B2AE3D27D4EB4FL;

    private final int size;
    private final int shift;
    private final long seed;
    private final long salt;

    /** @param numHashes the signature size, the number of bins: a power of two, 2 or more */
    public MinHasher(int numHashes, long seed) {
        if (numHashes < 2 || Integer.bitCount(numHashes) != 1) {
            throw new IllegalArgumentException("minhash: number of hashes must be a power of two, 2 or more, not " + numHashes);
        }
        this.size = numHashes;
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(numHashes);
        this.seed = seed;
        this.salt = mix(seed) | 1L;
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    /** The signature of a set of shingle hashes; order and duplicates do not matter. Empty sets give all-max. */
    public int[] signature(Collection<Long> shingles) {
        long[] items = new long[shingles.size()];
        int k = 0;
        for (long x : shingles) {
            items[k++] = x;
        }
        return signature(items);
    }

    /** The signature of shingle hashes given as an array; the same as {@link #signature(Collection)} of its items. */
    public int[] signature(long[] shingles) {
        int[] bins = new int[size];
        java.util.Arrays.fill(bins, Integer.MAX_VALUE);
        int filled = 0;
        for (long x : shingles) {
            long h = mix(x ^ salt);
            int bin = (int) (h >>> shift);
            int value = (int) h & VALUE_MASK;
            if (bins[bin] == Integer.MAX_VALUE) {
                filled++;
            }
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        if (filled == 0 || filled == size) {
            return bins;
        }
        int[] signature = bins.clone();
        for (int i = 0; i < size; i++) {
            if (bins[i] != Integer.MAX_VALUE) {
                continue;
            }
            // Borrowed from filled bins of the shingles' own signature only (not from bins filled by borrowing),
            // so that which bin lends depends on the set alone: the "optimal" densification.
            for (long attempt = 1; ; attempt++) {
                int lender = (int) (mix(salt + i * GOLDEN + attempt * STEP) >>> shift);
                if (bins[lender] != Integer.MAX_VALUE) {
                    signature[i] = bins[lender];
                    break;
                }
            }
        }
        return signature;
    }

    /** The splitmix64 finaliser: shingle hashes of similar texts differ in few bits, bins need all of them mixed. */
    private static long mix(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /**
     * Estimated Jaccard similarity: the share of positions where two signatures agree. Signatures of different
     * sizes come from different hashers and cannot be compared.
     */
    public static double jaccard(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("minhash: signatures of " + a.length + " and " + b.length
                    + " hashes come from different hashers");
        }
        if (a.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
