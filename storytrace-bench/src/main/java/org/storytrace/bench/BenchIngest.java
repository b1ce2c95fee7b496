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
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.link.Linker;
import org.storytrace.serve.Archive;
import org.storytrace.serve.IngestOutcome;
import org.storytrace.serve.InstalledDictionaries;
import org.storytrace.store.sqlite.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench ingest}: the same generated articles ingested end to end (read and parse, extract, analyse and
 * fingerprint on worker threads, stories and store on the writer) from JSONL, from a WARC.gz and from RSS feeds,
 * each into a fresh embedded store, as {@code storytrace ingest} runs them. Reported: articles per second, the
 * process's CPU per article, and each stage's cost per article on one core: parse timed directly, extraction,
 * analysis and fingerprinting timed alone in a second, single-threaded pass over the same documents, and the
 * writer's time measured inside the run (it is the part that does not run in parallel).
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

    @Option(names = "--sets", split = ",", defaultValue = "jsonl,warc,feed",
            description = "Which inputs to time, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> sets;

    @Option(names = "--workers", defaultValue = "0",
            description = "Threads preparing articles ahead of the writer (0, the default: one per core, as ingest does).")
    int workers;

    @Option(names = "--json", description = "Print one JSON object per set.")
    boolean json;

    @Spec
    CommandSpec spec;

    private PivotDictionary dictionaries = PivotDictionary.empty();

    /**
     * The figures of one set: wall time end to end, and where a single core's time goes per stage, measured in a
     * second, single-threaded pass (parse, extract, analyse, fingerprint) and inside the run (the writer).
     */
    record Result(String set, int articles, int workers, long parseNanos, long ingestNanos, long cpuNanos, long writerNanos, long writerCpuNanos,
                  long extractNanos, long analyseNanos, long fingerprintNanos, Map<IngestOutcome.Status, Integer> outcomes) {
        long totalNanos() {
            return parseNanos + ingestNanos;
        }

        double articlesPerSecond() {
            return articles * NANOS_PER_SECOND / totalNanos();
        }

        /** Milliseconds of one core per article. */
        double perArticle(long nanos) {
            return nanos / 1e6 / articles;
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

            dictionaries = InstalledDictionaries.fromEnvironment(); // loaded before the clock starts, as ingest loads them once
            int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
            warmUp(work, jsonl, threads);
            // Each set is printed as soon as it is done: a 20 k run takes minutes per set.
            if (!json) {
                out.println("| set | articles | workers | articles/s | seconds | CPU ms/article (all threads) | ms/article on one core: parse | extract | analyse | fingerprint | writer (link+story+store) | writer CPU | outcomes |");
                out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            }
            Map<String, List<Path>> inputs = Map.of("jsonl", List.of(jsonl), "warc", List.of(warc), "feed", feedFiles);
            for (String set : sets) {
                List<Path> files = inputs.get(set);
                if (files == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "bench ingest: unknown set '" + set + "' (jsonl, warc or feed)");
                }
                print(out, run("ingest-" + set, work, files, threads));
            }
            return 0;
        } finally {
            deleteRecursively(work);
        }
    }

    private void warmUp(Path work, Path jsonl, int threads) throws IOException {
        Path data = Files.createDirectory(work.resolve("warm-up"));
        List<RawDocument> docs = new Ingester().read(jsonl.toString(), Files.readAllBytes(jsonl)).documents();
        try (Archive archive = new Archive(SqliteArticleStore.open(data), Clock.systemUTC(), () -> dictionaries);
             Archive.Batch batch = archive.batch(threads, o -> { })) {
            docs.stream().limit(WARM_UP_ARTICLES).forEach(batch::submit);
        }
    }

    private Result run(String set, Path work, List<Path> files, int threads) throws IOException {
        Ingester ingester = new Ingester();
        long cpuStart = processCpuNanos();
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
        long writerNanos;
        long writerCpuNanos;
        try (Archive archive = new Archive(SqliteArticleStore.open(Files.createDirectory(work.resolve(set))), Clock.systemUTC(), () -> dictionaries)) {
            Archive.Batch batch = archive.batch(threads, o -> outcomes.merge(o.status(), 1, Integer::sum));
            try (batch) {
                docs.forEach(batch::submit);
            }
            writerNanos = batch.writerTime().toNanos();
            writerCpuNanos = batch.writerCpuTime().toNanos();
        }
        long ingested = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;

        Extractor extractor = new Extractor();
        List<Extraction> extractions = new ArrayList<>(docs.size());
        long t0 = System.nanoTime();
        docs.forEach(d -> extractions.add(extractor.extract(d)));
        long t1 = System.nanoTime();
        Analyser analyser = new Analyser();
        Linker linker = new Linker(dictionaries);
        List<Analysis> analyses = new ArrayList<>(docs.size());
        extractions.forEach(e -> analyses.add(analyser.analyse(e.text(), e.metadata().language())));
        long t2 = System.nanoTime();
        analyses.forEach(linker::fingerprint);
        long t3 = System.nanoTime();
        return new Result(set, docs.size(), threads, parsed - start, ingested - parsed, cpu, writerNanos, writerCpuNanos, t1 - t0, t2 - t1, t3 - t2, outcomes);
    }

    private void print(PrintWriter out, Result r) {
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode().put("set", r.set()).put("articles", r.articles())
                    .put("workers", r.workers())
                    .put("articles_per_s", round(r.articlesPerSecond(), 1))
                    .put("seconds", round(r.totalNanos() / NANOS_PER_SECOND, 2))
                    .put("cpu_ms_per_article", round(r.perArticle(r.cpuNanos()), 3))
                    .put("parse_ms_per_article", round(r.perArticle(r.parseNanos()), 3))
                    .put("extract_ms_per_article", round(r.perArticle(r.extractNanos()), 3))
                    .put("analyse_ms_per_article", round(r.perArticle(r.analyseNanos()), 3))
                    .put("fingerprint_ms_per_article", round(r.perArticle(r.fingerprintNanos()), 3))
                    .put("writer_ms_per_article", round(r.perArticle(r.writerNanos()), 3))
                    .put("writer_cpu_ms_per_article", round(r.perArticle(r.writerCpuNanos()), 3));
            r.outcomes().forEach((status, n) -> node.put(status.name().toLowerCase(Locale.ROOT), n));
            out.println(node);
        } else {
            out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n", r.set(), r.articles(),
                    r.workers(), r.articlesPerSecond(), r.totalNanos() / NANOS_PER_SECOND, r.perArticle(r.cpuNanos()), r.perArticle(r.parseNanos()),
                    r.perArticle(r.extractNanos()), r.perArticle(r.analyseNanos()), r.perArticle(r.fingerprintNanos()),
                    r.perArticle(r.writerNanos()), r.perArticle(r.writerCpuNanos()), r.outcomes());
        }
        out.flush();
    }

    /** CPU time of the whole process (every thread, the JIT and GC included), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
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
