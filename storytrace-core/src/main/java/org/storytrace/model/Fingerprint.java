package org.storytrace.model;

import java.util.Arrays;
import java.util.List;

/**
 * What candidate retrieval needs of an article, kept beside it in the store so the online index can be rebuilt
 * without re-analysing text: a MinHash signature over word shingles and language-neutral keys (names, numbers, dates).
 */
public record Fingerprint(int[] minHash, List<String> keys) {
    public Fingerprint {
        minHash = minHash.clone();
        keys = List.copyOf(keys);
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(minHash, f.minHash) && keys.equals(f.keys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minHash) + keys.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + minHash.length + " hashes, keys=" + keys + "]";
    }
}
