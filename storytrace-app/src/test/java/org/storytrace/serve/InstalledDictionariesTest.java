package org.storytrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.analyse.PivotDictionary;

class InstalledDictionariesTest {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** A one-entry dictd database: the definition's first line is the headword line, as in FreeDict. */
    private static void dictd(Path folder, String stem, String headword, String definition) throws IOException {
        byte[] body = definition.getBytes(StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(stem + ".index"), headword + "\tA\t" + base64(body.length) + "\n");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve(stem + ".dict.dz")))) {
            gz.write(body);
        }
    }

    private static String base64(int n) {
        return n < 64 ? String.valueOf(DIGITS.charAt(n)) : base64(n / 64) + DIGITS.charAt(n % 64);
    }

    private Path folder() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("dictd"));
        dictd(f, "freedict-deu-eng", "haus", "Haus /hˈaʊs/ <n>\nhouse <n>\n");
        dictd(f, "freedict-eng-ces", "house", "house <n>\ndům\n");
        dictd(f, "mueller7", "government", "government\n   [↗gʌvnmɜnt] _n.\n   1) правительство\n");
        dictd(f, "freedict-deu-fra", "haus", "Haus\nmaison\n");
        return f;
    }

    @Test
    void missingFolderGivesNoPivotsAndOneLineSayingSo() {
        PivotDictionary d = new InstalledDictionaries(tmp.resolve("nowhere"), tmp.resolve("data"), err).load();
        assertThat(d.languages()).isEmpty();
        assertThat(err()).containsOnlyOnce("\n").contains("pivots are off").contains("nowhere");
    }

    @Test
    void fileNamesTellLanguageAndDirectionAndPairsWithoutEnglishAreIgnored() throws IOException {
        assertThat(new InstalledDictionaries(folder(), null, err).sources())
                .extracting(s -> s.language() + (s.fromEnglish() ? "<-en" : "->en"))
                .containsExactlyInAnyOrder("de->en", "cs<-en", "ru<-en");
    }

    @Test
    void everyInstalledDictionaryIsLoaded() throws IOException {
        PivotDictionary d = new InstalledDictionaries(folder(), null, err).load();
        assertThat(d.languages()).containsExactly("cs", "de", "ru");
        assertThat(d.pivots("de", "haus")).containsExactly("hous");
        assertThat(d.pivots("cs", "dum")).containsExactly("hous");
        assertThat(d.pivots("ru", "правительство")).containsExactly("government");
        assertThat(err()).isEmpty();
    }

    @Test
    void secondLoadComesFromTheCacheUntilADictionaryChanges() throws IOException {
        Path folder = folder();
        Path data = tmp.resolve("data");
        new InstalledDictionaries(folder, data, err).load();
        Path cache = data.resolve(InstalledDictionaries.CACHE_FILE);
        assertThat(cache).exists();
        FileTime written = Files.getLastModifiedTime(cache);

        assertThat(new InstalledDictionaries(folder, data, err).load().pivots("de", "haus")).containsExactly("hous");
        assertThat(Files.getLastModifiedTime(cache)).isEqualTo(written);

        dictd(folder, "freedict-deu-eng", "haus", "Haus /hˈaʊs/ <n>\nbuilding <n>\n");
        Files.setLastModifiedTime(folder.resolve("freedict-deu-eng.index"), FileTime.fromMillis(written.toMillis() + 60_000));
        assertThat(new InstalledDictionaries(folder, data, err).load().pivots("de", "haus")).containsExactly("build");
        assertThat(err()).isEmpty();
    }

    @Test
    void brokenCacheIsReportedAndRebuilt() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.write(data.resolve(InstalledDictionaries.CACHE_FILE), new byte[] {0, 0, 0, 9, 'x'});
        assertThat(new InstalledDictionaries(folder(), data, err).load().pivots("de", "haus")).containsExactly("hous");
        assertThat(err()).contains("unreadable");
    }

    @Test
    void propertyWinsOverEnvironmentWhichWinsOverTheDefault() {
        // The build sets the property for every test (dictionaries off); this test needs it unset first.
        String before = System.clearProperty(InstalledDictionaries.FOLDER_PROPERTY);
        try {
            assertThat(InstalledDictionaries.folder(Map.of())).isEqualTo(InstalledDictionaries.DEFAULT_FOLDER);
            assertThat(InstalledDictionaries.folder(Map.of(InstalledDictionaries.FOLDER_ENV, "/x"))).isEqualTo(Path.of("/x"));
            System.setProperty(InstalledDictionaries.FOLDER_PROPERTY, "/y");
            assertThat(InstalledDictionaries.folder(Map.of(InstalledDictionaries.FOLDER_ENV, "/x"))).isEqualTo(Path.of("/y"));
        } finally {
            if (before == null) {
                System.clearProperty(InstalledDictionaries.FOLDER_PROPERTY);
            } else {
                System.setProperty(InstalledDictionaries.FOLDER_PROPERTY, before);
            }
        }
    }
}
