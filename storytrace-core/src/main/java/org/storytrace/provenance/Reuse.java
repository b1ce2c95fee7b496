package org.storytrace.provenance;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a text derives from another, as {@link ReuseClassifier} decides it.
 *
 * @param reuseClass    the most probable class
 * @param probability   its probability
 * @param probabilities every class's probability (they sum to 1)
 * @param features      the feature values of the pair, by name
 * @param contributions each feature's share of the log-odds of the chosen class over the runner-up: what carried it
 */
public record Reuse(ReuseClass reuseClass, double probability, Map<ReuseClass, Double> probabilities,
                    Map<String, Double> features, Map<String, Double> contributions) {
    public Reuse {
        Objects.requireNonNull(reuseClass, "reuseClass");
        probabilities = Collections.unmodifiableMap(new EnumMap<>(probabilities));
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    }

    /** Probability that the text derives from the source at all (wholly or partially). */
    public double derivedProbability() {
        return 1 - probabilities.getOrDefault(ReuseClass.NOT_DERIVED, 0.0);
    }

    /** The {@code n} features that moved the decision most, strongest first, with their contributions. */
    public List<Map.Entry<String, Double>> carriedBy(int n) {
        return contributions.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
                .limit(n).toList();
    }
}
