package org.storytrace.serve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.store.sqlite.SqliteArticleStore;

/**
 * The acceptance criteria of the walking skeleton, through the real CLI on the real seeds, plus two unrelated real
 * news pages (newspaper4k's CNN pages: one about Donald Trump, one about Russia) that must stay in their own stories.
 */
class SeedPairEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path data;
    static String ingestOut;
    static String id000;
    static String id004;

    @BeforeAll
    static void ingestSeedsAndTwoUnrelatedPages() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        try (var seeds = Files.list(Cli.shared().resolve("seeds"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        for (String page : List.of("cnn_002.html.gz", "cnn_test_nlp.html.gz")) {
            Files.copy(Cli.shared().resolve("eval/extraction/newspaper4k").resolve(page), input.resolve(page));
        }
        data = tmp.resolve("data");
        Cli.Run run = Cli.run(data, "ingest", input.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        ingestOut = run.out();
        id000 = idOf("000");
        id004 = idOf("004");
    }

    @Test
    void everyArticleIsStoredOnceAndReportedNew() {
        assertThat(ingestOut).contains("read 4, new 4, already known 0, failed 0");
    }

    @Test
    void sameArticlesTwiceAreReportedAlreadyKnown() {
        Cli.Run again = Cli.run(data, "ingest", tmp.resolve("input").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("read 4, new 0, already known 4, failed 0");
        assertThat(json(Cli.run(data, "stories", "--json").out())).hasSize(3);
    }

    @Test
    void seedPairLandsInOneStoryAndUnrelatedPagesInTheirOwn() {
        JsonNode stories = json(Cli.run(data, "stories", "--json").out());
        assertThat(stories).hasSize(3);
        assertThat(stories.get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(stories.get(1).get("articles").asInt()).isEqualTo(1);
        assertThat(stories.get(2).get("articles").asInt()).isEqualTo(1);
        assertThat(stories.get(1).get("outlets").get(0).asText()).as("the CNN page's site name").containsIgnoringCase("cnn");
        assertThat(Cli.run(data, "stories").out()).contains("OUTLETS");
        JsonNode story = json(Cli.run(data, "story", stories.get(0).get("id").asText(), "--json").out());
        List<String> members = new ArrayList<>();
        story.get("timeline").forEach(a -> members.add(a.get("id").asText()));
        assertThat(members).containsExactlyInAnyOrder(id000, id004);
    }

    @Test
    void seed000IsTheOriginAnd004AnAttributedRewriteWithItsCues() {
        JsonNode trace = json(Cli.run(data, "trace", "004", "--json").out());
        assertThat(trace.get("origin").asText()).isEqualTo(id000);
        assertThat(trace.get("role").asText()).isEqualTo("attributed-rewrite");
        JsonNode edge = trace.get("sources").get(0);
        assertThat(edge.get("source").asText()).isEqualTo(id000);
        assertThat(edge.get("type").asText()).isEqualTo("attributed-rewrite");
        assertThat(edge.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(descriptions(edge)).anyMatch(d -> d.contains("According to the authors of the publication"))
                .anyMatch(d -> d.contains("the article emphasizes"));
    }

    @Test
    void traceExplainsTheStoryWithTheSharedKeysAndEachFeaturesWeight() {
        JsonNode why = json(Cli.run(data, "trace", "004", "--json").out()).get("story_evidence");
        assertThat(why.get("with").asText()).isEqualTo(id000);
        assertThat(why.get("same_story_probability").asDouble()).isBetween(0.5, 1.0);
        List<String> keys = new java.util.ArrayList<>();
        why.get("shared_keys").forEach(k -> keys.add(k.asText()));
        assertThat(keys).contains("n:keir starmer", "%:80%");
        assertThat(why.get("log_odds_contributions").has("shingle_jaccard")).isTrue();
        assertThat(Cli.run(data, "trace", "004").out()).contains("same-story probability", "shared keys:", "log-odds:");
    }

    @Test
    void originIsDecidedByEvidenceNotByTheOnlyDate() {
        // 000 carries no date and 004 is dated 2024-11-25: time cannot have decided, and the graph says why.
        JsonNode story = json(Cli.run(data, "story", "000", "--json").out());
        assertThat(story.get("graph").get("origin").asText()).isEqualTo(id000);
        assertThat(story.get("graph").get("reasons").toString()).contains("no publication time");
    }

    @Test
    void bothSeedsTraceBackToLeMondeAsAnExternalOrigin() {
        JsonNode graph = json(Cli.run(data, "story", "000", "--json").out()).get("graph");
        assertThat(graph.get("nodes").toString()).contains("external:Le Monde");
        JsonNode trace = json(Cli.run(data, "trace", "000", "--json").out());
        assertThat(trace.get("sources").get(0).get("source").asText()).isEqualTo("external:Le Monde");
        assertThat(trace.get("sources").get(0).get("type").asText()).isEqualTo("translation");
    }

    @Test
    void seed000IsMarkedTruncatedAndItsFurnitureIsNotInTheBody() {
        JsonNode article = json(Cli.run(data, "trace", "000", "--json").out()).get("article");
        assertThat(article.get("truncation").get("truncated").asBoolean()).isTrue();
        assertThat(article.get("truncation").get("visible_fraction").asDouble()).isCloseTo(0.2918, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(article.get("furniture").toString()).contains("Column Subscribers only", "You have 70.82% of this article left to read", "Related News :");
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            String text = store.article(id000).orElseThrow().article().text();
            assertThat(text).doesNotContain("Subscribers only", "left to read", "Related News").contains("annual report");
        }
    }

    @Test
    void compareNamesTheAcceptanceChanges() {
        Cli.Run run = Cli.run(data, "compare", "000", "004", "--json");
        assertThat(run.exit()).isZero();
        JsonNode changes = json(run.out()).get("changes");
        assertThat(change(changes, "dropped", "source_text", "Babcock")).isTrue();
        assertThat(change(changes, "dropped", "source_text", "55% owned by the French state")).isTrue();
        assertThat(change(changes, "dropped", "source_text", "Germany")).isTrue();
        assertThat(change(changes, "dropped", "source_text", "BBC")).isTrue();
        assertThat(change(changes, "added", "target_text", "criminal war unleashed by Russia")).isTrue();
        assertThat(StreamSupport.stream(changes.spliterator(), false)
                .filter(c -> c.get("family").asText().equals("added") && c.get("target_text").asText().contains("long-range weapons"))
                .anyMatch(c -> c.get("unverifiable").asBoolean())).isTrue();
        assertThat(changed(changes, "changed_name", "Barrot", "Barro")).isTrue();
        assertThat(changed(changes, "changed_scope", "", "EU")).isTrue();
        assertThat(changed(changes, "changed_attribution", "British military source", "British Ministry of Defense")).isTrue();
        assertThat(change(changes, "kept", "source_text", "80% ex-military")).isTrue();
        assertThat(change(changes, "kept", "source_text", "France and Poland")).isTrue();
    }

    @Test
    void compareShowsTwoColumnsAndTheTypedChangesAsText() {
        Cli.Run run = Cli.run(data, "compare", "000", "004", "--width", "160");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("dropped (", "added (", "changed (", "kept (")
                .contains("[unverifiable against the visible source]");
    }

    @Test
    void unknownArticleIsAUsageErrorNamingIt() {
        Cli.Run run = Cli.run(data, "trace", "no-such-article");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no article matches 'no-such-article'");
    }

    private static boolean change(JsonNode changes, String family, String field, String text) {
        return StreamSupport.stream(changes.spliterator(), false)
                .anyMatch(c -> c.get("family").asText().equals(family) && c.get(field).asText().contains(text));
    }

    private static boolean changed(JsonNode changes, String kind, String source, String target) {
        return StreamSupport.stream(changes.spliterator(), false)
                .anyMatch(c -> c.get("kind").asText().equals(kind) && c.get("source_text").asText().contains(source)
                        && c.get("target_text").asText().contains(target));
    }

    private static List<String> descriptions(JsonNode edge) {
        List<String> out = new ArrayList<>();
        edge.get("evidence").forEach(e -> out.add(e.get("description").asText()));
        return out;
    }

    private static String idOf(String filePrefix) {
        return ingestOut.lines().filter(l -> l.contains("/" + filePrefix + "_")).findFirst().orElseThrow().split("\\s+")[1];
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
