package org.storytrace.bench.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Item-weighted B-cubed precision, recall and F1 of a predicted clustering against gold labels, computed as
 * {@code ../shared/eval/stories/bcubed.py} does: items missing from the prediction are singletons, and only the
 * items passed in (after the filter) count, clusters being cut down to those items.
 */
public record BCubed(int items, int goldClusters, int predictedClusters, double precision, double recall) {
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * @param gold      item id → gold cluster
     * @param predicted item id → predicted cluster (may miss items)
     * @param keep      which gold items are scored
     */
    public static BCubed score(Map<String, String> gold, Map<String, String> predicted, Predicate<String> keep) {
        Map<String, Set<String>> g = new HashMap<>();
        Map<String, Set<String>> p = new HashMap<>();
        Collection<String> ids = gold.keySet().stream().filter(keep).toList();
        for (String id : ids) {
            g.computeIfAbsent(gold.get(id), k -> new HashSet<>()).add(id);
            p.computeIfAbsent(predicted.getOrDefault(id, "\u0000single:" + id), k -> new HashSet<>()).add(id);
        }
        double precision = 0;
        double recall = 0;
        for (String id : ids) {
            Set<String> mine = g.get(gold.get(id));
            Set<String> theirs = p.get(predicted.getOrDefault(id, "\u0000single:" + id));
            int shared = 0;
            Set<String> small = mine.size() < theirs.size() ? mine : theirs;
            Set<String> big = small == mine ? theirs : mine;
            for (String x : small) {
                if (big.contains(x)) {
                    shared++;
                }
            }
            precision += (double) shared / theirs.size();
            recall += (double) shared / mine.size();
        }
        int n = ids.size();
        return n == 0 ? new BCubed(0, 0, 0, 0, 0) : new BCubed(n, g.size(), p.size(), precision / n, recall / n);
    }

    public static BCubed score(Map<String, String> gold, Map<String, String> predicted) {
        return score(gold, predicted, id -> true);
    }

    /**
     * The same for items numbered 0..n-1, labelled by arrays rather than maps of ids (an archive of a million
     * articles): {@code gold[i]} and {@code predicted[i]} are item i's clusters. Every item is scored.
     */
    public static BCubed score(int[] gold, Object[] predicted, int n) {
        Map<Integer, Integer> goldSize = new HashMap<>();
        Map<Object, Integer> predictedNumber = new HashMap<>();
        List<Integer> predictedSize = new ArrayList<>();
        Map<Long, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            goldSize.merge(gold[i], 1, Integer::sum);
            Object label = predicted[i] == null ? "\u0000single:" + i : predicted[i];
            int p = predictedNumber.computeIfAbsent(label, k -> {
                predictedSize.add(0);
                return predictedSize.size() - 1;
            });
            predictedSize.set(p, predictedSize.get(p) + 1);
            both.merge(((long) gold[i] << 32) | p, 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<Long, Integer> e : both.entrySet()) {
            double shared = e.getValue();
            // Each of the `shared` items in this gold and predicted cluster adds shared/|cluster| to each sum.
            precision += shared * shared / predictedSize.get((int) (e.getKey() & 0xFFFF_FFFFL));
            recall += shared * shared / goldSize.get((int) (e.getKey() >>> 32));
        }
        return n == 0 ? new BCubed(0, 0, 0, 0, 0) : new BCubed(n, goldSize.size(), predictedSize.size(), precision / n, recall / n);
    }
}
