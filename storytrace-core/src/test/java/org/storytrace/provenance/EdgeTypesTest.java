package org.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.EdgeType;
import org.storytrace.model.ProvenanceNode;
import org.storytrace.model.Truncation;
import org.storytrace.testing.Shared;

/** The edge types besides rewrite and translation, each on real article text. */
class EdgeTypesTest {
    private static final Analyser ANALYSER = new Analyser();
    private final Provenance provenance = new Provenance();

    private static Member member(String id, String text, String revisionOf) {
        Article a = new Article(id, id + "-hash", id + ".txt", new ArticleMetadata(null, null, null, null, null, "en"), text,
                Truncation.NONE, List.of(), Instant.EPOCH);
        return new Member(a, ANALYSER.analyse(text, "en"), revisionOf);
    }

    /** A long English original from the WMT22 news set, one segment a line. */
    private static List<String> wmtLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Shared.root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl"))) {
            var r = json.readTree(line);
            if (r.get("id").asText().endsWith("#en-src") && r.get("text").asText().split("\n").length >= 20) {
                return List.of(r.get("text").asText().split("\n"));
            }
        }
        throw new AssertionError("no long English original");
    }

    @Test
    void laterVersionOfTheSamePageIsARevisionWhateverTheOrder() {
        String first = Shared.seedText("000");
        String edited = first.replace("The World has learned", "The World has learned, and the ministry confirmed on Monday,");
        for (List<Member> members : List.of(List.of(member("v1", first, null), member("v2", edited, "v1")),
                List.of(member("v2", edited, "v1"), member("v1", first, null)))) {
            DerivationGraph g = provenance.trace("s", members);
            assertThat(g.originId()).isEqualTo("v1");
            DerivationEdge e = g.edgesFrom("v2").get(0);
            assertThat(e.sourceId()).isEqualTo("v1");
            assertThat(e.type()).isEqualTo(EdgeType.REVISION);
            assertThat(e.evidence().get(0).signal()).isEqualTo("revision");
        }
    }

    @Test
    void twoDifferentCutsOfOneTextShareAMissingSource() throws IOException {
        List<String> lines = wmtLines();
        int n = lines.size();
        // Two outlets run the same wire copy, each keeping a different 60 %: the middle fifth is in both.
        String a = String.join("\n", lines.subList(0, n * 3 / 5));
        String b = String.join("\n", lines.subList(n * 2 / 5, n));
        DerivationGraph g = provenance.trace("s", List.of(member("cutA", a, null), member("cutB", b, null)));
        assertThat(g.nodes()).filteredOn(x -> x.role() == ProvenanceNode.Role.MISSING_SOURCE).singleElement()
                .satisfies(x -> assertThat(x.external()).isTrue());
        String upstream = g.nodes().stream().filter(x -> x.role() == ProvenanceNode.Role.MISSING_SOURCE).findFirst().orElseThrow().id();
        assertThat(upstream).startsWith(Provenance.EXTERNAL);
        // The origin copy hangs from the missing source; the other copy keeps its in-archive edge to it.
        String other = g.originId().equals("cutA") ? "cutB" : "cutA";
        assertThat(g.edgesFrom(g.originId())).extracting(DerivationEdge::sourceId, DerivationEdge::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(upstream, EdgeType.SHARED_SOURCE));
        assertThat(g.edgesFrom(other)).extracting(DerivationEdge::sourceId, DerivationEdge::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(g.originId(), EdgeType.SHARED_SOURCE));
        ProvenanceBadInputTest.assertOneOriginAndNoCycle(g, List.of(member("cutA", a, null), member("cutB", b, null)));
    }

    @Test
    void firstLinesOfATextAreATruncatedRepublicationNotASummary() throws IOException {
        List<String> lines = wmtLines();
        String whole = String.join("\n", lines);
        String head = String.join("\n", lines.subList(0, lines.size() / 4));
        DerivationGraph g = provenance.trace("s", List.of(member("whole", whole, null), member("head", head, null)));
        assertThat(g.originId()).isEqualTo("whole");
        assertThat(g.edgesFrom("head").get(0).type()).isEqualTo(EdgeType.REPUBLICATION);
    }

    @Test
    void shortRewordingOfTheSeedIsASummary() {
        // A hand-written three-sentence summary of seed 000's visible text, in its words but not its sentences.
        String summary = "Discussions over sending Western troops and private defense companies to Ukraine have been revived. "
                + "Macron's idea, strongly opposed by Germany in February, returned after Keir Starmer's visit to France. "
                + "Jean-Noël Barrot told the BBC that France does not discard any option in its support for Ukraine.";
        DerivationGraph g = provenance.trace("s", List.of(member("seed", Shared.seedText("000"), null), member("short", summary, null)));
        assertThat(g.originId()).isEqualTo("seed");
        DerivationEdge e = g.edgesFrom("short").stream().filter(x -> x.sourceId().equals("seed")).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(EdgeType.SUMMARY);
    }
}
