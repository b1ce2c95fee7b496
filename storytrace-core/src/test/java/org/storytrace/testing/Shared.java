package org.storytrace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (seeds and evaluation data), which tests read in place. */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        return Path.of(System.getProperty("storytrace.shared", "../../shared"));
    }

    public static Path seed(String prefix) {
        try (var files = Files.list(root().resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " under " + root()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seedText(String prefix) {
        try {
            return Files.readString(seed(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every text of the wmt22 news and itn blurb dev sets, then the two seeds: the eval texts that the scanners
     * standing in for regular expressions are held to.
     */
    public static java.util.List<String> storyTexts() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> texts = new java.util.ArrayList<>();
        try {
            for (Path set : java.util.List.of(root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl"),
                    root().resolve("eval/stories/itn-blurbs/itn.dev.jsonl"))) {
                for (String line : Files.readAllLines(set)) {
                    texts.add(json.readTree(line).path("text").asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.add(seedText("000"));
        texts.add(seedText("004"));
        return texts;
    }
}
