package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction-benchmark metric, as its {@code evaluate.py} computes it (described in the set's
 * SOURCE.md): 4-token shingle multisets, per-page TP/FP/FN normalised to sum 1, precision and recall averaged over
 * pages, F1 of the two averages. Bootstrap deviations are left out: the bench reports point figures.
 */
public final class ScrapinghubScoring {
    /** Shingle length of the benchmark's {@code string_shingle_matching}. */
    private static final int SHINGLE = 4;

    /**
     * Python's {@code \w} on str: letters, numbers and the underscore. Java's own {@code \w}, even with
     * UNICODE_CHARACTER_CLASS, also takes combining marks, which would split Hindi or Thai words differently.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ScrapinghubScoring() {
    }

    /** Figures for one extractor on one set; accuracy is the share of pages whose token lists equal the truth's. */
    public record Score(double precision, double recall, double f1, double accuracy, int pages) {
        public Score {
            if (pages < 0) {
                throw new IllegalArgumentException("score: pages must not be negative, got " + pages);
            }
        }
    }

    /** Scores predicted article bodies against {@code setDir/ground-truth.json}; every page needs a prediction. */
    public static Score score(Map<String, String> predictedById, Path setDir) {
        Path truthFile = setDir.resolve("ground-truth.json");
        JsonNode truth;
        try {
            truth = new ObjectMapper().readTree(truthFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("score: cannot read " + truthFile, e);
        }
        Map<String, String> bodies = new TreeMap<>();
        truth.properties().forEach(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return score(predictedById, bodies);
    }

    /** Scores predictions against truths held in memory, both keyed by page id. */
    static Score score(Map<String, String> predictedById, Map<String, String> truthById) {
        // evaluate.py refuses a prediction file whose keys differ from the truth's; so do we, naming one culprit.
        for (String id : truthById.keySet()) {
            if (!predictedById.containsKey(id)) {
                throw new IllegalArgumentException("score: no prediction for page " + id);
            }
        }
        for (String id : predictedById.keySet()) {
            if (!truthById.containsKey(id)) {
                throw new IllegalArgumentException("score: page " + id + " is not in the ground truth");
            }
        }
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Map.Entry<String, String> e : truthById.entrySet()) {
            String predicted = predictedById.get(e.getKey());
            List<String> trueTokens = tokens(e.getValue());
            List<String> predictedTokens = tokens(predicted);
            if (trueTokens.equals(predictedTokens)) {
                exact++;
            }
            double[] tpFpFn = matching(shingles(trueTokens), shingles(predictedTokens));
            double tp = tpFpFn[0];
            double fp = tpFpFn[1];
            double fn = tpFpFn[2];
            if (tp + fp > 0) {
                precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int pages = truthById.size();
        return new Score(precision, recall, f1, pages == 0 ? 0 : (double) exact / pages, pages);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** As {@code _ngrams}: a text shorter than a shingle still gives one (shorter) shingle, an empty one none. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** TP, FP and FN over the two multisets, divided by their sum so that long pages weigh no more than short ones. */
    private static double[] matching(Map<List<String>, Integer> truth, Map<List<String>, Integer> predicted) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            int t = e.getValue();
            int p = predicted.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, p);
            fn += Math.max(0, t - p);
        }
        for (Map.Entry<List<String>, Integer> e : predicted.entrySet()) {
            fp += Math.max(0, e.getValue() - truth.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {tp, fp, fn};
    }
}
