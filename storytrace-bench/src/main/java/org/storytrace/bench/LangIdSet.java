package org.storytrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named list of labelled texts: a JSONL file with {@code lang} and {@code text} per line, or a folder of
 * newspaper4k-style JSON files with {@code language} and {@code text}.
 *
 * @param skipped records without a gold language or without text, which cannot be scored
 */
record LangIdSet(String name, List<LangIdSample> samples, int skipped) {
    LangIdSet {
        samples = List.copyOf(samples);
    }

    static LangIdSet read(String name, Path path) {
        ObjectMapper json = new ObjectMapper();
        List<LangIdSample> samples = new ArrayList<>();
        int skipped = 0;
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        skipped += add(samples, json.readTree(file.toFile()), "language") ? 0 : 1;
                    }
                }
            } else {
                try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (!line.isBlank()) {
                            skipped += add(samples, json.readTree(line), "lang") ? 0 : 1;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("eval langid: cannot read " + path, e);
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("eval langid: " + path + " has no record with a language and a text");
        }
        return new LangIdSet(name, samples, skipped);
    }

    /** Set name for a path given with {@code --set}: the folder name, or the file name without its extension. */
    static String nameOf(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 && !Files.isDirectory(path) ? file.substring(0, dot) : file;
    }

    private static boolean add(List<LangIdSample> samples, JsonNode record, String languageField) {
        String language = record.path(languageField).asText("");
        String text = record.path("text").asText("");
        if (language.isBlank() || text.isBlank()) {
            return false;
        }
        samples.add(new LangIdSample(LanguageCodes.comparable(language), text));
        return true;
    }
}
