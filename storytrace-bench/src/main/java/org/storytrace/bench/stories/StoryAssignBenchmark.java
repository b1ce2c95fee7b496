package org.storytrace.bench.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.storytrace.analyse.Analyser;
import org.storytrace.link.Linker;
import org.storytrace.model.Fingerprint;
import org.storytrace.story.Assignment;
import org.storytrace.story.StoryAssigner;
import org.storytrace.story.StoryClusterer;

/**
 * JMH for story assignment's hot path: {@link StoryClusterer#decide} (link-index candidates, then the same-story
 * model over them) for articles arriving after an archive of {@code archived} synthetic articles, and the all-pairs
 * decision on the same archive for contrast. The archive is restored with its generated stories, as after a
 * restart. Run from the repository root (the texts are read from {@code ../shared}, or
 * {@code -Dstorytrace.shared=DIR} passed with {@code -jvmArgsAppend}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoryAssignBenchmark {
    /** Articles already archived: 10 000 is about what the 30-day window holds in {@link SyntheticStories}. */
    @Param({"1000", "10000"})
    public int archived;

    private static final int QUERIES = 500;

    private StoryClusterer clusterer;
    private final List<SyntheticStories.Article> queries = new ArrayList<>();
    private final List<Fingerprint> queryFingerprints = new ArrayList<>();
    private int next;

    @Setup
    public void fill() {
        Path texts = Path.of(System.getProperty("storytrace.shared", "../shared")).resolve("eval/stories/wmt22-doctrans/news.dev.jsonl");
        Analyser analyser = new Analyser();
        Linker linker = new Linker();
        List<SyntheticStories.Article> articles = new ArrayList<>();
        new SyntheticStories(StorySet.read("wmt22-news", texts).items(), analyser)
                .articles(StoriesBench.SEED, archived + QUERIES).forEachRemaining(articles::add);
        List<Fingerprint> fingerprints = articles.parallelStream()
                .map(a -> linker.fingerprint(analyser.analyse(a.text(), a.language()))).toList();
        clusterer = new StoryClusterer(StoryRun.WINDOW, StoriesBench.LATENESS, new StoryAssigner());
        for (int i = 0; i < archived; i++) {
            SyntheticStories.Article a = articles.get(i);
            clusterer.restore(a.id(), "g" + a.story(), fingerprints.get(i), a.published());
        }
        queries.addAll(articles.subList(archived, articles.size()));
        queryFingerprints.addAll(fingerprints.subList(archived, fingerprints.size()));
    }

    @Benchmark
    public Assignment decide() {
        int i = next++ % QUERIES;
        SyntheticStories.Article a = queries.get(i);
        return clusterer.decide(a.id(), queryFingerprints.get(i), a.published());
    }

    @Benchmark
    public Assignment decideAllPairs() {
        int i = next++ % QUERIES;
        SyntheticStories.Article a = queries.get(i);
        return clusterer.decideAllPairs(a.id(), queryFingerprints.get(i), a.published());
    }
}
