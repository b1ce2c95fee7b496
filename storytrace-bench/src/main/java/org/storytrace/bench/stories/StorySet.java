package org.storytrace.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.storytrace.bench.JsonLines;

/**
 * A story set in the layout of {@code ../shared/eval/stories/*}: JSONL (optionally gzipped), one article a line with
 * {@code id}, {@code story}, {@code lang}, {@code text} and optionally {@code date}. Lines that are not such records
 * are refused with the file and line number.
 */
public record StorySet(String name, List<StoryItem> items) {
    public StorySet {
        items = List.copyOf(items);
    }

    public static StorySet read(String name, Path file) {
        List<StoryItem> items = new ArrayList<>();
        JsonLines.read(file, (n, r) -> {
            String id = text(r, "id");
            String story = text(r, "story");
            String body = text(r, "text");
            if (id == null || story == null || body == null) {
                throw new IllegalArgumentException(file + ":" + n + ": needs id, story and text");
            }
            items.add(new StoryItem(id, story, text(r, "lang"), body, time(text(r, "date")), name));
        });
        return new StorySet(name, items);
    }

    /** A name for a set file: its parent folder and file name without extensions, e.g. {@code wmt22-doctrans/news.dev}. */
    public static String nameOf(Path file) {
        String f = file.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.jsonl$", "");
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? f : parent.getFileName() + "/" + f;
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
