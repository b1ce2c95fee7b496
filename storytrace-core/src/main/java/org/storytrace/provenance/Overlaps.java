package org.storytrace.provenance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many shingles, content words and keys every two profiles of one trace share, counted once for the whole
 * trace from the holders of each item. Direction and similarity need the containment of every ordered pair; taken from the hash
 * sets, that was a lookup per item per ordered pair, and 200 members took 2.4 s (BENCHMARKS.md, "Provenance and
 * compare"). The containments are the same numbers {@link org.storytrace.link.Shingles#containment} gives.
 */
final class Overlaps {
    private final int[] shingleCount;
    private final int[] wordCount;
    private final int[] keyCount;
    private final int[][] sharedShingles;
    private final int[][] sharedWords;
    private final int[][] sharedKeys;

    Overlaps(List<Profile> profiles) {
        int n = profiles.size();
        long[][] shingles = new long[n][];
        long[][] words = new long[n][];
        long[][] keys = new long[n][];
        Map<String, Integer> wordIds = new HashMap<>();
        Map<String, Integer> keyIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Profile p = profiles.get(i);
            shingles[i] = p.shingles().stream().mapToLong(Long::longValue).toArray();
            words[i] = ids(p.words(), wordIds);
            keys[i] = ids(p.keys(), keyIds);
        }
        shingleCount = Arrays.stream(shingles).mapToInt(a -> a.length).toArray();
        wordCount = Arrays.stream(words).mapToInt(a -> a.length).toArray();
        keyCount = Arrays.stream(keys).mapToInt(a -> a.length).toArray();
        sharedShingles = shared(shingles, n);
        sharedWords = shared(words, n);
        sharedKeys = shared(keys, n);
    }

    /** Share of profile {@code a}'s 3-word shingles found in profile {@code b}'s. */
    double shingles(int a, int b) {
        return containment(sharedShingles[a][b], shingleCount[a]);
    }

    /** Share of profile {@code a}'s content words found in profile {@code b}'s. */
    double words(int a, int b) {
        return containment(sharedWords[a][b], wordCount[a]);
    }

    /** The best of the three containments of {@code a} in {@code b}: shingles, content words, keys. */
    double similarity(int a, int b) {
        return Math.max(containment(sharedShingles[a][b], shingleCount[a]),
                Math.max(containment(sharedWords[a][b], wordCount[a]), containment(sharedKeys[a][b], keyCount[a])));
    }

    private static double containment(int shared, int size) {
        return size == 0 ? 0 : (double) shared / size;
    }

    /** The items as numbers of one dictionary, so words and keys are counted like shingles. */
    private static long[] ids(Set<String> items, Map<String, Integer> dictionary) {
        long[] out = new long[items.size()];
        int i = 0;
        for (String x : items) {
            out[i++] = dictionary.computeIfAbsent(x, k -> dictionary.size());
        }
        return out;
    }

    /**
     * Items shared by every two of {@code n} distinct-item arrays, through the list of holders of each item: the work
     * is the sum over items of their holders squared, far below a merge of every pair when most items are rare.
     */
    private static int[][] shared(long[][] items, int n) {
        Map<Long, int[]> holders = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (long x : items[i]) {
                int[] list = holders.computeIfAbsent(x, k -> new int[4]);
                if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    holders.put(x, list);
                }
                list[++list[0]] = i;
            }
        }
        int[][] out = new int[n][n];
        for (int[] list : holders.values()) {
            for (int a = 1; a <= list[0]; a++) {
                int[] row = out[list[a]];
                for (int b = a + 1; b <= list[0]; b++) {
                    row[list[b]]++;
                    out[list[b]][list[a]]++;
                }
            }
        }
        return out;
    }
}
