package org.storytrace.bench.extraction;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;

/**
 * JMH for extraction's hot path: {@code Extractor.extract} on one scrapinghub page against {@code Jsoup.parse} of the
 * same decoded string, the floor it cannot beat. Pages are picked by size percentile, not by hand, so the set's
 * small, typical and large pages are all covered. Run from the repository root (the set is read from
 * {@code ../shared}, or {@code -Dstorytrace.shared=DIR} passed with {@code -jvmArgsAppend}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {
    /** Size percentile of the page within the set: 10 small, 50 typical, 90 large. */
    @Param({"10", "50", "90"})
    public int sizePercentile;

    private final Extractor extractor = new Extractor();
    private String html;
    private RawDocument document;

    @Setup
    public void load() {
        Path set = Path.of(System.getProperty("storytrace.shared", "../shared")).resolve("eval/extraction/scrapinghub");
        List<Page> bySize = ScrapinghubPages.load(set).stream().sorted(Comparator.comparingInt(Page::utf8Bytes)).toList();
        Page page = bySize.get(Math.min(bySize.size() - 1, bySize.size() * sizePercentile / 100));
        html = page.html();
        document = new RawDocument("bench/" + page.id(), RawDocument.Format.HTML, html, ArticleMetadata.EMPTY);
    }

    @Benchmark
    public Document jsoupParse() {
        return Jsoup.parse(html);
    }

    @Benchmark
    public Extraction storytraceExtract() {
        return extractor.extract(document);
    }
}
