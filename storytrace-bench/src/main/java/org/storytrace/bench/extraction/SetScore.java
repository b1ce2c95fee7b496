package org.storytrace.bench.extraction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one evaluation set, in the order its benchmark prints them.
 *
 * @param set        the set's name ({@code scrapinghub}, {@code trafilatura}, ...)
 * @param metric     how the figures were computed, in a few words
 * @param pages      pages scored
 * @param figures    figure name → value, e.g. {@code precision}, {@code f1}, {@code title}
 * @param byLanguage the same figures per language, where the set has languages (empty otherwise)
 */
public record SetScore(String set, String metric, int pages, Map<String, Double> figures,
                       Map<String, Map<String, Double>> byLanguage) {
    public SetScore {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(metric, "metric");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        byLanguage = Collections.unmodifiableMap(copy);
    }

    /** One figure by name; fails naming the set when it has no such figure. */
    public double figure(String name) {
        Double v = figures.get(name);
        if (v == null) {
            throw new IllegalArgumentException("eval: " + set + " has no figure " + name + " (has " + figures.keySet() + ")");
        }
        return v;
    }
}
