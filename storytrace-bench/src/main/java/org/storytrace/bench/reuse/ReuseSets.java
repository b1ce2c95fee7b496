package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storytrace.bench.JsonLines;

/** Reading reuse sets: JSONL records, and where the default sets are. */
final class ReuseSets {
    private ReuseSets() {
    }

    /** ../shared/eval beside the checkout (the launcher passes {@code storytrace.home}; tests pass {@code storytrace.shared}). */
    static Path eval() {
        return Path.of(System.getProperty("storytrace.shared", System.getProperty("storytrace.home", ".") + "/../shared")).resolve("eval");
    }

    static Path counterDev() {
        return eval().resolve("reuse/counter-urdu/counter.dev.jsonl");
    }

    static Path wmt22NewsDev() {
        return eval().resolve("stories/wmt22-doctrans/news.dev.jsonl");
    }

    /**
     * A set's name: its folder, as the eval data are laid out one set per folder ({@code counter-urdu}), with the
     * file's name when the folder holds other JSONL files too ({@code wmt22-doctrans/news.dev}).
     */
    static String nameOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return file.getFileName().toString();
        }
        String stem = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        try (var siblings = Files.list(parent)) {
            long jsonl = siblings.filter(f -> f.getFileName().toString().endsWith(".jsonl")).count();
            return jsonl > 1 ? parent.getFileName() + "/" + stem : parent.getFileName().toString();
        } catch (IOException e) {
            return parent.getFileName().toString();
        }
    }

    static List<JsonNode> read(Path file) {
        List<JsonNode> out = new ArrayList<>();
        JsonLines.read(file, (line, record) -> out.add(record));
        return out;
    }
}
