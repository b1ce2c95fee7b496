package org.storytrace.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storytrace.link.Candidate;

/**
 * The calibrated probability that a candidate is about the same story as the new article: a logistic regression
 * over explainable features of the pair, with weights fitted on the dev story sets by {@code storytrace train
 * stories} and versioned in {@code same-story-model.json} beside this class.
 */
public final class SameStoryModel {
    /**
     * The features, in the order of the weights. Overlaps alone cannot tell two texts sharing their one key from
     * translations sharing forty, and counts alone favour long texts, so overlap and containment also enter
     * multiplied by the log of the number of keys shared: evidence is strong only when it is both a large share
     * and a large amount. The size of the smaller side lets a pair of one-line blurbs count for more per key.
     */
    public static final List<String> FEATURES = List.of(
            "shingle_jaccard", "key_overlap", "key_overlap_x_log_shared_keys", "containment_x_log_shared_keys",
            "log_shared_keys", "log_fewer_keys", "log_more_keys", "log_shared_names", "log_shared_skeletons", "log_shared_facts",
            "pivot_overlap", "pivot_overlap_x_log_shared_pivots");

    private final double bias;
    private final double[] weights;
    private final double join;
    private final double merge;
    private final String version;

    /**
     * @param join story score (the noisy-or of its best members' probabilities after time decay, see
     *             {@code StoryAssigner}) from which an article joins a story: chosen by the trainer on
     *             the dev sets for the best B-cubed F1 of the whole online clustering, not for pairwise accuracy,
     *             since one false pair can chain two stories together
     * @param merge probability from which an article that fits several stories merges them (at least {@code join}):
     *              a false merge costs a whole story's precision, so the trainer may ask for more evidence
     */
    public SameStoryModel(double bias, double[] weights, double join, double merge, String version) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("same-story model: " + weights.length + " weights for " + FEATURES.size() + " features");
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.join = join;
        this.merge = Math.max(join, merge);
        this.version = version;
    }

    /** The model shipped with storytrace. */
    public static SameStoryModel bundled() {
        try (InputStream in = SameStoryModel.class.getResourceAsStream("same-story-model.json")) {
            if (in == null) {
                throw new IllegalStateException("same-story-model.json is missing from the class path");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("same-story-model.json: " + e.getMessage(), e);
        }
    }

    public static SameStoryModel read(JsonNode n) {
        JsonNode features = n.path("features");
        List<String> names = new ArrayList<>();
        features.forEach(f -> names.add(f.asText()));
        if (!names.equals(FEATURES)) {
            throw new IllegalArgumentException("same-story model: features " + names + " are not " + FEATURES);
        }
        double[] w = new double[FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = n.path("weights").path(i).asDouble();
        }
        return new SameStoryModel(n.path("bias").asDouble(), w, n.path("join").asDouble(0.5), n.path("merge").asDouble(0.5), n.path("version").asText("unversioned"));
    }

    public static double[] features(Candidate c) {
        double logShared = Math.log1p(c.sharedKeys().size());
        return new double[] {c.jaccard(), c.keyOverlap(), c.keyOverlap() * logShared, c.containment() * logShared,
                logShared, Math.log1p(Math.min(c.queryKeys(), c.candidateKeys())),
                Math.log1p(Math.max(c.queryKeys(), c.candidateKeys())), Math.log1p(c.shared("n:")),
                Math.log1p(c.shared("s:")), Math.log1p(c.sharedKeys().size() - c.shared("n:") - c.shared("s:")),
                c.pivotOverlap(), c.pivotOverlap() * Math.log1p(c.sharedPivots().size())};
    }

    public double probability(Candidate c) {
        return lone(c) ? 0 : probability(features(c));
    }

    /**
     * One shared percentage or sum of money and nothing else (no name, no wording, at most one pivot term): "10 %"
     * in a chat and "49 % off" in an advert meet this way, and online clustering chained dozens of chats, adverts and
     * a few news stories into one (wmt22 news with the other.dev distractors: B-cubed precision 0.940). Ruled out
     * before the fitted weights: precision with distractors 0.975, news alone F1 0.851 → 0.853, blurbs unchanged.
     * Gating a lone number or date as well reached 0.980 but cost the one-sentence blurbs 0.02–0.03 F1, where a
     * shared death toll is often all two languages have in common.
     */
    /** The name under which {@code trace} shows that {@link #lone} ruled a pair out, and the log-odds it shows. */
    static final String LONE = "only_a_shared_percentage_or_sum";
    static final double RULED_OUT = -100;

    static boolean lone(Candidate c) {
        return c.sharedKeys().size() == 1 && c.shared("%:") + c.shared("$:") == 1 && c.jaccard() == 0 && c.sharedPivots().size() <= 1;
    }

    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Each feature's contribution to the log-odds, for {@code trace} output: what carried the decision. */
    public Map<String, Double> contributions(Candidate c) {
        double[] x = features(c);
        Map<String, Double> out = new LinkedHashMap<>();
        if (lone(c)) {
            out.put(LONE, RULED_OUT); // the probability is 0 whatever the weights say
        }
        out.put("bias", bias);
        for (int i = 0; i < x.length; i++) {
            out.put(FEATURES.get(i), weights[i] * x[i]);
        }
        return out;
    }

    public double bias() {
        return bias;
    }

    public double[] weights() {
        return weights.clone();
    }

    public double join() {
        return join;
    }

    public double merge() {
        return merge;
    }

    /** The same weights with other thresholds. */
    public SameStoryModel withThresholds(double joinAt, double mergeAt) {
        return new SameStoryModel(bias, weights, joinAt, mergeAt, version);
    }

    public String version() {
        return version;
    }
}
