package org.storytrace.analyse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * While a dictionary is read: every pivot term seen for each foreign word, with its summed weight. Not
 * thread-safe; one per dictionary read, merged under the builder's lock.
 */
final class PivotCandidates {
    private final Map<String, Scores> byKey = new HashMap<>();
    /** One copy of each term, since the same English words recur across hundreds of thousands of headwords. */
    private final Map<String, String> terms = new HashMap<>();

    void add(String key, String term, float weight) {
        String shared = terms.computeIfAbsent(term, t -> t);
        byKey.computeIfAbsent(key, k -> new Scores()).add(shared, weight);
    }

    void addAll(PivotCandidates other) {
        other.byKey.forEach((key, scores) -> {
            for (int i = 0; i < scores.n; i++) {
                add(key, scores.terms[i], scores.weights[i]);
            }
        });
    }

    void forEach(BiConsumer<String, Scores> action) {
        byKey.forEach(action);
    }

    /** The terms of one word in the order first seen, with their weights; tiny, so searched linearly. */
    static final class Scores {
        private String[] terms = new String[2];
        private float[] weights = new float[2];
        private int n;

        void add(String term, float weight) {
            for (int i = 0; i < n; i++) {
                if (terms[i].equals(term)) {
                    weights[i] += weight;
                    return;
                }
            }
            if (n == terms.length) {
                terms = Arrays.copyOf(terms, n * 2);
                weights = Arrays.copyOf(weights, n * 2);
            }
            terms[n] = term;
            weights[n++] = weight;
        }

        void addAll(Scores other) {
            for (int i = 0; i < other.n; i++) {
                add(other.terms[i], other.weights[i]);
            }
        }

        /** The {@code k} heaviest terms, heaviest first; ties keep the order first seen, the dictionary's order. */
        String[] top(int k) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // A stable sort, so equal weights stay in the order the dictionary gave them.
            Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
            String[] out = new String[Math.min(k, n)];
            for (int i = 0; i < out.length; i++) {
                out[i] = terms[order[i]];
            }
            return out;
        }
    }
}
