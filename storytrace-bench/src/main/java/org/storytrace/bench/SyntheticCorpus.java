package org.storytrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large JSONL ingest built from real news documents (WMT22 whole-document translations under ../shared/eval):
 * each synthetic article is a seeded random run of one document's paragraphs plus a dispatch line of words drawn
 * from another, so the texts are real language, mostly distinct, and some overlap enough to form stories.
 */
final class SyntheticCorpus {
    /** Fewest paragraphs per article, so each is long enough to fingerprint. */
    private static final int MIN_PARAGRAPHS = 3;
    /** Words in the dispatch line that makes near-copies of one source distinct articles. */
    private static final int DISPATCH_WORDS = 12;
    /** Publication times are spread over this span, longer than the story window, so windows matter too. */
    private static final Duration SPAN = Duration.ofDays(90);
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final List<List<String>> documents;

    private SyntheticCorpus(List<List<String>> documents) {
        this.documents = documents;
    }

    /** Reads the source documents, one JSONL object with a {@code text} field a line, paragraphs split on newlines. */
    static SyntheticCorpus from(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                JsonNode text = json.readTree(line).get("text");
                if (text == null) {
                    continue;
                }
                List<String> paragraphs = text.asText().lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
                if (paragraphs.size() >= MIN_PARAGRAPHS) {
                    docs.add(paragraphs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench durability: " + jsonl + ": unreadable (" + e.getMessage() + ")", e);
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("bench durability: " + jsonl + ": no document with " + MIN_PARAGRAPHS + " paragraphs");
        }
        return new SyntheticCorpus(docs);
    }

    /** Writes {@code count} articles to {@code out}, the same ones for the same seed. */
    void write(Path out, int count, long seed) throws IOException {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                List<String> doc = documents.get(random.nextInt(documents.size()));
                int length = MIN_PARAGRAPHS + random.nextInt(doc.size() - MIN_PARAGRAPHS + 1);
                int from = random.nextInt(doc.size() - length + 1);
                List<String> paragraphs = new ArrayList<>(doc.subList(from, from + length));
                paragraphs.add("Dispatch " + i + ": " + dispatch(random));
                ObjectNode article = json.createObjectNode();
                article.put("url", "https://synthetic.example/" + seed + "/" + i);
                article.put("title", paragraphs.get(0));
                article.put("published", START.plusSeconds((long) (random.nextDouble() * SPAN.toSeconds())).toString());
                article.put("text", String.join("\n", paragraphs));
                writer.write(json.writeValueAsString(article));
                writer.newLine();
            }
        }
    }

    private String dispatch(Random random) {
        List<String> other = documents.get(random.nextInt(documents.size()));
        String[] words = String.join(" ", other).split("\\s+");
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < DISPATCH_WORDS; w++) {
            line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return line.toString();
    }
}
