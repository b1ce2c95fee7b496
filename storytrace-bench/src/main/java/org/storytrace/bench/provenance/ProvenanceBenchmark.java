package org.storytrace.bench.provenance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.storytrace.analyse.Analyser;
import org.storytrace.bench.stories.StoryItem;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Truncation;
import org.storytrace.provenance.Member;
import org.storytrace.provenance.Provenance;

/**
 * JMH for provenance of a 200-article story (issue 6: under 1 s). {@code trace} times {@link Provenance#trace}
 * alone on members analysed in setup; {@code analyseAndTrace} adds the analysis of all 200, which is what
 * {@code Archive.provenance} (behind {@code storytrace story} and {@code trace}) costs once the members are read.
 *
 * <p>The story: the ten real articles of the WMT22 family {@code en:guardian.44758} (the English original and its
 * nine human translations into cs, de, ja, ru, uk and zh), the two seeds (000, the machine translation crediting
 * "The World", and 004, its rewrite crediting "the publication"), and 188 deterministic copies of those twelve
 * (seed 2026): verbatim republications, republications cut short, and rewrites ({@link BenchTexts#rewrite}) of which
 * half credit the outlet they copy. The seeds belong to another event; they stay in because a story's members are
 * what clustering put together, not always one event, and because they carry the first-hand and crediting cues the
 * direction score weighs. Outlets are set for every member; three in five have a publication time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProvenanceBenchmark {
    static final int MEMBERS = 200;

    private final Analyser analyser = new Analyser();
    private final Provenance provenance = new Provenance();
    private final List<Member> members = new ArrayList<>();

    @Setup
    public void build() {
        members.addAll(story(analyser, BenchTexts.wmt22News()));
    }

    /** The 200 members, analysed. */
    private static List<Member> story(Analyser analyser, List<StoryItem> news) {
        record Base(String text, String language, String outlet) {
        }
        List<Base> bases = new ArrayList<>();
        for (StoryItem item : news) {
            if (item.story().equals("en:guardian.44758")) {
                bases.add(new Base(item.text(), item.language(), item.language().equals("en") ? "The Guardian" : "Guardian " + item.id().split("#")[1]));
            }
        }
        bases.add(new Base(BenchTexts.seed("000"), "en", "Archyde"));
        bases.add(new Base(BenchTexts.seed("004").strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", ""), "en", "Ukrainian outlet"));
        List<String> foreign = List.of(BenchTexts.text(news, "en:rte.en.ie.26277#en-src").split("\n"));
        Random random = new Random(2026);
        Instant start = Instant.parse("2022-06-01T06:00:00Z");
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Base base = bases.get(i < bases.size() ? i : random.nextInt(bases.size()));
            String text;
            if (i < bases.size()) {
                text = base.text();
            } else {
                int kind = random.nextInt(3);
                text = kind == 0 ? base.text() + "\n" + "Copyright copy " + i
                        : kind == 1 ? BenchTexts.cut(base.text(), 0.5 + random.nextDouble() / 2)
                        : BenchTexts.rewrite(base.text(), random.nextBoolean() ? base.outlet() : null, foreign, random);
            }
            Instant published = random.nextInt(5) < 3 ? start.plus(Duration.ofMinutes(i * 17L + random.nextInt(600))) : null;
            String id = String.format(Locale.ROOT, "%012x", 0xb000000000L + i);
            String outlet = i < bases.size() ? base.outlet() : "Outlet " + i;
            Article a = new Article(id, id + "0000", "bench/" + id, new ArticleMetadata(null, null, outlet, null, published, base.language()),
                    text, Truncation.NONE, List.of(), start);
            out.add(new Member(a, analyser.analyse(text, base.language())));
        }
        return out;
    }

    @Benchmark
    public DerivationGraph trace() {
        return provenance.trace("bench", members);
    }

    @Benchmark
    public DerivationGraph analyseAndTrace() {
        List<Member> fresh = new ArrayList<>(members.size());
        for (Member m : members) {
            fresh.add(new Member(m.article(), analyser.analyse(m.article().text(), m.article().language())));
        }
        return provenance.trace("bench", fresh);
    }
}
