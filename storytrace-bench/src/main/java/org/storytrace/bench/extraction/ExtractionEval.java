package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storytrace eval extraction}: scores the extractor on the extraction sets, each by its own benchmark's rules. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score body and metadata extraction on ../shared/eval/extraction (scrapinghub, trafilatura,",
                "readability, newspaper4k), each with its benchmark's own metric."})
public final class ExtractionEval implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "DIR",
            description = "Score one folder laid out like one of the sets (detected from its files).")
    Path set;

    @Option(names = "--json", description = "Print the figures per set as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> sets = set != null ? List.of(set) : defaultSets();
        Function<Path, Predicted> extractor = new PageExtractor(new Ingester(), new Extractor());
        List<SetScore> scores = new ArrayList<>();
        for (Path dir : sets) {
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("storytrace: eval extraction: " + dir + ": no such folder");
                return 1;
            }
            SetScore score = score(dir, extractor);
            if (score == null) {
                spec.commandLine().getErr().println("storytrace: eval extraction: " + dir
                        + ": not laid out like any extraction set (ground-truth.json, evaldata*.json, */expected-metadata.json, *.html.gz + *.json)");
                return 1;
            }
            scores.add(score);
            if (!json) {
                print(out, score);
            }
        }
        if (json) {
            out.println(mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(scores));
        }
        out.flush();
        return 0;
    }

    /** Scores one folder by whichever set's layout it has, or null when it has none of them. */
    SetScore score(Path dir, Function<Path, Predicted> predict) throws IOException {
        if (ScrapinghubScoring.recognises(dir)) {
            return new ScrapinghubScoring(mapper).score(dir, predict);
        }
        if (TrafilaturaScoring.recognises(dir)) {
            return new TrafilaturaScoring(mapper).score(dir, predict);
        }
        if (ReadabilityScoring.recognises(dir)) {
            return new ReadabilityScoring(mapper).score(dir, predict);
        }
        if (Newspaper4kScoring.recognises(dir)) {
            return new Newspaper4kScoring(mapper).score(dir, predict);
        }
        return null;
    }

    /** The four sets under ../shared/eval/extraction, found from the launcher's home or the working directory. */
    static List<Path> defaultSets() {
        String home = System.getProperty("storytrace.home", ".");
        Path root = Path.of(home).resolve("../shared/eval/extraction").normalize();
        return List.of(root.resolve(ScrapinghubScoring.NAME), root.resolve(TrafilaturaScoring.NAME),
                root.resolve(ReadabilityScoring.NAME), root.resolve(Newspaper4kScoring.NAME));
    }

    private static void print(PrintWriter out, SetScore score) {
        out.printf("%s: %d pages; %s%n  %s%n", score.set(), score.pages(), score.metric(), figures(score.figures()));
        score.byLanguage().forEach((lang, f) -> out.printf("  %-14s %s%n", lang, figures(f)));
    }

    private static String figures(Map<String, Double> figures) {
        StringBuilder s = new StringBuilder();
        figures.forEach((name, v) -> s.append(name).append(' ').append(String.format(Locale.ROOT, "%.3f", v)).append("  "));
        return s.toString().strip();
    }
}
