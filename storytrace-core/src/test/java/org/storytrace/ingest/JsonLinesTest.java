package org.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storytrace.model.Problem;

class JsonLinesTest {
    private final Ingester ingester = new Ingester();

    private IngestResult read(String origin, String content) {
        return ingester.read(origin, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyGoodLineIsADocumentNamedByItsLine() {
        IngestResult result = read("data/x.jsonl", """
                {"url": "https://example.org/a", "title": "A", "outlet": "Le Monde", "published": "2024-11-25", "language": "fr", "text": "Il vous reste"}

                {"title": "B", "published": "2024-11-26T08:30:00+01:00", "html": "<p>Body</p>"}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(2);
        RawDocument a = result.documents().get(0);
        assertThat(a.origin()).isEqualTo("data/x.jsonl:1");
        assertThat(a.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(a.declared().outlet()).isEqualTo("Le Monde");
        assertThat(a.declared().language()).isEqualTo("fr");
        assertThat(a.declared().published()).isEqualTo(Instant.parse("2024-11-25T00:00:00Z"));
        RawDocument b = result.documents().get(1);
        assertThat(b.origin()).isEqualTo("data/x.jsonl:3");
        assertThat(b.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(b.declared().published()).isEqualTo(Instant.parse("2024-11-26T07:30:00Z"));
    }

    @Test
    void badLineIsOneProblemNamingFileAndLineAndTheRestIsRead() {
        IngestResult result = read("data/x.jsonl", """
                {"text": "first"}
                {"text": oops}
                {"text": "third"}
                """);

        assertThat(result.documents()).extracting(RawDocument::origin).containsExactly("data/x.jsonl:1", "data/x.jsonl:3");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo("data/x.jsonl:2");
            assertThat(p.toString()).startsWith("data/x.jsonl:2: not JSON (Unrecognized token 'oops'");
            assertThat(p.toString()).doesNotContain("\n");
        });
    }

    @Test
    void lineWithNeitherTextNorHtmlIsAProblem() {
        IngestResult result = read("x.jsonl", "{\"title\": \"no body\", \"text\": \"  \"}\n");

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).containsExactly(new Problem("x.jsonl:1", "has neither text nor html"));
    }

    @Test
    void lineThatIsNotAnObjectIsAProblem() {
        IngestResult result = read("x.jsonl", "{\"text\": \"a\"}\n[1, 2]\n");

        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).containsExactly(new Problem("x.jsonl:2", "not a JSON object"));
    }

    @Test
    void trailingGarbageAfterTheObjectIsAProblem() {
        IngestResult result = read("x.jsonl", "{\"text\": \"a\"} {\"text\": \"b\"}\n");

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not JSON"));
    }

    @Test
    void badPublishedDateIsAProblemButTheArticleIsKept() {
        IngestResult result = read("x.jsonl", "{\"text\": \"a\", \"published\": \"last Tuesday\"}\n");

        assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.declared().published()).isNull());
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.input()).isEqualTo("x.jsonl:1"));
    }

    @Test
    void nonStringFieldIsAProblem() {
        IngestResult result = read("x.jsonl", "{\"text\": {\"nested\": true}}\n");

        assertThat(result.problems()).containsExactly(new Problem("x.jsonl:1", "field 'text' is not a string"));
    }

    @Test
    void jsonlWithCrlfLineEndsReadsEveryLine() {
        IngestResult result = read("x.jsonl", "{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(RawDocument::content).containsExactly("a", "b");
    }
}
