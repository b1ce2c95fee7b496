package org.storytrace.bench.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * True positives, false positives and false negatives between two multisets, as scrapinghub's
 * {@code string_shingle_matching} counts them: shared items by the smaller count, extra predicted items, missing
 * true items.
 */
record Overlap(double tp, double fp, double fn) {

    static Overlap of(List<String> truth, List<String> predicted) {
        Map<String, Integer> t = Tokens.bag(truth);
        Map<String, Integer> p = Tokens.bag(predicted);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        return new Overlap(tp, fp, fn);
    }

    /** The same counts divided by their sum, so that every page weighs the same (left as is when all are 0). */
    Overlap normalised() {
        double s = tp + fp + fn;
        return s > 0 ? new Overlap(tp / s, fp / s, fn / s) : this;
    }

    /** The benchmark's {@code precision_score}: 1 when nothing is wrong, 0 when nothing was predicted right. */
    double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** The benchmark's {@code recall_score}. */
    double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fn == 0) {
            return 0;
        }
        return tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
