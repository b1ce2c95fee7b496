package org.storytrace.link;

import java.util.Collection;
import java.util.SplittableRandom;

/**
 * MinHash signatures over 64-bit shingle hashes. Each of the {@code numHashes} functions is a multiply-shift
 * hash with constants drawn from the given seed, so two hashers with the same seed and size agree.
 */
public final class MinHasher {
    private final long[] multipliers;
    private final long[] addends;
    private final long seed;

    public MinHasher(int numHashes, long seed) {
        if (numHashes <= 0) {
            throw new IllegalArgumentException("minhash: number of hashes must be positive, not " + numHashes);
        }
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[numHashes];
        addends = new long[numHashes];
        for (int i = 0; i < numHashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            addends[i] = random.nextLong();
        }
    }

    public int size() {
        return multipliers.length;
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
        int[] sig = new int[multipliers.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < sig.length; i++) {
                int h = (int) ((multipliers[i] * x + addends[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
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
