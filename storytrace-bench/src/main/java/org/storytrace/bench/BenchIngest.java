package org.storytrace.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storytrace.analyse.Analyser;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.link.Linker;
import org.storytrace.serve.Archive;
import org.storytrace.serve.IngestOutcome;
import org.storytrace.store.sqlite.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench ingest}: the same generated articles ingested end to end (read and parse, extract, analyse and link,
 * store) from JSONL, from a WARC.gz and from RSS feeds, each into a fresh embedded store; articles per second and
 * where the time goes. Extraction and analysis (with fingerprinting) are timed alone in a second pass over the same
 * documents, since the archive runs them inside one call; the rest (link-index retrieval, story assignment and
 * the store) is the difference, so it absorbs whatever the second pass runs faster than the first.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Articles/s for JSONL, WARC and feed ingest of the same generated articles into a fresh embedded store.")
final class BenchIngest implements Callable<Integer> {
    /** Articles ingested before timing so the JIT has compiled the pipeline; the issue measures steady state. */
    private static final int WARM_UP_ARTICLES = 1_000;
    private static final long CORPUS_SEED = 20_240_101L;
    private static final double NANOS_PER_SECOND = 1e9;

    @Option(names = "--articles", defaultValue = "20000", description = "How many articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--dev-set", paramLabel = "FILE",
            defaultValue = "${sys:storytrace.home:-.}/../shared/eval/stories/wmt22-doctrans/news.dev.jsonl",
            description = "JSONL whose sentences the articles are made of (default: ${DEFAULT-VALUE}).")
    Path devSet;

    @Option(names = "--json", description = "Print one JSON object per set.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The figures of one set. */
    record Result(String set, int articles, long parseNanos, long ingestNanos, long extractNanos, long analyseNanos,
                  Map<IngestOutcome.Status, Integer> outcomes) {
        long totalNanos() {
            return parseNanos + ingestNanos;
        }

        double articlesPerSecond() {
            return articles * NANOS_PER_SECOND / totalNanos();
        }

        double share(long nanos) {
            return (double) nanos / totalNanos();
        }

        long restNanos() {
            return Math.max(0, ingestNanos - extractNanos - analyseNanos);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("storytrace-bench-ingest");
        try {
            IngestCorpus corpus = IngestCorpus.generate(devSet, articles, CORPUS_SEED);
            Path jsonl = work.resolve("articles.jsonl");
            corpus.writeJsonl(jsonl);
            Path warc = work.resolve("articles.warc.gz");
            corpus.writeWarcGz(warc);
            Path feeds = Files.createDirectories(work.resolve("feeds"));
            List<Path> feedFiles = corpus.writeFeeds(feeds);

            warmUp(work, jsonl);
            // Each set is printed as soon as it is done: a 20 k run takes minutes per set.
            if (!json) {
                out.println("| set | articles | articles/s | seconds | parse | extract | analyse | link+story+store | outcomes |");
                out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
            }
            print(out, run("ingest-jsonl", work, List.of(jsonl)));
            print(out, run("ingest-warc", work, List.of(warc)));
            print(out, run("ingest-feed", work, feedFiles));
            return 0;
        } finally {
            deleteRecursively(work);
        }
    }

    private void warmUp(Path work, Path jsonl) throws IOException {
        Path data = Files.createDirectory(work.resolve("warm-up"));
        List<RawDocument> docs = new Ingester().read(jsonl.toString(), Files.readAllBytes(jsonl)).documents();
        try (Archive archive = new Archive(SqliteArticleStore.open(data), Clock.systemUTC())) {
            docs.stream().limit(WARM_UP_ARTICLES).forEach(archive::ingest);
        }
    }

    private static Result run(String set, Path work, List<Path> files) throws IOException {
        Ingester ingester = new Ingester();
        long start = System.nanoTime();
        List<RawDocument> docs = new ArrayList<>();
        for (Path file : files) {
            IngestResult result = ingester.read(file.toString(), Files.readAllBytes(file));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("bench ingest: " + result.problems().get(0));
            }
            docs.addAll(result.documents());
        }
        long parsed = System.nanoTime();
        Map<IngestOutcome.Status, Integer> outcomes = new EnumMap<>(IngestOutcome.Status.class);
        try (Archive archive = new Archive(SqliteArticleStore.open(Files.createDirectory(work.resolve(set))), Clock.systemUTC())) {
            for (RawDocument doc : docs) {
                outcomes.merge(archive.ingest(doc).status(), 1, Integer::sum);
            }
        }
        long ingested = System.nanoTime();

        Extractor extractor = new Extractor();
        List<Extraction> extractions = new ArrayList<>(docs.size());
        long t0 = System.nanoTime();
        docs.forEach(d -> extractions.add(extractor.extract(d)));
        long t1 = System.nanoTime();
        Analyser analyser = new Analyser();
        Linker linker = new Linker();
        extractions.forEach(e -> linker.fingerprint(analyser.analyse(e.text(), e.metadata().language())));
        long t2 = System.nanoTime();
        return new Result(set, docs.size(), parsed - start, ingested - parsed, t1 - t0, t2 - t1, outcomes);
    }

    private void print(PrintWriter out, Result r) {
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode().put("set", r.set()).put("articles", r.articles())
                    .put("articles_per_s", round(r.articlesPerSecond(), 1))
                    .put("parse_share", round(r.share(r.parseNanos()), 3))
                    .put("extract_share", round(r.share(r.extractNanos()), 3))
                    .put("analyse_share", round(r.share(r.analyseNanos()), 3))
                    .put("link_story_store_share", round(r.share(r.restNanos()), 3))
                    .put("seconds", round(r.totalNanos() / NANOS_PER_SECOND, 2));
            r.outcomes().forEach((status, n) -> node.put(status.name().toLowerCase(Locale.ROOT), n));
            out.println(node);
        } else {
            out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %s |%n", r.set(), r.articles(),
                    r.articlesPerSecond(), r.totalNanos() / NANOS_PER_SECOND, 100 * r.share(r.parseNanos()),
                    100 * r.share(r.extractNanos()), 100 * r.share(r.analyseNanos()), 100 * r.share(r.restNanos()),
                    r.outcomes());
        }
        out.flush();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
