package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the scrapinghub article-extraction benchmark exactly as its {@code evaluate.py} does: per page, the 4-token
 * shingle multisets of truth and prediction give TP/FP/FN, normalised to sum 1; precision is the mean over pages
 * with TP+FP &gt; 0, recall the mean over pages with TP+FN &gt; 0, F1 the harmonic mean of the two means. Accuracy
 * (newer versions of the script) is the share of pages whose token lists are identical.
 */
final class ScrapinghubScoring {
    static final String NAME = "scrapinghub";
    private static final int SHINGLE_TOKENS = 4;

    private final ObjectMapper json;

    ScrapinghubScoring(ObjectMapper json) {
        this.json = json;
    }

    /** Whether {@code dir} is laid out like this set: a {@code ground-truth.json} beside an {@code html/} folder. */
    static boolean recognises(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    /** The page file of one id. */
    static Path page(Path set, String id) {
        return set.resolve("html").resolve(id + ".html.gz");
    }

    /** Scores {@code predict} (page file → what was extracted) on the set in {@code set}. */
    SetScore score(Path set, Function<Path, Predicted> predict) throws IOException {
        JsonNode truth = json.readTree(set.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        List<Page> pages = ids.parallelStream()
                .map(id -> {
                    List<String> t = Tokens.of(truth.get(id).path("articleBody").asText(""));
                    List<String> p = Tokens.of(predict.apply(page(set, id)).text());
                    return new Page(Overlap.of(Tokens.shingles(t, SHINGLE_TOKENS), Tokens.shingles(p, SHINGLE_TOKENS))
                            .normalised(), t.equals(p));
                })
                .toList();
        Map<String, Double> figures = metrics(pages.stream().map(Page::overlap).toList());
        figures.put("accuracy", pages.stream().filter(Page::identical).count() / (double) pages.size());
        return new SetScore(NAME, "4-token shingle P/R/F1, mean over pages (evaluate.py)", pages.size(), figures,
                Map.of());
    }

    /** A peer's figures for the bench table. */
    record Score(double precision, double recall, double f1, double accuracy, int pages) {
    }

    /** Scores texts already extracted by a peer, keyed by page id, with the same rules as {@link #score(Path, Function)}. */
    static Score score(Map<String, String> predictedById, Path set) {
        try {
            SetScore s = new ScrapinghubScoring(new ObjectMapper()).score(set, page -> {
                String id = page.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
                return new Predicted(predictedById.getOrDefault(id, ""), null, null, null, null);
            });
            return new Score(s.figure("precision"), s.figure("recall"), s.figure("f1"), s.figure("accuracy"), s.pages());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("bench: cannot read " + set, e);
        }
    }

    /** One page: its normalised counts and whether its token lists are identical. */
    private record Page(Overlap overlap, boolean identical) {
    }

    /** The script's {@code metrics_from_tp_fp_fns}. */
    static Map<String, Double> metrics(List<Overlap> pages) {
        double precision = pages.stream().filter(o -> o.tp() + o.fp() > 0).mapToDouble(Overlap::precision)
                .average().orElse(0);
        double recall = pages.stream().filter(o -> o.tp() + o.fn() > 0).mapToDouble(Overlap::recall)
                .average().orElse(0);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("precision", precision);
        figures.put("recall", recall);
        figures.put("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        return figures;
    }
}
