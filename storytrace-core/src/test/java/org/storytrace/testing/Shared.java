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
}
