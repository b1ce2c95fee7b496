package org.storytrace.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace eval stories}: clusters labelled story sets with the ingest path's analyse → link → story
 * stages and scores them with B-cubed, alone, per language pair, with off-domain distractors, and all mixed in a
 * shuffled order (agreement with the ordered run says how much arrival order matters).
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "B-cubed P/R/F1 of story clustering on labelled JSONL sets (default: wmt22-doctrans and itn-blurbs dev).")
public final class StoriesEval implements Callable<Integer> {
    /** Fixed, so that the shuffled run is the same on every machine. */
    static final long SHUFFLE_SEED = 20_221_208L;

    @Option(names = "--set", paramLabel = "PATH",
            description = "A JSONL file (id, story, lang, text, optional date) to score; repeatable. Replaces the default sets.")
    List<Path> setPaths = new ArrayList<>();

    @Option(names = "--distractors", paramLabel = "PATH",
            description = "A JSONL file of off-domain articles mixed into each --set: precision is then reported on the set's own articles.")
    Path distractors;

    @Option(names = "--pred", paramLabel = "DIR",
            description = "Also write each run's prediction as DIR/NAME.tsv (id TAB story), the input of ../shared/eval/stories/bcubed.py.")
    Path predictions;

    @Option(names = "--json", description = "Print one JSON object per set and run.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final StoryRun run = new StoryRun();
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path eval = Path.of(System.getProperty("storytrace.shared", System.getProperty("storytrace.home", ".") + "/../shared")).resolve("eval");
        List<StorySet> sets = new ArrayList<>();
        StorySet other = null;
        boolean defaults = setPaths.isEmpty();
        if (defaults) {
            sets.add(StorySet.read("wmt22-news", eval.resolve("stories/wmt22-doctrans/news.dev.jsonl")));
            sets.add(StorySet.read("itn-blurbs", eval.resolve("stories/itn-blurbs/itn.dev.jsonl")));
            other = StorySet.read("wmt22-other", eval.resolve("stories/wmt22-doctrans/other.dev.jsonl"));
        } else {
            for (Path p : setPaths) {
                sets.add(StorySet.read(StorySet.nameOf(p), p));
            }
            if (distractors != null) {
                other = StorySet.read(StorySet.nameOf(distractors), distractors);
            }
        }
        List<Result> results = new ArrayList<>();
        Map<String, Map<String, String>> alone = new LinkedHashMap<>();
        for (StorySet set : sets) {
            List<StoryItem> items = inPublicationOrder(set.items());
            Map<String, String> predicted = timed(set.name(), items, results, null);
            alone.put(set.name(), predicted);
            results.addAll(perLanguagePair(set.name(), items, predicted));
            if (other != null) {
                List<StoryItem> withOther = shuffled(concat(set.items(), other.items()));
                timed(set.name() + "+" + other.name(), withOther, results, new HashSet<>(ids(set.items())));
            }
        }
        if (defaults || sets.size() > 1) {
            mixed(sets, other, defaults ? pages(eval) : List.of(), alone, results);
        }
        if (defaults) {
            results.add(seedPair(eval));
        }
        for (Result r : results) {
            out.println(json ? mapper.writeValueAsString(r.fields()) : r.line());
        }
        out.flush();
        return 0;
    }

    /** One clustering run of {@code items}, scored on all of them or on {@code scoredIds} only. */
    private Map<String, String> timed(String name, List<StoryItem> items, List<Result> results, Set<String> scoredIds) throws IOException {
        run.prepare(items);
        long start = System.nanoTime();
        Map<String, String> predicted = run.cluster(items);
        double seconds = (System.nanoTime() - start) / 1e9;
        BCubed b = BCubed.score(StoryRun.gold(items), predicted, scoredIds == null ? id -> true : scoredIds::contains);
        Map<String, Object> f = fields(name, b);
        if (scoredIds != null) {
            f.put("scored", "articles of " + name.substring(0, name.indexOf('+')) + " only");
        }
        f.put("cluster_seconds", round(seconds));
        results.add(new Result(f));
        writePrediction(name, predicted);
        return predicted;
    }

