package org.storytrace.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storytrace.analyse.Analysis;

/**
 * Decides whether a text is wholly, partially or not derived from another, and why: a multinomial logistic
 * regression over the explainable features of {@link #features}, with weights fitted on the COUNTER dev pairs by
 * {@code storytrace train reuse} and versioned in {@code reuse-model.json} beside this class. Not derived is the
 * reference class, so each of the other two has a bias and one weight per feature. The fit ties them (the wholly
 * derived weights are twice the partially derived ones: one scale of how derived a text is), but any weights are
 * read. Thread-safe.
 */
public final class ReuseClassifier {
    /** The features, in the order of the weights. */
    public static final List<String> FEATURES = ReuseFeatures.NAMES;
    /** The classes that have weights; {@link ReuseClass#NOT_DERIVED} is the reference, at log-odds 0. */
    public static final List<ReuseClass> WEIGHTED = List.of(ReuseClass.WHOLLY_DERIVED, ReuseClass.PARTIALLY_DERIVED);

    private final Map<ReuseClass, double[]> weights;
    private final String version;

    /**
     * @param weights for each class of {@link #WEIGHTED}, its bias followed by one weight per feature
     */
    public ReuseClassifier(Map<ReuseClass, double[]> weights, String version) {
        this.weights = new EnumMap<>(ReuseClass.class);
        for (ReuseClass c : WEIGHTED) {
            double[] w = weights.get(c);
            if (w == null || w.length != FEATURES.size() + 1) {
                throw new IllegalArgumentException("reuse model: " + c.code() + " needs a bias and " + FEATURES.size()
                        + " weights, has " + (w == null ? "none" : w.length + " numbers"));
            }
            this.weights.put(c, w.clone());
        }
        this.version = version;
    }

    /** The model shipped with storytrace. */
    public static ReuseClassifier bundled() {
        try (InputStream in = ReuseClassifier.class.getResourceAsStream("reuse-model.json")) {
            if (in == null) {
                throw new IllegalStateException("reuse-model.json is missing from the class path");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("reuse-model.json: " + e.getMessage(), e);
        }
    }

    /** Reads a model as {@code storytrace train reuse} writes it; refuses one fitted on other features. */
    public static ReuseClassifier read(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.path("features").forEach(f -> names.add(f.asText()));
        if (!names.equals(FEATURES)) {
            throw new IllegalArgumentException("reuse model: features " + names + " are not " + FEATURES);
        }
        Map<ReuseClass, double[]> w = new EnumMap<>(ReuseClass.class);
        for (ReuseClass c : WEIGHTED) {
            JsonNode cw = n.path("classes").path(c.code());
            double[] v = new double[FEATURES.size() + 1];
            v[0] = cw.path("bias").asDouble();
            for (int i = 0; i < FEATURES.size(); i++) {
                v[i + 1] = cw.path("weights").path(i).asDouble();
            }
            w.put(c, v);
        }
        return new ReuseClassifier(w, n.path("version").asText("unversioned"));
    }

    /** The feature values of a pair, in the order of {@link #FEATURES}. */
    public static double[] features(Analysis derived, Analysis source) {
        return ReuseFeatures.of(derived, source);
    }

    /** How {@code derived} derives from {@code source}; both analysed as ingest does. */
    public Reuse classify(Analysis derived, Analysis source) {
        return classify(features(derived, source));
    }

    /** The decision for precomputed features (training and cross-validation reuse them across folds). */
    public Reuse classify(double[] x) {
        if (x.length != FEATURES.size()) {
            throw new IllegalArgumentException("reuse: " + x.length + " feature values for " + FEATURES.size() + " features");
        }
        Map<ReuseClass, Double> logits = new EnumMap<>(ReuseClass.class);
        for (ReuseClass c : ReuseClass.values()) {
            logits.put(c, logit(c, x));
        }
        double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = logits.values().stream().mapToDouble(z -> Math.exp(z - max)).sum();
        Map<ReuseClass, Double> p = new EnumMap<>(ReuseClass.class);
        logits.forEach((c, z) -> p.put(c, Math.exp(z - max) / sum));
        ReuseClass best = ReuseClass.NOT_DERIVED;
        ReuseClass second = null;
        for (ReuseClass c : ReuseClass.values()) {
            if (p.get(c) > p.get(best)) {
                best = c;
            }
        }
        for (ReuseClass c : ReuseClass.values()) {
            if (c != best && (second == null || p.get(c) > p.get(second))) {
                second = c;
            }
        }
        Map<String, Double> features = new LinkedHashMap<>();
        Map<String, Double> contributions = new LinkedHashMap<>();
        double[] wb = weightsOf(best);
        double[] ws = weightsOf(second);
        contributions.put("bias", wb[0] - ws[0]);
        for (int i = 0; i < x.length; i++) {
            features.put(FEATURES.get(i), x[i]);
            contributions.put(FEATURES.get(i), (wb[i + 1] - ws[i + 1]) * x[i]);
        }
        return new Reuse(best, p.get(best), p, features, contributions);
    }

    private double logit(ReuseClass c, double[] x) {
        double[] w = weightsOf(c);
        double z = w[0];
        for (int i = 0; i < x.length; i++) {
            z += w[i + 1] * x[i];
        }
        return z;
    }

    private double[] weightsOf(ReuseClass c) {
        return c == ReuseClass.NOT_DERIVED ? new double[FEATURES.size() + 1] : weights.get(c);
    }

    /** Bias then weights of a weighted class, as fitted. */
    public double[] weights(ReuseClass c) {
        return weightsOf(c).clone();
    }

    public String version() {
        return version;
    }
}
