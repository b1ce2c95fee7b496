package org.storytrace.serve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storytrace extract} prints what extraction found, as text or JSON, and names inputs it could not read. */
class ExtractCommandTest {
    private static final Path PAGE = Cli.shared().resolve("eval/extraction/newspaper4k/cnn_article.html.gz");

    @Test
    void gzippedPageIsPrintedWithItsTitleAndTheNameOfThePass() {
        Cli.Run run = Cli.run(null, "extract", PAGE.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("title: ", "pass: html:", "language: en");
    }

    @Test
    void jsonCarriesEveryFieldOfTheExtraction() throws IOException {
        Cli.Run run = Cli.run(null, "extract", "--json", "--url", "https://example.org/2024/01/02/x", PAGE.toString());

        JsonNode n = new ObjectMapper().readTree(run.out());
        assertThat(n.fieldNames()).toIterable().contains("title", "site", "byline", "published", "modified",
                "canonical_url", "language", "declared_language", "detected_language", "pass", "truncation", "text");
        assertThat(n.get("text").asText()).isNotBlank();
    }

    @Test
    void notGzipAndScriptOnlyPagesGiveOneLineErrorsNamingTheInput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fake.html.gz"), "<html><body><p>plain</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("script.html"), "<html><body><script>var a = 1;</script></body></html>",
                StandardCharsets.UTF_8);

        Cli.Run run = Cli.run(null, "extract", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().lines()).hasSize(2)
                .anyMatch(l -> l.contains("fake.html.gz") && l.contains("not gzip"))
                .anyMatch(l -> l.contains("script.html") && l.contains("no article text"));
    }
}