    /** B-cubed on the articles of each pair of languages that share at least one gold story. */
    private static List<Result> perLanguagePair(String name, List<StoryItem> items, Map<String, String> predicted) {
        Map<String, Set<String>> languagesOfStory = new HashMap<>();
        Map<String, String> language = new HashMap<>();
        for (StoryItem i : items) {
            String l = i.language() == null ? "und" : i.language();
            language.put(i.id(), l);
            languagesOfStory.computeIfAbsent(i.story(), k -> new TreeSet<>()).add(l);
        }
        Set<String> pairs = new TreeSet<>();
        for (Set<String> ls : languagesOfStory.values()) {
            List<String> l = new ArrayList<>(ls);
            for (int a = 0; a < l.size(); a++) {
                for (int b = a + 1; b < l.size(); b++) {
                    pairs.add(l.get(a) + "-" + l.get(b));
                }
            }
        }
        if (pairs.size() > 40) {
            return List.of(); // 51 languages of one-line blurbs: per pair figures would be noise
        }
        Map<String, String> gold = StoryRun.gold(items);
        List<Result> out = new ArrayList<>();
        for (String pair : pairs) {
            String[] two = pair.split("-");
            BCubed b = BCubed.score(gold, restrict(predicted, language, two), id -> language.get(id).equals(two[0]) || language.get(id).equals(two[1]));
            Map<String, Object> f = fields(name, b);
            f.put("languages", pair);
            out.add(new Result(f));
        }
        return out;
    }

    private static Map<String, String> restrict(Map<String, String> predicted, Map<String, String> language, String[] two) {
        Map<String, String> out = new HashMap<>();
        predicted.forEach((id, story) -> {
            if (language.get(id).equals(two[0]) || language.get(id).equals(two[1])) {
                out.put(id, story);
            }
        });
        return out;
    }

