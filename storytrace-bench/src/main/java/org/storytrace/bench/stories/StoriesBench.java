package org.storytrace.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.storytrace.analyse.Analyser;
import org.storytrace.link.Linker;
import org.storytrace.model.Fingerprint;
import org.storytrace.story.Assignment;
import org.storytrace.story.StoryAssigner;
import org.storytrace.story.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench stories}: one synthetic archive ({@link SyntheticStories}) grown in publication order through
 * analyse → fingerprint → {@link StoryClusterer#add}, measured each time it reaches one of the sizes: articles/s end
 * to end, the cost of assigning one article, the heap the story index retains, how long rebuilding it from the
 * stored fingerprints takes, and B-cubed against the generated stories. Analysis runs on every core in batches;
 * clustering stays on one thread in arrival order, overlapping the next batch's analysis. The all-pairs baseline
 * clusters the same fingerprints scoring every archived article instead of the retrieved candidates.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Grow a synthetic archive of stories to each size and report articles/s, assignment cost, index memory, rebuild time and B-cubed.")
public final class StoriesBench implements Callable<Integer> {
    static final long SEED = 20_250_105L;
    /** The warm-up archive is another seed's, so the measured run starts with no article the JIT has seen. */
    static final long WARM_UP_SEED = SEED + 1;
    /** Articles clustered before the measured run (fewer when the run itself is smaller). */
    static final int WARM_UP_ARTICLES = 3_000;
    /** Assignment cost is taken over this many last articles before each size: the archive is about that size. */
    static final int COST_SAMPLE = 10_000;
    /** Articles analysed together: large enough to keep the analysis threads busy while the last batch clusters. */
    static final int BATCH = 500;
    /**
     * The generator publishes in order, so no article is late; a day is what a news archive fed by crawlers might
     * see, and costs a day more of held articles (about 3 % of the window).
     */
    static final Duration LATENESS = Duration.ofDays(1);
    static final double GOAL_COST_RATIO = 1.5;
    static final double GOAL_ARTICLES_PER_S = 2_000;
    static final double GOAL_BYTES_PER_ARTICLE = 1_024;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
            description = "Archive sizes at which to measure, ascending (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--all-pairs-up-to", defaultValue = "10000",
            description = "Also cluster each size up to this one with the all-pairs baseline (default: ${DEFAULT-VALUE}; 0: never).")
    int allPairsUpTo;

    @Option(names = "--dev-set", paramLabel = "FILE",
            defaultValue = "${sys:storytrace.home:-.}/../shared/eval/stories/wmt22-doctrans/news.dev.jsonl",
            description = "Labelled JSONL texts the stories are grown from (default: ${DEFAULT-VALUE}).")
    Path devSet;

    @Option(names = "--json", description = "Print one JSON object per size, per all-pairs run and for the goals.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) <= 0 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
                throw new ParameterException(spec.commandLine(), "bench stories: --sizes must be positive and ascending, not " + sizes);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Analyser analyser = new Analyser();
        SyntheticStories generator = new SyntheticStories(StorySet.read("wmt22-news", devSet).items(), analyser);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-stories-analyse");
            t.setDaemon(true);
            return t;
        });
        Path logFile = Files.createTempFile("storytrace-bench-stories", ".fingerprints");
        try (FingerprintLog log = new FingerprintLog(logFile)) {
            Pipeline pipeline = new Pipeline(analyser, new Linker(), workers, threads);
            int largest = sizes.get(sizes.size() - 1);
            pipeline.warmUp(generator, Math.min(WARM_UP_ARTICLES, largest));
            GrowingRun run = new GrowingRun(pipeline, log, largest, allPairsUpTo);
            List<Map<String, Object>> results = new ArrayList<>();
            if (!json) {
                out.println(Table.HEADER);
            }
            try (Progress progress = Progress.open(largest, spec.commandLine().getErr())) {
                run.grow(generator.articles(SEED, largest), sizes, progress, m -> {
                    results.add(m);
                    out.println(json ? write(m) : Table.row(m));
                    out.flush();
                });
            }
            for (int size : sizes) {
                if (size <= allPairsUpTo) {
                    Map<String, Object> m = run.allPairs(size);
                    results.add(m);
                    out.println(json ? write(m) : Table.allPairs(m));
                    out.flush();
                }
            }
            Map<String, Object> goals = goals(results);
            out.println(json ? write(goals) : Table.goals(goals));
            out.flush();
            return 0;
        } finally {
            workers.shutdownNow();
        }
    }

    private Map<String, Object> goals(List<Map<String, Object>> results) {
        List<Map<String, Object>> grown = results.stream().filter(m -> m.get("set").toString().startsWith("stories-")).toList();
        Map<String, Object> first = grown.get(0);
        Map<String, Object> last = grown.get(grown.size() - 1);
        double ratio = (double) last.get("assign_us_p50") / (double) first.get("assign_us_p50");
        double rate = (double) last.get("articles_per_s_overall");
        double bytes = (double) last.get("index_bytes_per_article");
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("set", "goals");
        g.put("smallest_size", first.get("articles"));
        g.put("largest_size", last.get("articles"));
        g.put("assign_cost_ratio_largest_vs_smallest", round(ratio, 2));
        g.put("assign_cost_ratio_goal_max", GOAL_COST_RATIO);
        g.put("assign_cost_ratio_met", ratio <= GOAL_COST_RATIO);
        g.put("articles_per_s", rate);
        g.put("articles_per_s_goal_min", GOAL_ARTICLES_PER_S);
        g.put("articles_per_s_met", rate >= GOAL_ARTICLES_PER_S);
        g.put("index_bytes_per_article_at_largest", bytes);
        g.put("index_bytes_per_article_goal_max", GOAL_BYTES_PER_ARTICLE);
        g.put("index_bytes_per_article_met", bytes <= GOAL_BYTES_PER_ARTICLE);
        g.put("restore_seconds_at_largest", last.get("restore_seconds"));
        return g;
    }

    private String write(Map<String, Object> m) throws IOException {
        return mapper.writeValueAsString(m);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** Analysis on worker threads, in batches whose results come back in order. */
    static final class Pipeline {
        private final Analyser analyser;
        private final Linker linker;
        private final ExecutorService workers;
        private final int threads;
        final AtomicLong analyseNanos = new AtomicLong();

        Pipeline(Analyser analyser, Linker linker, ExecutorService workers, int threads) {
            this.analyser = analyser;
            this.linker = linker;
            this.workers = workers;
            this.threads = threads;
        }

        /** A batch on its way: its articles and the futures of its slices' fingerprints. */
        record Batch(List<SyntheticStories.Article> articles, List<Future<Fingerprint[]>> slices) {
            Fingerprint[] fingerprints() throws InterruptedException {
                Fingerprint[] all = new Fingerprint[articles.size()];
                int at = 0;
                for (Future<Fingerprint[]> slice : slices) {
                    try {
                        Fingerprint[] part = slice.get();
                        System.arraycopy(part, 0, all, at, part.length);
                        at += part.length;
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("bench stories: analysis failed: " + e.getCause(), e.getCause());
                    }
                }
                return all;
            }
        }

        Batch submit(List<SyntheticStories.Article> articles) {
            List<Future<Fingerprint[]>> slices = new ArrayList<>();
            int per = (articles.size() + threads - 1) / threads;
            for (int from = 0; from < articles.size(); from += per) {
                List<SyntheticStories.Article> slice = articles.subList(from, Math.min(articles.size(), from + per));
                slices.add(workers.submit(() -> {
                    long start = System.nanoTime();
                    Fingerprint[] f = new Fingerprint[slice.size()];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = linker.fingerprint(analyser.analyse(slice.get(i).text(), slice.get(i).language()));
                    }
                    analyseNanos.addAndGet(System.nanoTime() - start);
                    return f;
                }));
            }
            return new Batch(articles, slices);
        }

        /** Runs another seed's archive through the same path first, so the JIT has compiled it. */
        void warmUp(SyntheticStories generator, int articles) throws InterruptedException {
            StoryClusterer clusterer = new StoryClusterer(StoryRun.WINDOW, LATENESS, new StoryAssigner());
            Iterator<SyntheticStories.Article> it = generator.articles(WARM_UP_SEED, articles);
            while (it.hasNext()) {
                List<SyntheticStories.Article> batch = take(it, BATCH);
                Fingerprint[] f = submit(batch).fingerprints();
                for (int i = 0; i < f.length; i++) {
                    clusterer.add(batch.get(i).id(), f[i], batch.get(i).published());
                }
            }
            analyseNanos.set(0);
        }
    }

    static List<SyntheticStories.Article> take(Iterator<SyntheticStories.Article> it, int n) {
        List<SyntheticStories.Article> out = new ArrayList<>(n);
        while (out.size() < n && it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    /** The measured archive: grows to each size, stops the clock to measure, and keeps what all-pairs needs. */
    static final class GrowingRun {
        private final Pipeline pipeline;
        private final FingerprintLog log;
        private final int[] gold;
        private final long[] costs = new long[COST_SAMPLE];
        private final Map<Integer, Object[]> predictedAt = new LinkedHashMap<>();
        private final StoryAssigner assigner = new StoryAssigner();
        private final int allPairsUpTo;

        GrowingRun(Pipeline pipeline, FingerprintLog log, int largest, int allPairsUpTo) {
            this.pipeline = pipeline;
            this.log = log;
            this.gold = new int[largest];
            this.allPairsUpTo = allPairsUpTo;
        }

        interface Sink {
            void accept(Map<String, Object> measurement) throws IOException;
        }

        void grow(Iterator<SyntheticStories.Article> articles, List<Integer> sizes, Progress progress, Sink sink)
                throws IOException, InterruptedException {
            long baseline = retainedHeap();
            StoryClusterer clusterer = new StoryClusterer(StoryRun.WINDOW, LATENESS, assigner);
            int clustered = 0;
            int sizeIndex = 0;
            long runNanos = 0;
            long clusterNanos = 0;
            long segmentStartNanos = 0;
            int segmentStart = 0;
            long started = System.nanoTime();
            Pipeline.Batch next = pipeline.submit(take(articles, Math.min(BATCH, sizes.get(0))));
            while (true) {
                Pipeline.Batch current = next;
                Fingerprint[] fingerprints = current.fingerprints();
                int size = sizes.get(sizeIndex);
                boolean measureAfter = clustered + current.articles().size() == size;
                if (!measureAfter) {
                    next = pipeline.submit(take(articles, Math.min(BATCH, size - clustered - current.articles().size())));
                }
                for (int i = 0; i < fingerprints.length; i++) {
                    SyntheticStories.Article a = current.articles().get(i);
                    long t0 = System.nanoTime();
                    clusterer.add(a.id(), fingerprints[i], a.published());
                    long cost = System.nanoTime() - t0;
                    clusterNanos += cost;
                    costs[clustered % COST_SAMPLE] = cost;
                    gold[clustered] = a.story();
                    log.append(a.id(), a.published(), fingerprints[i]);
                    clustered++;
                }
                progress.step(current.articles().size());
                if (!measureAfter) {
                    continue;
                }
                long now = System.nanoTime();
                runNanos += now - started;
                Map<String, Object> m = measure(clusterer, size, baseline);
                m.put("seconds", round(runNanos / 1e9, 1));
                m.put("articles_per_s_overall", round(size / (runNanos / 1e9), 1));
                m.put("articles_per_s_since_previous_size", round((size - segmentStart) / ((runNanos - segmentStartNanos) / 1e9), 1));
                m.put("analyse_thread_seconds", round(pipeline.analyseNanos.get() / 1e9, 1));
                m.put("cluster_seconds", round(clusterNanos / 1e9, 1));
                sink.accept(m);
                segmentStart = size;
                segmentStartNanos = runNanos;
                if (++sizeIndex == sizes.size()) {
                    return;
                }
                started = System.nanoTime();
                next = pipeline.submit(take(articles, Math.min(BATCH, sizes.get(sizeIndex) - clustered)));
            }
        }

        private Map<String, Object> measure(StoryClusterer clusterer, int size, long baseline) throws IOException {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", "stories-" + size);
            m.put("articles", size);
            long[] sample = Arrays.copyOf(costs, Math.min(size, COST_SAMPLE));
            m.putAll(costFigures(sample));
            long heap = retainedHeap() - baseline;
            m.put("index_heap_mb", round(heap / 1e6, 1));
            m.put("index_bytes_per_article", round((double) heap / size, 1));
            m.put("held_articles", clusterer.held());
            Object[] predicted = scored(clusterer, size, m);
            if (size <= allPairsUpTo) {
                predictedAt.put(size, predicted);
            }
            long start = System.nanoTime();
            StoryClusterer rebuilt = new StoryClusterer(StoryRun.WINDOW, LATENESS, assigner);
            int[] at = {0};
            log.read(size, e -> rebuilt.restore(e.id(), (String) predicted[at[0]++], e.fingerprint(), e.published()));
            double restoreSeconds = (System.nanoTime() - start) / 1e9;
            m.put("restore_seconds", round(restoreSeconds, 2));
            m.put("restore_articles_per_s", round(size / restoreSeconds, 0));
            m.put("stored_fingerprint_bytes_per_article", round((double) log.bytes() / size, 0));
            if (rebuilt.held() != clusterer.held()) {
                throw new IllegalStateException("bench stories: rebuilt index holds " + rebuilt.held() + " articles, not " + clusterer.held());
            }
            return m;
        }

        /** The story of each of the first {@code size} articles, with its B-cubed against the generated stories put in {@code m}. */
        private Object[] scored(StoryClusterer clusterer, int size, Map<String, Object> m) {
            Object[] predicted = new Object[size];
            for (int i = 0; i < size; i++) {
                predicted[i] = clusterer.storyOf("a" + i);
            }
            BCubed b = BCubed.score(gold, predicted, size);
            m.put("gold_stories", b.goldClusters());
            m.put("predicted_stories", b.predictedClusters());
            m.put("bcubed_precision", round(b.precision(), 4));
            m.put("bcubed_recall", round(b.recall(), 4));
            m.put("bcubed_f1", round(b.f1(), 4));
            return predicted;
        }

        /** Clusters the first {@code size} stored fingerprints again, every held article scored for each. */
        Map<String, Object> allPairs(int size) throws IOException {
            StoryClusterer clusterer = new StoryClusterer(StoryRun.WINDOW, LATENESS, assigner);
            long[] sample = new long[Math.min(size, COST_SAMPLE)];
            int[] n = {0};
            long start = System.nanoTime();
            log.read(size, e -> {
                long t0 = System.nanoTime();
                Assignment a = clusterer.decideAllPairs(e.id(), e.fingerprint(), e.published());
                clusterer.record(e.id(), e.fingerprint(), e.published(), a);
                sample[n[0]++ % sample.length] = System.nanoTime() - t0;
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", "all-pairs-" + size);
            m.put("articles", size);
            m.put("cluster_seconds", round(seconds, 1));
            m.put("cluster_articles_per_s", round(size / seconds, 1));
            m.putAll(costFigures(sample));
            Object[] predicted = scored(clusterer, size, m);
            Object[] retrieved = predictedAt.get(size);
            int[] asNumbers = new int[size];
            Map<Object, Integer> numbers = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                asNumbers[i] = numbers.computeIfAbsent(retrieved[i], k -> numbers.size());
            }
            BCubed agreement = BCubed.score(asNumbers, predicted, size);
            m.put("agreement_with_retrieval_f1", round(agreement.f1(), 4));
            return m;
        }

        private static Map<String, Object> costFigures(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("assign_sample_articles", sorted.length);
            m.put("assign_us_p50", round(sorted[sorted.length / 2] / 1e3, 1));
            m.put("assign_us_p99", round(sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e3, 1));
            m.put("assign_us_mean", round(Arrays.stream(sorted).average().orElse(0) / 1e3, 1));
            return m;
        }

        /** Heap still reachable after full collections: what the story index holds, once the baseline is taken off. */
        private static long retainedHeap() {
            Runtime rt = Runtime.getRuntime();
            long used = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                System.gc();
                used = Math.min(used, rt.totalMemory() - rt.freeMemory());
            }
            return used;
        }
    }
}
