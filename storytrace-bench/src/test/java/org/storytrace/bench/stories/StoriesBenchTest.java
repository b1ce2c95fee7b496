package org.storytrace.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.bench.BenchMain;
import picocli.CommandLine;

/** The command's contract (sets and metric names in --json, refusals) on a tiny archive; timings are not checked. */
class StoriesBenchTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new BenchMain());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void jsonNamesEachSizeTheAllPairsRunAndTheGoals() throws Exception {
        int exit = run("bench", "stories", "--sizes", "150,300", "--all-pairs-up-to", "150", "--json",
                "--dev-set", SyntheticStoriesTest.WMT22.toString());
        assertThat(exit).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("set").asText()).containsExactly("stories-150", "stories-300", "all-pairs-150", "goals");
        JsonNode grown = lines.get(1);
        assertThat(grown.get("articles").asInt()).isEqualTo(300);
        for (String metric : List.of("articles_per_s_overall", "assign_us_p50", "assign_us_p99", "index_bytes_per_article",
                "held_articles", "restore_seconds", "bcubed_f1", "analyse_thread_seconds", "cluster_seconds")) {
            assertThat(grown.has(metric)).as(metric).isTrue();
        }
        assertThat(grown.get("bcubed_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(lines.get(2).has("agreement_with_retrieval_f1")).isTrue();
        assertThat(lines.get(3).get("assign_cost_ratio_met").isBoolean()).isTrue();
        assertThat(lines.get(3).get("largest_size").asInt()).isEqualTo(300);
        assertThat(err.toString()).as("plain progress lines without a terminal").contains("bench stories: 300/300 articles");
    }

    @Test
    void sizesOutOfOrderAreRefused() {
        assertThat(run("bench", "stories", "--sizes", "300,150", "--dev-set", SyntheticStoriesTest.WMT22.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ascending");
    }
}
