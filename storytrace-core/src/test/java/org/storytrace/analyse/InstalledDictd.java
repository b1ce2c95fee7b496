package org.storytrace.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Debian dictd dictionaries of this machine, for the tests that need real ones (scripts/install-dictionaries
 * installs them). The app's InstalledDictionaries does the same for production; tests in core cannot reach it.
 */
final class InstalledDictd {
    static final Path FOLDER = Path.of("/usr/share/dictd");
    /** File stem → language and direction: true when the dictionary goes from English to the language. */
    private static final Map<String, Map.Entry<String, Boolean>> FILES = Map.ofEntries(
            Map.entry("freedict-deu-eng", Map.entry("de", false)), Map.entry("freedict-fra-eng", Map.entry("fr", false)),
            Map.entry("freedict-ces-eng", Map.entry("cs", false)), Map.entry("freedict-eng-ces", Map.entry("cs", true)),
            Map.entry("freedict-hrv-eng", Map.entry("hr", false)), Map.entry("freedict-pol-eng", Map.entry("pl", false)),
            Map.entry("freedict-ita-eng", Map.entry("it", false)), Map.entry("freedict-spa-eng", Map.entry("es", false)),
            Map.entry("freedict-por-eng", Map.entry("pt", false)), Map.entry("freedict-nld-eng", Map.entry("nl", false)),
            Map.entry("freedict-tur-eng", Map.entry("tr", false)), Map.entry("freedict-jpn-eng", Map.entry("ja", false)),
            Map.entry("freedict-eng-rus", Map.entry("ru", true)), Map.entry("mueller7", Map.entry("ru", true)));

    private InstalledDictd() {
    }

    static boolean installed() {
        return Files.isRegularFile(FOLDER.resolve("freedict-deu-eng.index"));
    }

    static Map<String, Map.Entry<String, Boolean>> files() {
        return FILES;
    }

    /** Adds one installed dictionary to the builder; false when it is not installed. */
    static boolean add(PivotDictionary.Builder builder, String stem) {
        Map.Entry<String, Boolean> what = FILES.get(stem);
        Path index = FOLDER.resolve(stem + ".index");
        Path dict = FOLDER.resolve(stem + ".dict.dz");
        if (!Files.isRegularFile(index) || !Files.isRegularFile(dict)) {
            return false;
        }
        try (InputStream i = Files.newInputStream(index); InputStream d = Files.newInputStream(dict)) {
            if (what.getValue()) {
                builder.fromEnglish(what.getKey(), i, d);
            } else {
                builder.toEnglish(what.getKey(), i, d);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PivotDictionary all() {
        PivotDictionary.Builder b = PivotDictionary.builder();
        FILES.keySet().parallelStream().forEach(stem -> add(b, stem));
        return b.build();
    }
}
