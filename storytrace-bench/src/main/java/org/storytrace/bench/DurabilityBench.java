package org.storytrace.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace bench durability}: the kill -9 harness of RELIABILITY.md. Builds a synthetic JSONL of real news
 * text, ingests it once uninterrupted as the reference, then per trial ingests it again with SIGKILLs at seeded
 * random moments and restarts, and checks integrity, acknowledged articles and equality with the reference.
 */
@Command(name = "durability", mixinStandardHelpOptions = true,
        description = "Kill ingest with SIGKILL at random moments, restart it, and check the store (see RELIABILITY.md).")
final class DurabilityBench implements Callable<Integer> {
    @Option(names = "--trials", defaultValue = "100", description = "Trials (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--articles", defaultValue = "20000", description = "Articles in the synthetic input (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--kills", defaultValue = "3", description = "Kills per trial before the run that finishes (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the input and of the kill moments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--source", paramLabel = "JSONL",
            defaultValue = "${sys:storytrace.home:-.}/../shared/eval/stories/wmt22-doctrans/news.dev.jsonl",
            description = "Real documents the articles are cut from (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the input and the stores (default: a new temporary folder).")
    Path work;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("storytrace-durability");
        Path input = dir.resolve("input.jsonl");
        SyntheticCorpus.from(source).write(input, articles, seed);
        KillHarness harness = new KillHarness(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"));
        KillHarness.Reference reference = harness.reference(input, dir.resolve("reference"));
        if (!json) {
            out.printf("input %s: %d articles (seed %d); reference run %d ms, %d articles, %d stories%n", input, articles,
                    seed, reference.millis(), reference.snapshot().hashOfId().size(), reference.snapshot().partition().size());
            out.flush();
        }
        Random random = new Random(seed);
        List<KillHarness.Trial> results = new ArrayList<>();
        for (int t = 1; t <= trials; t++) {
            Path data = dir.resolve("trial-" + t);
            KillHarness.Trial trial = harness.trial(t, input, data, reference, kills, random);
            results.add(trial);
            if (!json) {
                out.printf("trial %d: kills after acknowledgement %s, at %s ms (still running: %s), acknowledged %s; "
                                + "%d articles, story ids %s: %s%n",
                        t, trial.killAfterAcks(), trial.killAfterMillis(), trial.killedRunning(), trial.acknowledged(), trial.articles(),
                        trial.sameStoryIds() ? "same" : "renamed", trial.passed() ? "ok" : String.join("; ", trial.failures()));
                out.flush();
            }
            if (trial.passed()) {
                // Passed trials' stores are not needed again and a 20 k-article store is ~100 MB.
                delete(data);
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("articles", articles);
            report.put("seed", seed);
            report.put("killsPerTrial", kills);
            report.put("referenceMillis", reference.millis());
            report.put("trials", results.size());
            report.put("failures", failed);
            report.put("results", results);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.printf("trials %d, failures %d (%d articles, %d kills each, seed %d); work folder %s%n",
                    results.size(), failed, articles, kills, seed, dir);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
