package org.storytrace.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.bench.BenchMain;
import picocli.CommandLine;

/** The command's contract (flags, JSON names, refusals), on a three-page copy of the set; timings are not checked. */
class ExtractionBenchCommandTest {
    private static final int PAGES = 3;

    private final ObjectMapper mapper = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new BenchMain());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    /** The first pages of the real set in id order, with their ground truth, laid out as the set is. */
    private Path smallSet(Path dir) throws IOException {
        Path set = dir.resolve("scrapinghub");
        Files.createDirectories(set.resolve("html"));
        JsonNode truth = mapper.readTree(ScrapinghubScoringTest.SET.resolve("ground-truth.json").toFile());
        List<String> ids = truth.propertyStream().map(e -> e.getKey()).sorted().limit(PAGES).toList();
        ObjectNode small = mapper.createObjectNode();
        for (String id : ids) {
            small.set(id, truth.get(id));
            Files.copy(ScrapinghubScoringTest.SET.resolve("html/" + id + ".html.gz"), set.resolve("html/" + id + ".html.gz"));
        }
        mapper.writeValue(set.resolve("ground-truth.json").toFile(), small);
        return set;
    }

    @Test
    void jsonNamesTheSetPeerAndEveryFigure(@TempDir Path dir) throws IOException {
        Path set = smallSet(dir);

        int exit = run("bench", "extraction", "--set", set.toString(), "--peers", "jsoup,storytrace",
                "--warmup", "0", "--rounds", "1", "--json");

        assertThat(exit).as(err.toString()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            rows.add(mapper.readTree(line));
        }
        assertThat(rows).extracting(r -> r.get("peer").asText()).containsExactly("jsoup", "storytrace");
        for (JsonNode row : rows) {
            assertThat(row.get("set").asText()).isEqualTo("scrapinghub");
            assertThat(row.get("status").asText()).isEqualTo("ok");
            assertThat(row.get("pages").asInt()).isEqualTo(PAGES);
            assertThat(row.get("pages_per_s").asDouble()).isPositive();
            assertThat(row.get("mb_per_s").asDouble()).isPositive();
            assertThat(row.get("f1").asDouble()).isBetween(0.0, 1.0);
            assertThat(row.has("precision") && row.has("recall") && row.has("accuracy")).isTrue();
            assertThat(row.get("ratio_to_readability_js").isNull()).as("readability-js did not run").isTrue();
        }
        assertThat(rows.get(0).get("ratio_to_jsoup").asDouble()).isEqualTo(1.0);
        // Our extractor keeps less of the page than the whole-page text jsoup's row is scored on.
        assertThat(rows.get(1).get("precision").asDouble()).isGreaterThan(rows.get(0).get("precision").asDouble());
    }

    @Test
    void tableListsEachPeerWithItsScores(@TempDir Path dir) throws IOException {
        int exit = run("bench", "extraction", "--set", smallSet(dir).toString(), "--peers", "storytrace",
                "--warmup", "0", "--rounds", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("set scrapinghub: 3 pages", "pages/s", "F1").containsPattern("(?m)^storytrace +\\d");
    }

    @Test
    void unknownPeerIsRefusedWithTheKnownOnes() {
        int exit = run("bench", "extraction", "--peers", "jsoup,goose");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown peer 'goose'", "readability-lxml");
    }

    @Test
    void peerWhosePackagesDoNotImportIsReportedNotInstalled(@TempDir Path dir) {
        ProcessPeer failingProbe = new ProcessPeer("p", dir, List.of("false"), List.of("false"));
        ProcessPeer missingInterpreter = new ProcessPeer("q", dir, List.of(dir.resolve("no-such-interpreter").toString()),
                List.of("false"));

        assertThat(failingProbe.unavailable()).contains(ProcessPeer.NOT_INSTALLED);
        assertThat(missingInterpreter.unavailable()).contains(ProcessPeer.NOT_INSTALLED);
        assertThat(new ProcessPeer("r", dir.resolve("absent"), List.of("true"), List.of("true")).unavailable().orElseThrow())
                .startsWith("not installed: no ");
    }

    @Test
    void missingPeerIsARowNotAFailure(@TempDir Path dir) throws IOException {
        Path set = smallSet(dir);
        ExtractionBench bench = new ExtractionBench(set, ScrapinghubPages.load(set), 0, 1);

        List<PeerResult> results = bench.measure(List.of(new ProcessPeer("readability-js", dir, List.of("false"),
                List.of("false"))), peer -> { });

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.ran()).isFalse();
            assertThat(r.status()).isEqualTo("not installed: run scripts/install-peers.sh");
            assertThat(r.pagesPerSecond()).isNull();
        });
    }
}
