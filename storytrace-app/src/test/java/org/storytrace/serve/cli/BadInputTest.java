package org.storytrace.serve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.model.Article;
import org.storytrace.store.sqlite.SqliteArticleStore;

/** Bad inputs get one line on stderr naming them, the batch goes on, the exit code is 1, and stored articles stay as they were. */
class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void eachBadInputIsReportedOnceAndTheRestOfTheBatchIsStored() throws IOException {
        Path data = tmp.resolve("data");
        assertThat(Cli.run(data, "ingest", Cli.shared().resolve("seeds").toString()).exit()).isZero();
        List<Article> before = articles(data);

        Path batch = Files.createDirectories(tmp.resolve("batch"));
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.write(batch.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0});
        Files.write(batch.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me, Jos\u00e9 said.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("export.jsonl"), String.join("\n",
                "{\"url\": \"https://example.org/a\", \"title\": \"A good line\", \"text\": \"Ministers met in Brussels on Monday to discuss fishing quotas for 2026. The talks went on late into the night.\"}",
                "{not json at all",
                "{\"title\": \"no body\"}",
                ""));
        try (RandomAccessFile huge = new RandomAccessFile(batch.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: costs no disk, must be refused before it is read
        }
        Files.writeString(batch.resolve("hostile.html"), "<html><body><article><p>Breaking: <script>alert(1)</script> officials in Lyon "
                + "confirmed the bridge will reopen on 3 March after repairs costing 4 million euros.</p>"
                + "<p>\u001b]0;pwned\u0007The mayor said traffic would be diverted until then.</p></article></body></html>");

        Cli.Run run = Cli.run(data, "ingest", batch.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> errors = run.err().lines().toList();
        assertThat(errors).allMatch(l -> l.startsWith("storytrace: ingest: "));
        assertThat(errors).anyMatch(l -> l.contains("empty.txt") && l.contains("empty"));
        assertThat(errors).anyMatch(l -> l.contains("binary.bin") && l.contains("binary"));
        assertThat(errors).anyMatch(l -> l.contains("latin1.txt") && l.contains("UTF-8"));
        assertThat(errors).anyMatch(l -> l.contains("export.jsonl:2"));
        assertThat(errors).anyMatch(l -> l.contains("export.jsonl:3"));
        assertThat(errors).anyMatch(l -> l.contains("huge.txt"));
        assertThat(errors).hasSize(6);
        assertThat(run.out()).contains("new 2,").doesNotContain("\u001b");
        List<Article> after = articles(data);
        assertThat(after).hasSize(before.size() + 2);
        assertThat(after).containsAll(before);
    }

    @Test
    void missingPathIsReportedAndOthersStillRead() {
        Path data = tmp.resolve("data");
        Cli.Run run = Cli.run(data, "ingest", tmp.resolve("nope").toString(), Cli.shared().resolve("seeds").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nope");
        assertThat(run.out()).contains("new 2,");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(Cli.run(null, "frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo", "ingest", "stories", "story", "trace", "compare")) {
            Cli.Run run = Cli.run(null, command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: storytrace " + command);
        }
    }

    private static List<Article> articles(Path data) {
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            java.util.ArrayList<Article> out = new java.util.ArrayList<>();
            store.forEach(s -> out.add(s.article()));
            return out;
        }
    }
}
