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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores trafilatura's evaluation set as its {@code tests/eval_common.py} does: output and snippets are
 * whitespace-normalised, a snippet counts as found when it is a case-sensitive substring of the output; "with"
 * snippets found are TP, missed are FN, "without" snippets found are FP, missed TN; counts are summed over all pages.
 */
final class TrafilaturaScoring {
    static final String NAME = "trafilatura";

    /** Python's {@code \s} on {@code str}: Unicode white space plus the four information separators. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1C-\\x1F]+", Pattern.UNICODE_CHARACTER_CLASS);

    private final ObjectMapper json;

    TrafilaturaScoring(ObjectMapper json) {
        this.json = json;
    }

    /** Whether {@code dir} is laid out like this set: an {@code evaldata*.json} beside an {@code html/} folder. */
    static boolean recognises(Path dir) {
        return annotations(dir) != null && Files.isDirectory(dir.resolve("html"));
    }

    private static Path annotations(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("evaldata.*\\.json")).sorted().findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The page file named by an entry's {@code file}: gzipped in our copy, plain in trafilatura's own tree. */
    static Path page(Path set, String file) {
        Path gz = set.resolve("html").resolve(file + ".gz");
        return Files.exists(gz) ? gz : set.resolve("html").resolve(file);
    }

    static String norm(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Scores {@code predict} (page file → what was extracted) on the set in {@code set}. */
    SetScore score(Path set, Function<Path, Predicted> predict) throws IOException {
        JsonNode entries = json.readTree(annotations(set).toFile());
        List<JsonNode> pages = new ArrayList<>();
        entries.forEach(pages::add);
        List<Counts> counts = pages.parallelStream().map(entry -> {
            Predicted p = predict.apply(page(set, entry.path("file").asText()));
            String out = norm(p.text());
            Counts c = new Counts(p.language() == null ? "?" : p.language(), 0, 0, 0, 0);
            for (JsonNode s : entry.path("with")) {
                boolean found = !out.isEmpty() && out.contains(norm(s.asText()));
                c = c.plus(found ? 1 : 0, 0, found ? 0 : 1, 0);
            }
            for (JsonNode s : entry.path("without")) {
                boolean found = !out.isEmpty() && out.contains(norm(s.asText()));
                c = c.plus(0, found ? 1 : 0, 0, found ? 0 : 1);
            }
            return c;
        }).toList();
        Map<String, Counts> byLanguage = new TreeMap<>();
        Counts total = new Counts("all", 0, 0, 0, 0);
        for (Counts c : counts) {
            total = total.plus(c.tp, c.fp, c.fn, c.tn);
            byLanguage.merge(c.language, c, (a, b) -> a.plus(b.tp, b.fp, b.fn, b.tn));
        }
        Map<String, Map<String, Double>> perLanguage = new LinkedHashMap<>();
        byLanguage.forEach((lang, c) -> perLanguage.put(lang + " (" + c.pages(counts) + " pages)", c.figures()));
        return new SetScore(NAME, "with/without snippets, micro-averaged P/R/F (eval_common.py)", counts.size(),
                total.figures(), perLanguage);
    }

    /** Confusion counts of one page or a sum of pages, with the language they were grouped under. */
    private record Counts(String language, int tp, int fp, int fn, int tn) {
        Counts plus(int tp2, int fp2, int fn2, int tn2) {
            return new Counts(language, tp + tp2, fp + fp2, fn + fn2, tn + tn2);
        }

        long pages(List<Counts> all) {
            return all.stream().filter(c -> c.language.equals(language)).count();
        }

        Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("precision", tp + fp == 0 ? 0.0 : (double) tp / (tp + fp));
            f.put("recall", tp + fn == 0 ? 0.0 : (double) tp / (tp + fn));
            f.put("accuracy", tp + fp + fn + tn == 0 ? 0.0 : (double) (tp + tn) / (tp + fp + fn + tn));
            f.put("f1", 2 * tp + fp + fn == 0 ? 0.0 : 2.0 * tp / (2 * tp + fp + fn));
            return f;
        }
    }
}
