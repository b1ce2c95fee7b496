package org.storytrace.bench.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/** Per-field accuracy (correct / scored) and mean text figures over pages, overall and per language. */
final class FieldTally {
    private final Map<String, int[]> fields = new LinkedHashMap<>();
    private final Map<String, double[]> means = new LinkedHashMap<>();
    private int pages;

    /** Records one page; a field is scored only on pages whose expected value is present. */
    void page(Map<String, Boolean> correct, Map<String, Double> text) {
        pages++;
        correct.forEach((field, ok) -> {
            int[] c = fields.computeIfAbsent(field, f -> new int[2]);
            c[0] += ok ? 1 : 0;
            c[1]++;
        });
        text.forEach((name, v) -> {
            double[] m = means.computeIfAbsent(name, n -> new double[2]);
            m[0] += v;
            m[1]++;
        });
    }

    int pages() {
        return pages;
    }

    Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        fields.forEach((field, c) -> f.put(field, (double) c[0] / c[1]));
        means.forEach((name, m) -> f.put(name, m[0] / m[1]));
        return f;
    }

    /** How many pages each field was scored on, to print beside its accuracy. */
    Map<String, Integer> scored() {
        Map<String, Integer> n = new LinkedHashMap<>();
        fields.forEach((field, c) -> n.put(field, c[1]));
        return n;
    }
}
