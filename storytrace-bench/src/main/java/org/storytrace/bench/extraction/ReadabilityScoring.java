package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Scores Mozilla Readability's test pages as its SOURCE.md describes: title exact after white space is collapsed,
 * byline by person names (case-insensitive, a leading "By" dropped), publishedTime by parsed instant (or calendar
 * date) when the expected value is non-null, site name exact, and the body by unigram token F1 against the text of
 * {@code expected.html}. A field is scored on the pages whose expected value is present.
 */
final class ReadabilityScoring {
    static final String NAME = "readability";
    private static final String METADATA = "expected-metadata.json";

    private final ObjectMapper json;

    ReadabilityScoring(ObjectMapper json) {
        this.json = json;
    }

    /** Whether {@code dir} is laid out like this set: page folders each with an {@code expected-metadata.json}. */
    static boolean recognises(Path dir) {
        return !pageFolders(dir).isEmpty();
    }

    private static List<Path> pageFolders(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> Files.isRegularFile(p.resolve(METADATA))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    SetScore score(Path set, Function<Path, Predicted> predict) {
        record Page(String language, Map<String, Boolean> correct, Map<String, Double> text) {
        }
        List<Page> pages = pageFolders(set).parallelStream().map(folder -> {
            JsonNode expected = read(folder.resolve(METADATA));
            Predicted p = predict.apply(folder.resolve("source.html.gz"));
            Map<String, Boolean> correct = new LinkedHashMap<>();
            String title = expected.path("title").asText("");
            if (!title.isBlank()) {
                correct.put("title", Fields.sameTitle(title, p.title()));
            }
            String byline = expected.path("byline").asText("");
            if (!byline.isBlank()) {
                correct.put("byline", !Fields.names(byline).isEmpty()
                        && Fields.names(byline).equals(Fields.names(p.byline())));
            }
            String published = expected.path("publishedTime").asText("");
            if (!published.isBlank()) {
                correct.put("date", p.published() != null && (Fields.instant(published).map(p.published()::equals)
                        .orElse(false) || Fields.sameDate(published, p.published())));
            }
            Map<String, Double> text = Fields.tokenF1(expectedText(folder), p.text());
            String lang = expected.path("lang").asText("");
            String primary = lang.isBlank() ? "?" : lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            return new Page(primary, correct, text);
        }).toList();
        FieldTally all = new FieldTally();
        Map<String, FieldTally> byLanguage = new TreeMap<>();
        for (Page page : pages) {
            all.page(page.correct(), page.text());
            byLanguage.computeIfAbsent(page.language(), l -> new FieldTally()).page(page.correct(), page.text());
        }
        Map<String, Map<String, Double>> perLanguage = new LinkedHashMap<>();
        byLanguage.forEach((lang, t) -> perLanguage.put(lang + " (" + t.pages() + " pages)", t.figures()));
        return new SetScore(NAME, "field accuracy on pages with an expected value " + all.scored()
                + "; body unigram token F1 vs expected.html", all.pages(), all.figures(), perLanguage);
    }

    private JsonNode read(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expectedText(Path folder) {
        try {
            return Jsoup.parse(GzipText.read(folder.resolve("expected.html.gz"))).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
