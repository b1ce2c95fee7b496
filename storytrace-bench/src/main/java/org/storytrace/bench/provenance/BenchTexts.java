package org.storytrace.bench.provenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storytrace.bench.stories.StoryItem;
import org.storytrace.bench.stories.StorySet;

/**
 * Real texts for the compare and provenance benchmarks, read from {@code ../shared} (or {@code -Dstorytrace.shared}),
 * and the deterministic rewrites made of them.
 */
final class BenchTexts {
    private BenchTexts() {
    }

    static Path shared() {
        return Path.of(System.getProperty("storytrace.shared", "../shared"));
    }

    static List<StoryItem> wmt22News() {
        return StorySet.read("wmt22-news", shared().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl")).items();
    }

    static String text(List<StoryItem> items, String id) {
        return items.stream().filter(x -> x.id().equals(id)).map(StoryItem::text).findFirst()
                .orElseThrow(() -> new IllegalStateException("bench: no article " + id + " in wmt22 news.dev"));
    }

    static String seed(String prefix) {
        try (var files = java.nio.file.Files.list(shared().resolve("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("bench: no seed " + prefix + " under " + shared()));
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What a rewriting outlet does to a text, decided line by line by {@code random}: drops about one line in seven,
     * swaps about one neighbouring pair in ten, edits about one line in five (a number changed, or a few words cut
     * from the middle), opens with a cue crediting {@code credited} when it is not null, and adds a line of its own
     * now and then from {@code foreign}.
     */
    static String rewrite(String text, String credited, List<String> foreign, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        List<String> out = new ArrayList<>();
        if (credited != null) {
            out.add("According to " + credited + ", the report below was first published there.");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (random.nextInt(7) == 0 && i > 0) {
                continue;
            }
            if (random.nextInt(10) == 0 && i + 1 < lines.size()) {
                out.add(lines.get(i + 1));
                lines.set(i + 1, line);
                continue;
            }
            out.add(random.nextInt(5) == 0 ? edit(line, random) : line);
            if (!foreign.isEmpty() && random.nextInt(12) == 0) {
                out.add(foreign.get(random.nextInt(foreign.size())));
            }
        }
        return String.join("\n", out);
    }

    /** A number raised by one, or, in a line without digits, two or three words cut from the middle. */
    private static String edit(String line, Random random) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(line);
        if (m.find()) {
            return line.substring(0, m.start()) + (Long.parseLong(m.group().substring(0, Math.min(9, m.group().length()))) + 1)
                    + line.substring(m.end());
        }
        String[] words = line.split(" ");
        if (words.length < 8) {
            return line;
        }
        int from = words.length / 3 + random.nextInt(words.length / 3);
        int cut = 2 + random.nextInt(2);
        List<String> kept = new ArrayList<>(List.of(words).subList(0, from));
        kept.addAll(List.of(words).subList(Math.min(words.length, from + cut), words.length));
        return String.join(" ", kept);
    }

    /** The first {@code share} of a text's lines, at least one: a republication cut short. */
    static String cut(String text, double share) {
        String[] lines = text.split("\n");
        int keep = Math.max(1, (int) Math.round(lines.length * share));
        return String.join("\n", List.of(lines).subList(0, Math.min(lines.length, keep)));
    }
}
