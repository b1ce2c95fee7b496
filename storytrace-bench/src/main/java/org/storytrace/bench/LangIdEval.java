package org.storytrace.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace eval langid}: runs every language-id candidate on the same texts in one JVM and prints accuracy
 * (overall, per language, short and long texts), undetermined share, single-thread throughput, load time and heap.
 */
@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Compare language-id libraries on labelled texts (default: wmt22 news.dev, itn.dev, newspaper4k).")
final class LangIdEval implements Callable<Integer> {
    /** The languages storytrace expects in its sources; lingua is measured restricted to them. */
    static final List<String> STORYTRACE_LANGUAGES =
            List.of("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "hr", "uk", "ru", "tr", "ar", "ur", "ja", "zh");

    /** Long enough for the JIT to compile the hot paths of every library before timing starts. */
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    /** Timed passes run at least this long, so the slowest candidate still gets a whole pass. */
    private static final Duration MEASURE = Duration.ofSeconds(3);
    private static final double MB = 1_000_000.0;
    private static final int GC_ROUNDS = 3;

    @Option(names = "--set", paramLabel = "PATH",
            description = "A JSONL file with lang and text per line, or a folder of newspaper4k-style JSON; repeatable. Replaces the default sets.")
    private List<Path> setPaths = new ArrayList<>();

    @Option(names = "--libraries", split = ",", paramLabel = "NAME",
            description = "Only the candidates whose names start with one of these (e.g. storytrace,optimaize). "
                    + "Texts are scored when a candidate run supports their language, so leaving lingua out drops the "
                    + "languages only it knows.")
    private List<String> libraries = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object per set and library instead of tables.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        List<LangIdSet> sets = setPaths.isEmpty() ? defaultSets()
                : setPaths.stream().map(p -> LangIdSet.read(LangIdSet.nameOf(p), p)).toList();
        List<Run> runs = candidates().stream()
                .filter(c -> libraries.isEmpty() || libraries.stream().anyMatch(c.name()::startsWith))
                .map(c -> run(c.factory(), sets)).toList();
        Set<String> scorable = runs.stream().flatMap(r -> r.languages().stream()).collect(Collectors.toSet());
        ObjectMapper mapper = new ObjectMapper();
        for (LangIdSet set : sets) {
            List<Integer> scored = new ArrayList<>();
            for (int i = 0; i < set.samples().size(); i++) {
                if (scorable.contains(set.samples().get(i).language())) {
                    scored.add(i);
                }
            }
            List<LangIdSample> samples = scored.stream().map(set.samples()::get).toList();
            Map<String, LangIdScore> scores = new LinkedHashMap<>();
            for (Run run : runs) {
                scores.put(run.library(), LangIdScore.of(samples, scored.stream().map(run.answers().get(set.name())::get).toList()));
            }
            if (json) {
                for (Run run : runs) {
                    out.println(mapper.writeValueAsString(jsonLine(set, samples.size(), run, scores.get(run.library()))));
                }
            } else {
                printTables(out, set, samples, runs, scores);
            }
        }
        out.flush();
        return 0;
    }

    private static List<LangIdSet> defaultSets() {
        Path eval = Path.of(System.getProperty("storytrace.shared", "../shared")).resolve("eval");
        return List.of(
                LangIdSet.read("wmt22-news", eval.resolve("stories/wmt22-doctrans/news.dev.jsonl")),
                LangIdSet.read("itn-blurbs", eval.resolve("stories/itn-blurbs/itn.dev.jsonl")),
                LangIdSet.read("newspaper4k", eval.resolve("extraction/newspaper4k")));
    }

    /**
     * In load order: the first lingua variant pays for loading lingua's and Kotlin's classes, so the restricted
     * variant (the one core would use) comes first and its load time is the cold one.
     */
    private static List<Named> candidates() {
        return List.of(
                new Named("storytrace", StorytraceCandidate::new),
                new Named("optimaize-0.6", OptimaizeCandidate::new),
                new Named("opennlp-2.5.4-langdetect-183", OpenNlpCandidate::new),
                new Named("lingua-1.2.2-st17", () -> LinguaCandidate.restrictedTo("lingua-1.2.2-st17", STORYTRACE_LANGUAGES, false)),
                new Named("lingua-1.2.2-st17-low", () -> LinguaCandidate.restrictedTo("lingua-1.2.2-st17-low", STORYTRACE_LANGUAGES, true)),
                new Named("lingua-1.2.2-all", () -> LinguaCandidate.allLanguages("lingua-1.2.2-all", false)),
                new Named("lingua-1.2.2-all-low", () -> LinguaCandidate.allLanguages("lingua-1.2.2-all-low", true)));
    }

    /** A candidate by the name it is chosen by, not yet loaded. */
    private record Named(String name, Supplier<LangIdCandidate> factory) {
    }

    /** Loads one candidate, answers every set and times it; the candidate is dropped before the next is loaded. */
    private static Run run(Supplier<LangIdCandidate> factory, List<LangIdSet> sets) {
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        try (LangIdCandidate candidate = factory.get()) {
            long loadNanos = System.nanoTime() - start;
            long heap = usedHeapAfterGc() - heapBefore;
            Map<String, List<String>> answers = new LinkedHashMap<>();
            Map<String, Speed> speeds = new LinkedHashMap<>();
            for (LangIdSet set : sets) {
                String[] answered = new String[set.samples().size()];
                speeds.put(set.name(), time(candidate, set.samples(), answered));
                answers.put(set.name(), Arrays.asList(answered));
            }
            return new Run(candidate.name(), candidate.languages(), loadNanos, heap, answers, speeds);
        }
    }

