package org.storytrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads the evaluation sets' JSONL (optionally gzipped): one record a line, blank lines skipped. */
public final class JsonLines {
    /** What to do with each record; {@code line} is its 1-based line number, for error messages. */
    @FunctionalInterface
    public interface Sink {
        void accept(int line, JsonNode record);
    }

    private JsonLines() {
    }

    /** Calls {@code sink} per record; a line that is not JSON is refused with the file and line number. */
    public static void read(Path file, Sink sink) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r;
                try {
                    r = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getOriginalMessage());
                }
                sink.accept(n, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
