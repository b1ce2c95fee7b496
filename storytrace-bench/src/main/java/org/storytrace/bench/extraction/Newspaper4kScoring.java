package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores newspaper4k's test pages as its SOURCE.md describes: title exact after white space is collapsed, authors
 * as a set (precision and recall of names, case-insensitive), publish_date on the calendar date, text by unigram
 * token F1. A field is scored on the pages whose expected value is present.
 */
final class Newspaper4kScoring {
    static final String NAME = "newspaper4k";

    /**
     * Byte-identical to {@code cleveland.com1} with metadata from an older run (authors "Print", "on December"),
     * so scoring it would count one page twice against stale answers; SOURCE.md says to prefer cleveland.com1.
     */
    private static final Set<String> STALE_DUPLICATES = Set.of("video_article_01");

    private final ObjectMapper json;

    Newspaper4kScoring(ObjectMapper json) {
        this.json = json;
    }

    /** Whether {@code dir} is laid out like this set: {@code NAME.html.gz} beside {@code NAME.json}. */
    static boolean recognises(Path dir) {
        return !names(dir).isEmpty();
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html.gz"))
                    .map(n -> n.substring(0, n.length() - ".html.gz".length()))
                    .filter(n -> Files.isRegularFile(dir.resolve(n + ".json")))
                    .filter(n -> !STALE_DUPLICATES.contains(n))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    SetScore score(Path set, Function<Path, Predicted> predict) {
        record Page(String language, Map<String, Boolean> correct, Map<String, Double> means) {
        }
        List<Page> pages = names(set).parallelStream().map(name -> {
            JsonNode expected = read(set.resolve(name + ".json"));
            Predicted p = predict.apply(set.resolve(name + ".html.gz"));
            Map<String, Boolean> correct = new LinkedHashMap<>();
            Map<String, Double> means = new LinkedHashMap<>();
            if (!expected.path("title").asText("").isBlank()) {
                correct.put("title", Fields.sameTitle(expected.path("title").asText(), p.title()));
            }
            if (expected.path("publish_date").isTextual()) {
                correct.put("date", Fields.sameDate(expected.path("publish_date").asText(), p.published()));
            }
            if (expected.path("authors").isArray() && !expected.path("authors").isEmpty()) {
                Set<String> truth = new HashSet<>();
                expected.path("authors").forEach(a -> truth.addAll(Fields.names(a.asText())));
                Set<String> ours = Fields.names(p.byline());
                Set<String> shared = new HashSet<>(ours);
                shared.retainAll(truth);
                means.put("authors_precision", ours.isEmpty() ? 0 : (double) shared.size() / ours.size());
                means.put("authors_recall", (double) shared.size() / truth.size());
            }
            means.putAll(Fields.tokenF1(expected.path("text").asText(""), p.text()));
            return new Page(expected.path("language").asText("?"), correct, means);
        }).toList();
        FieldTally all = new FieldTally();
        Map<String, FieldTally> byLanguage = new TreeMap<>();
        for (Page page : pages) {
            all.page(page.correct(), page.means());
            byLanguage.computeIfAbsent(page.language(), l -> new FieldTally()).page(page.correct(), page.means());
        }
        Map<String, Map<String, Double>> perLanguage = new LinkedHashMap<>();
        byLanguage.forEach((lang, t) -> perLanguage.put(lang + " (" + t.pages() + " pages)", t.figures()));
        return new SetScore(NAME, "field accuracy on pages with an expected value " + all.scored()
                + "; authors set P/R; text unigram token F1", all.pages(), all.figures(), perLanguage);
    }

    private JsonNode read(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
