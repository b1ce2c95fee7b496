package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storytrace.provenance.ReuseClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace eval reuse}: scores the shipped text-reuse classifier on labelled pair sets, and the same
 * fitting cross-validated on each set. Each set's layout is told from its first record and scored by that
 * layout's class, so a new layout (translation pairs, say) is one more {@link ReuseLayout}.
 */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Text reuse (wholly / partially / not derived) on labelled pairs: fitted and cross-validated figures, "
                + "and provenance's origin and edge type per pair.")
public final class ReuseEval implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "PATH",
            description = "JSONL of labelled pairs (COUNTER layout) or of originals and translations (wmt22-doctrans layout); repeatable."
                    + " Default: counter-urdu dev and wmt22-doctrans news dev under ../shared/eval")
    List<Path> sets = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object per set.")
    boolean json;

    @Option(names = "--without-outlets", description = "Translation sets: drop the records' outlet names, to show what the text alone decides.")
    boolean withoutOutlets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ReuseLayout> layouts = List.of(new CounterLayout(ReuseClassifier.bundled()), new TranslationLayout(withoutOutlets));
        List<Path> files = sets.isEmpty() ? List.of(ReuseSets.counterDev(), ReuseSets.wmt22NewsDev()) : sets;
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            List<JsonNode> records = ReuseSets.read(file);
            if (records.isEmpty()) {
                spec.commandLine().getErr().println("storytrace: eval reuse: " + file + ": no records");
                return 2;
            }
            ReuseLayout layout = layouts.stream().filter(l -> l.accepts(records.get(0))).findFirst().orElse(null);
            if (layout == null) {
                spec.commandLine().getErr().println("storytrace: eval reuse: " + file + ": records in no known layout (fields "
                        + fieldNames(records.get(0)) + "; known: counter, translations)");
                return 2;
            }
            SetReport report = layout.score(ReuseSets.nameOf(file), records);
            out.println(json ? new ObjectMapper().writeValueAsString(report.json()) : report.text());
            out.flush();
        }
        return 0;
    }

    private static List<String> fieldNames(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
