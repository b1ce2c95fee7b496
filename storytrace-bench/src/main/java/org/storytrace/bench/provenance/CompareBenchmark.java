package org.storytrace.bench.provenance;

import java.util.List;
import java.util.Random;
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
import org.storytrace.analyse.Analysis;
import org.storytrace.bench.stories.StoryItem;
import org.storytrace.compare.Comparer;
import org.storytrace.model.Comparison;
import org.storytrace.model.Truncation;

/**
 * JMH for compare on two articles of about 1 000 words (issue 6: under 20 ms on one core). {@code compare} times
 * {@link Comparer#compare} alone on texts analysed in setup; {@code analyseAndCompare} adds the analysis of both
 * texts (with the stored language, as {@code Archive.compare} does), which is what {@code storytrace compare} costs
 * end to end once the articles are read. Two pairs, both real
 * English news from WMT22 ({@code ../shared/eval/stories/wmt22-doctrans/news.dev.jsonl}):
 * <ul>
 *   <li>{@code rewrite}: the RTÉ originals {@code rte.en.ie.26277} and {@code rte.en.ie.26304} back to back (1 129
 *   words) against a deterministic rewrite of them ({@link BenchTexts#rewrite}, seed 6: lines dropped, swapped and
 *   edited, a cue crediting RTÉ and lines of an unrelated Guardian article added);</li>
 *   <li>{@code translations}: two independent human English translations (refs A and B) of the same two German
 *   articles, {@code an-online.de.46492} then {@code sn-online.de.15291} (1 113 and 1 079 words): a paraphrase of
 *   every sentence, the aligner's hardest case.</li>
 * </ul>
 * Run from the repository root (texts from {@code ../shared}, or {@code -Dstorytrace.shared=DIR} passed with
 * {@code -jvmArgsAppend}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompareBenchmark {
    @Param({"rewrite", "translations"})
    public String pair;

    private final Analyser analyser = new Analyser();
    private final Comparer comparer = new Comparer();
    private String sourceText;
    private String targetText;
    private Analysis source;
    private Analysis target;

    @Setup
    public void read() {
        List<StoryItem> news = BenchTexts.wmt22News();
        if (pair.equals("rewrite")) {
            sourceText = BenchTexts.text(news, "en:rte.en.ie.26277#en-src") + "\n" + BenchTexts.text(news, "en:rte.en.ie.26304#en-src");
            List<String> foreign = List.of(BenchTexts.text(news, "en:guardian.44758#en-src").split("\n"));
            targetText = BenchTexts.rewrite(sourceText, "RTÉ", foreign, new Random(6));
        } else {
            sourceText = BenchTexts.text(news, "de:an-online.de.46492#en-ref-A") + "\n" + BenchTexts.text(news, "de:sn-online.de.15291#en-ref-A");
            targetText = BenchTexts.text(news, "de:an-online.de.46492#en-ref-B") + "\n" + BenchTexts.text(news, "de:sn-online.de.15291#en-ref-B");
        }
        source = analyser.analyse(sourceText, "en");
        target = analyser.analyse(targetText, "en");
    }

    @Benchmark
    public Comparison compare() {
        return comparer.compare("a", source, Truncation.NONE, "b", target);
    }

    @Benchmark
    public Comparison analyseAndCompare() {
        return comparer.compare("a", analyser.analyse(sourceText, "en"), Truncation.NONE, "b", analyser.analyse(targetText, "en"));
    }
}
