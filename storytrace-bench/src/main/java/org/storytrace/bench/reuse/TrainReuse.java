package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storytrace.provenance.ReuseClass;
import org.storytrace.provenance.ReuseClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace train reuse}: fits the text-reuse classifier on every pair of a COUNTER-layout dev set and
 * writes it as JSON, with the cross-validated figures of the same fitting beside the weights.
 */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Fit the text-reuse classifier on labelled pairs and write it as JSON.")
public final class TrainReuse implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "PATH",
            description = "Training JSONL in the COUNTER layout. Default: ../shared/eval/reuse/counter-urdu/counter.dev.jsonl")
    Path set;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the model, e.g. storytrace-core/src/main/resources/org/storytrace/provenance/reuse-model.json")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getOut();
        Path file = set != null ? set : ReuseSets.counterDev();
        String name = ReuseSets.nameOf(file);
        List<AnalysedPair> pairs = AnalysedPair.of(CounterPairs.of(name, ReuseSets.read(file)));
        List<ReuseClass> gold = pairs.stream().map(p -> p.pair().label()).toList();
        String version = "trained " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + " on " + name + ", adjacent-category fit";
        ReuseClassifier model = ReuseFit.fit(pairs.stream().map(AnalysedPair::features).toList(), gold, version);
        ClassScores cv = ClassScores.of(gold, CrossValidation.predict(pairs));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", version);
        json.put("command", "storytrace train reuse --out FILE" + (set == null ? "" : " --set " + file.getFileName()));
        json.put("trained_on", set == null ? "eval/reuse/counter-urdu/counter.dev.jsonl" : file.getFileName().toString());
        json.put("pairs", pairs.size());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReuseClass c : ReuseClass.values()) {
            counts.put(c.code(), gold.stream().filter(g -> g == c).count());
        }
        json.put("labels", counts);
        json.put("fit", "adjacent-category: the WD weights are twice the PD weights (see ReuseFit)");
        json.put("l2", ReuseFit.L2);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("folds", CrossValidation.FOLDS);
        figures.put("binary_f1", round(cv.binaryF1()));
        figures.put("macro_f1", round(cv.macroF1()));
        json.put("cross_validated", figures);
        json.put("reference_class", ReuseClass.NOT_DERIVED.code());
        json.put("features", ReuseClassifier.FEATURES);
        Map<String, Object> classes = new LinkedHashMap<>();
        for (ReuseClass c : ReuseClassifier.WEIGHTED) {
            double[] w = model.weights(c);
            Map<String, Object> cw = new LinkedHashMap<>();
            cw.put("bias", w[0]);
            cw.put("weights", java.util.Arrays.copyOfRange(w, 1, w.length));
            classes.put(c.code(), cw);
        }
        json.put("classes", classes);
        Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
        log.printf(java.util.Locale.ROOT, "%d pairs -> %s; cross-validated (%d folds) binary F1 %.3f, macro-F1 %.3f%n",
                pairs.size(), out, CrossValidation.FOLDS, cv.binaryF1(), cv.macroF1());
        for (ReuseClass c : ReuseClassifier.WEIGHTED) {
            double[] w = model.weights(c);
            log.printf(java.util.Locale.ROOT, "%s vs ND: bias %.3f%n", c.code(), w[0]);
            for (int i = 1; i < w.length; i++) {
                log.printf(java.util.Locale.ROOT, "  %-22s %8.3f%n", ReuseClassifier.FEATURES.get(i - 1), w[i]);
            }
        }
        log.flush();
        return 0;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