    /**
     * Answers every text in passes on this thread: passes during {@link #WARM_UP} are not timed, then passes are
     * timed until {@link #MEASURE} has gone by. CPU time is the whole process's, so a library that fans out to other
     * threads (lingua uses the common fork-join pool) is charged for them.
     */
    private static Speed time(LangIdCandidate candidate, List<LangIdSample> samples, String[] answered) {
        long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
        do {
            pass(candidate, samples, answered);
        } while (System.nanoTime() < warmUpEnd);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        int passes = 0;
        long elapsed;
        do {
            pass(candidate, samples, answered);
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE.toNanos());
        long cpu = processCpuNanos() - cpuStart;
        long bytes = samples.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        double texts = (double) passes * samples.size();
        return new Speed(texts / seconds(elapsed), passes * bytes / MB / seconds(elapsed), texts / seconds(cpu));
    }

    private static void pass(LangIdCandidate candidate, List<LangIdSample> samples, String[] answered) {
        for (int i = 0; i < answered.length; i++) {
            answered[i] = candidate.identify(samples.get(i).text());
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < GC_ROUNDS; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Map<String, Object> jsonLine(LangIdSet set, int scored, Run run, LangIdScore score) {
        Map<String, Object> line = new LinkedHashMap<>();
        Speed speed = run.speeds().get(set.name());
        line.put("set", set.name());
        line.put("library", run.library());
        line.put("texts", set.samples().size());
        line.put("scored", scored);
        line.put("accuracy", finite(score.all().accuracy()));
        line.put("accuracy_storytrace_languages", finite(score.on(Set.copyOf(STORYTRACE_LANGUAGES)).accuracy()));
        line.put("short_texts", score.shortTexts().total());
        line.put("short_accuracy", finite(score.shortTexts().accuracy()));
        line.put("long_texts", score.longTexts().total());
        line.put("long_accuracy", finite(score.longTexts().accuracy()));
        line.put("undetermined", finite(score.undeterminedShare()));
        line.put("texts_per_s", speed.textsPerSecond());
        line.put("mb_per_s", speed.megabytesPerSecond());
        line.put("texts_per_cpu_s", speed.textsPerCpuSecond());
        line.put("load_ms", run.loadNanos() / 1e6);
        line.put("heap_mb", run.heapBytes() / MB);
        Map<String, Object> perLanguage = new LinkedHashMap<>();
        score.perLanguage().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> perLanguage.put(e.getKey(),
                Map.of("texts", e.getValue().total(), "accuracy", e.getValue().accuracy())));
        line.put("per_language", perLanguage);
        return line;
    }

    /** JSON has no NaN: an empty split is printed as null. */
    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static void printTables(PrintWriter out, LangIdSet set, List<LangIdSample> scored, List<Run> runs,
                                    Map<String, LangIdScore> scores) {
        Set<String> unscored = new TreeSet<>();
        set.samples().stream().filter(s -> !scored.contains(s)).forEach(s -> unscored.add(s.language()));
        long shortTexts = scored.stream().filter(s -> LangIdScore.isShort(s.text())).count();
        out.printf(Locale.ROOT, "%n%s: %d texts (%d without gold language skipped), %d scored, %d of them short (< %d chars)%n",
                set.name(), set.samples().size(), set.skipped(), scored.size(), shortTexts, LangIdScore.SHORT_TEXT_CHARS);
        out.printf(Locale.ROOT, "not scored (no candidate supports them): %s%n", unscored.isEmpty() ? "none" : unscored);
        out.printf(Locale.ROOT, "%-30s %8s %8s %8s %8s %7s %9s %11s %7s %8s %8s%n", "library", "accuracy", "st17 acc",
                "short", "long", "und", "texts/s", "texts/cpu-s", "MB/s", "load ms", "heap MB");
        for (Run run : runs) {
            LangIdScore score = scores.get(run.library());
            Speed speed = run.speeds().get(set.name());
            out.printf(Locale.ROOT, "%-30s %8.4f %8.4f %8.4f %8.4f %7.4f %9.0f %11.0f %7.2f %8.0f %8.1f%n", run.library(),
                    score.all().accuracy(), score.on(Set.copyOf(STORYTRACE_LANGUAGES)).accuracy(),
                    score.shortTexts().accuracy(), score.longTexts().accuracy(), score.undeterminedShare(),
                    speed.textsPerSecond(), speed.textsPerCpuSecond(), speed.megabytesPerSecond(), run.loadNanos() / 1e6,
                    run.heapBytes() / MB);
        }
        out.printf(Locale.ROOT, "per language accuracy:%n%-6s %5s", "lang", "texts");
        runs.forEach(r -> out.printf(Locale.ROOT, " %22.22s", r.library()));
        out.println();
        for (String language : new TreeSet<>(scores.values().iterator().next().perLanguage().keySet())) {
            out.printf(Locale.ROOT, "%-6s %5d", language, scores.values().iterator().next().perLanguage().get(language).total());
            runs.forEach(r -> out.printf(Locale.ROOT, " %22.4f", scores.get(r.library()).perLanguage().get(language).accuracy()));
            out.println();
        }
    }

    private record Speed(double textsPerSecond, double megabytesPerSecond, double textsPerCpuSecond) {
    }

    private record Run(String library, Set<String> languages, long loadNanos, long heapBytes,
                       Map<String, List<String>> answers, Map<String, Speed> speeds) {
    }
}