    /**
     * Every set, the distractors and the unrelated extraction pages in one shuffled stream: each set is scored on
     * its own articles against its figure alone, and the whole shuffled clustering against the ordered one.
     */
    private void mixed(List<StorySet> sets, StorySet other, List<StoryItem> pages, Map<String, Map<String, String>> alone, List<Result> results) throws IOException {
        List<StoryItem> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.items()));
        if (other != null) {
            all.addAll(other.items());
        }
        all.addAll(pages);
        List<StoryItem> ordered = inPublicationOrder(all);
        List<StoryItem> shuffled = shuffled(all);
        run.prepare(all);
        Map<String, String> orderedPrediction = run.cluster(ordered);
        Map<String, String> shuffledPrediction = run.cluster(shuffled);
        writePrediction("mixed-ordered", orderedPrediction);
        writePrediction("mixed-shuffled", shuffledPrediction);
        Map<String, String> gold = StoryRun.gold(all);
        for (StorySet set : sets) {
            Set<String> mine = new HashSet<>(ids(set.items()));
            BCubed b = BCubed.score(gold, shuffledPrediction, mine::contains);
            BCubed a = BCubed.score(StoryRun.gold(set.items()), alone.get(set.name()));
            Map<String, Object> f = fields("mixed-shuffled:" + set.name(), b);
            f.put("f1_alone", round(a.f1()));
            f.put("f1_difference", round(b.f1() - a.f1()));
            results.add(new Result(f));
        }
        BCubed agreement = BCubed.score(orderedPrediction, shuffledPrediction);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("set", "mixed");
        f.put("articles", all.size());
        f.put("agreement_shuffled_vs_ordered_f1", round(agreement.f1()));
        f.put("agreement_precision", round(agreement.precision()));
        f.put("agreement_recall", round(agreement.recall()));
        results.add(new Result(f));
    }

    /** The pages of the extraction sets as unrelated articles: identical extracted texts share a gold story. */
    static List<StoryItem> pages(Path eval) throws IOException {
        Extractor extractor = new Extractor();
        Ingester ingester = new Ingester();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("extraction/scrapinghub/html", "extraction/trafilatura/html")) {
            Path d = eval.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(files::add);
                }
            }
        }
        List<StoryItem> out = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().forEach(p -> {
            IngestResult r;
            try {
                r = ingester.read(p.toString(), Files.readAllBytes(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            r.documents().forEach(doc -> {
                Extraction e = extractor.extract(doc);
                if (!e.text().isBlank()) {
                    String name = eval.relativize(p).toString();
                    out.add(new StoryItem("page:" + name, "text:" + e.text().hashCode(), e.metadata().language(), e.text(), null, "pages"));
                }
            });
        });
        out.sort(Comparator.comparing(StoryItem::id));
        return out;
    }

    /** The two seeds must form one story and an unrelated page must stay out of it. */
    private Result seedPair(Path eval) {
        Path seeds = eval.getParent().resolve("seeds");
        Ingester ingester = new Ingester();
        Extractor extractor = new Extractor();
        List<StoryItem> items = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (var doc : ingester.read(p.toString(), Files.readAllBytes(p)).documents()) {
                    Extraction e = extractor.extract(doc);
                    items.add(new StoryItem(p.getFileName().toString(), "seed", e.metadata().language(), e.text(), null, "seed-pair"));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<StoryItem> pages = new ArrayList<>();
        try {
            pages = pages(eval).subList(0, 1);
        } catch (IOException | IndexOutOfBoundsException e) {
            // no unrelated page: the check is on the seeds alone
        }
        items.addAll(pages.stream().map(p -> new StoryItem(p.id(), "unrelated", p.language(), p.text(), null, "seed-pair")).toList());
        Map<String, String> predicted = run.cluster(items);
        BCubed b = BCubed.score(StoryRun.gold(items), predicted);
        Map<String, Object> f = fields("seed-pair", b);
        f.put("correct", b.precision() == 1.0 && b.recall() == 1.0);
        return new Result(f);
    }

    private void writePrediction(String name, Map<String, String> predicted) throws IOException {
        if (predictions == null) {
            return;
        }
        Files.createDirectories(predictions);
        StringBuilder b = new StringBuilder();
        predicted.forEach((id, story) -> b.append(id).append('\t').append(story).append('\n'));
        Files.writeString(predictions.resolve(name.replaceAll("[^A-Za-z0-9.+_-]", "_") + ".tsv"), b);
    }

    /** Dated articles by time, undated ones in file order after them: how a feed reader would meet them. */
    static List<StoryItem> inPublicationOrder(List<StoryItem> items) {
        List<StoryItem> out = new ArrayList<>(items);
        out.sort(Comparator.comparing(StoryItem::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    static List<StoryItem> shuffled(List<StoryItem> items) {
        List<StoryItem> out = new ArrayList<>(items);
        Collections.shuffle(out, new Random(SHUFFLE_SEED));
        return out;
    }

    private static List<StoryItem> concat(List<StoryItem> a, List<StoryItem> b) {
        List<StoryItem> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> ids(List<StoryItem> items) {
        return items.stream().map(StoryItem::id).toList();
    }

    private static Map<String, Object> fields(String set, BCubed b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("set", set);
        f.put("articles", b.items());
        f.put("gold_stories", b.goldClusters());
        f.put("predicted_stories", b.predictedClusters());
        f.put("bcubed_precision", round(b.precision()));
        f.put("bcubed_recall", round(b.recall()));
        f.put("bcubed_f1", round(b.f1()));
        return f;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    /** One printed figure set: a JSON object, or a plain line of key=value. */
    record Result(Map<String, Object> fields) {
        String line() {
            StringBuilder b = new StringBuilder();
            fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "  ").append(k).append('=').append(v));
            return b.toString();
        }
    }
}
