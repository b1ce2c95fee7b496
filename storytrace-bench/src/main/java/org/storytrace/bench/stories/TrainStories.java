package org.storytrace.bench.stories;

import org.storytrace.bench.LinearAlgebra;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storytrace.analyse.Analyser;
import org.storytrace.link.Candidate;
import org.storytrace.link.LinkIndex;
import org.storytrace.link.Linker;
import org.storytrace.model.Fingerprint;
import org.storytrace.story.SameStoryModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace train stories}: fits the same-story model on the dev story sets. Each article of a set, in a
 * shuffled order, retrieves its candidates from an index of the articles before it (filed under their gold
 * stories, so that training pairs do not depend on the model's own earlier decisions); every candidate is a
 * training pair, positive when both are in one gold story. The weights are fitted by Newton's method on the
 * L2-regularised log-likelihood and written as JSON.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Fit the same-story model on labelled story sets and write it as JSON.")
public final class TrainStories implements Callable<Integer> {
    /** Small, only to keep Newton's steps defined when a feature is constant on the training pairs. */
    static final double L2 = 1e-3;
    static final int ITERATIONS = 50;

    @Option(names = "--set", paramLabel = "PATH",
            description = "Training JSONL (id, story, lang, text); repeatable. Default: wmt22 news.dev + other.dev, itn.dev.")
    List<Path> setPaths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the model, e.g. storytrace-core/src/main/resources/org/storytrace/story/same-story-model.json")
    Path out;

    @Spec
    CommandSpec spec;

    /** The sets whose articles are scored when present; any other set in a stream is a distractor. */
    static final List<String> SCORED = List.of("wmt22-news", "itn-blurbs");

    /** One labelled pair. */
    record Pair(double[] x, boolean same) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Path eval = Path.of(System.getProperty("storytrace.shared", System.getProperty("storytrace.home", ".") + "/../shared")).resolve("eval");
        List<List<StoryItem>> streams = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (setPaths.isEmpty()) {
            // One stream with everything, as the mixed figure of eval stories: the news and the blurbs are
            // scored, the chats, reviews and unrelated pages are there to be kept apart.
            List<StoryItem> all = new ArrayList<>();
            all.addAll(StorySet.read("wmt22-news", eval.resolve("stories/wmt22-doctrans/news.dev.jsonl")).items());
            all.addAll(StorySet.read("itn-blurbs", eval.resolve("stories/itn-blurbs/itn.dev.jsonl")).items());
            all.addAll(StorySet.read("wmt22-other", eval.resolve("stories/wmt22-doctrans/other.dev.jsonl")).items());
            all.addAll(StoriesEval.pages(eval));
            streams.add(all);
            names.addAll(List.of("stories/wmt22-doctrans/news.dev.jsonl (scored)", "stories/itn-blurbs/itn.dev.jsonl (scored)",
                    "stories/wmt22-doctrans/other.dev.jsonl", "extraction/scrapinghub and trafilatura pages"));
        } else {
            for (Path p : setPaths) {
                streams.add(StorySet.read(StorySet.nameOf(p), p).items());
                names.add(p.toString() + " (scored)");
            }
        }
        StoryRun run = new StoryRun();
        List<Pair> pairs = new ArrayList<>();
        for (List<StoryItem> stream : streams) {
            pairs.addAll(pairs(run, StoriesEval.shuffled(stream)));
        }
        long positives = pairs.stream().filter(Pair::same).count();
        double[] w = fit(pairs);
        SameStoryModel fitted = new SameStoryModel(w[0], java.util.Arrays.copyOfRange(w, 1, w.length), 0.5, 0.5, "fitting");
        // Joining first (merging at the same threshold), then merging for the best join: the two interact
        // little, and the sweep stays at a few dozen clustering runs.
        double[] best = {0.05, 0.05, -1};
        // F1 rises then falls along each sweep; three steps below the best so far end it.
        for (double join = 0.05; join < 0.951 && join <= best[0] + 0.151; join += 0.05) {
            sweep(run, streams, fitted, join, join, best, log);
        }
        double bestJoin = best[0];
        for (double merge = bestJoin + 0.05; merge < 0.996 && merge <= best[1] + 0.151; merge += 0.05) {
            sweep(run, streams, fitted, bestJoin, merge, best, log);
        }
        bestJoin = best[0];
        double bestMerge = best[1];
        double bestF1 = best[2];
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("version", "trained " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        model.put("command", "storytrace train stories --out FILE" + (setPaths.isEmpty() ? "" : " --set ..."));
        model.put("trained_on", names);
        model.put("pairs", pairs.size());
        model.put("positive_pairs", positives);
        model.put("features", SameStoryModel.FEATURES);
        model.put("join", bestJoin);
        model.put("merge", bestMerge);
        model.put("thresholds_chosen_by", "best mean B-cubed F1 of the shuffled training streams: " + Math.round(bestF1 * 10_000) / 10_000.0);
        model.put("bias", w[0]);
        model.put("weights", java.util.Arrays.copyOfRange(w, 1, w.length));
        Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(model) + "\n");
        log.printf("%d pairs (%d same story) -> %s%n", pairs.size(), positives, out);
        log.printf("bias %.3f%n", w[0]);
        for (int i = 1; i < w.length; i++) {
            log.printf("%-22s %.3f%n", SameStoryModel.FEATURES.get(i - 1), w[i]);
        }
        log.flush();
        return 0;
    }

    /** Clusters every stream with these thresholds and keeps them in {@code best} when the mean F1 is higher. */
    private static void sweep(StoryRun run, List<List<StoryItem>> streams, SameStoryModel fitted, double join, double merge,
                              double[] best, PrintWriter log) {
        double sum = 0;
        StringBuilder per = new StringBuilder();
        int scoredSets = 0;
        for (List<StoryItem> stream : streams) {
            List<StoryItem> order = StoriesEval.shuffled(stream);
            Map<String, String> predicted = run.cluster(order, fitted.withThresholds(join, merge));
            Map<String, String> gold = StoryRun.gold(order);
            List<String> targets = stream.stream().map(StoryItem::set).distinct().filter(SCORED::contains).toList();
            if (targets.isEmpty()) {
                targets = List.of(stream.get(0).set());
            }
            for (String target : targets) {
                java.util.Set<String> scored = new java.util.HashSet<>();
                stream.stream().filter(i -> i.set().equals(target)).forEach(i -> scored.add(i.id()));
                BCubed b = BCubed.score(gold, predicted, scored::contains);
                sum += b.f1();
                scoredSets++;
                per.append(String.format(java.util.Locale.ROOT, " %s %.4f", target, b.f1()));
            }
        }
        double mean = sum / Math.max(1, scoredSets);
        log.printf(java.util.Locale.ROOT, "join %.2f merge %.2f: B-cubed F1%s (mean %.4f)%n", join, merge, per, mean);
        log.flush();
        if (mean > best[2] + 1e-9) {
            best[0] = Math.round(join * 100) / 100.0;
            best[1] = Math.round(merge * 100) / 100.0;
            best[2] = mean;
        }
    }

    private static List<Pair> pairs(StoryRun run, List<StoryItem> items) {
        Analyser analyser = new Analyser();
        Linker linker = run.linker();
        Map<String, Fingerprint> fps = new java.util.concurrent.ConcurrentHashMap<>();
        items.parallelStream().forEach(i -> fps.put(i.id(), linker.fingerprint(analyser.analyse(i.text(), i.language()))));
        LinkIndex index = linker.newIndex(StoryRun.WINDOW);
        List<Pair> out = new ArrayList<>();
        for (StoryItem i : items) {
            Fingerprint f = fps.get(i.id());
            for (Candidate c : index.candidates(f, i.published())) {
                out.add(new Pair(SameStoryModel.features(c), c.storyId().equals(i.story())));
            }
            index.add(i.id(), i.story(), f, i.published());
        }
        return out;
    }

    /** Newton-Raphson on the regularised log-likelihood; returns bias then weights. */
    static double[] fit(List<Pair> pairs) {
        int d = SameStoryModel.FEATURES.size() + 1;
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (Pair p : pairs) {
                double[] x = LinearAlgebra.withBias(p.x());
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[k] * x[k];
                }
                double prob = 1 / (1 + Math.exp(-z));
                double err = (p.same() ? 1 : 0) - prob;
                double v = prob * (1 - prob);
                for (int a = 0; a < d; a++) {
                    grad[a] += err * x[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += v * x[a] * x[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                grad[a] -= L2 * pairs.size() * w[a];
                hess[a][a] += L2 * pairs.size();
            }
            if (LinearAlgebra.newtonStep(hess, grad, w) < 1e-8) {
                break;
            }
        }
        return w;
    }
}
