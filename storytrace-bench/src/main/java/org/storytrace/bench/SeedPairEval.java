package org.storytrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.compare.Comparer;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval seed-pair}: runs ingest, extraction, analysis and compare on the two files an annotation names and
 * scores the reported changes against it, as ../shared/eval/seed-pair/README.md defines: a report matches a gold
 * change when it is in the same family and overlaps the gold spans on every side the gold change has.
 */
@Command(name = "seed-pair", mixinStandardHelpOptions = true,
        description = "Recall of compare against a hand annotation of changes (changes.json), per family and overall.")
final class SeedPairEval implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "DIR", defaultValue = "${sys:storytrace.home:-.}/../shared/eval/seed-pair",
            description = "Folder holding changes.json; its source and target files are read from DIR/../../seeds (default: ${DEFAULT-VALUE}).")
    Path set;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One gold change and whether a report matched it. */
    record Outcome(String id, String kind, ChangeKind.Family family, boolean matched, Change match, String problem) {
    }

    /** Per-family and overall recall with every outcome and the reports that matched no gold change. */
    record Score(Map<ChangeKind.Family, int[]> perFamily, List<Outcome> outcomes, List<Change> unmatched, String relation) {
        double recall() {
            int found = 0;
            int total = 0;
            for (int[] x : perFamily.values()) {
                found += x[0];
                total += x[1];
            }
            return total == 0 ? 0 : (double) found / total;
        }
    }

    @Override
    public Integer call() throws IOException {
        Path dir = set.normalize();
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("changes.json").toFile());
        Path seeds = dir.resolve("../../seeds").normalize();
        Extracted source = extract(seeds.resolve(gold.get("source").asText()));
        Extracted target = extract(seeds.resolve(gold.get("target").asText()));
        Analyser analyser = new Analyser();
        Analysis sa = analyser.analyse(source.extraction.text(), source.extraction.metadata().language());
        Analysis ta = analyser.analyse(target.extraction.text(), target.extraction.metadata().language());
        Comparison comparison = new Comparer().compare("source", sa, source.extraction.truncation(), "target", ta);
        Score score = score(gold, comparison, sa.text(), ta.text());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(score)) : table(score, sa.text(), ta.text()));
        out.flush();
        return 0;
    }

    private record Extracted(Extraction extraction) {
    }

    private static Extracted extract(Path file) throws IOException {
        IngestResult read = new Ingester().read(file.toString(), Files.readAllBytes(file));
        if (read.documents().isEmpty()) {
            throw new IOException("eval seed-pair: " + file + ": " + read.problems());
        }
        return new Extracted(new Extractor().extract(read.documents().get(0)));
    }

    /** Scores reports against the annotation; gold strings are located in the compared (extracted) texts. */
    static Score score(JsonNode gold, Comparison comparison, String sourceText, String targetText) {
        Map<ChangeKind.Family, int[]> perFamily = new EnumMap<>(ChangeKind.Family.class);
        for (ChangeKind.Family f : ChangeKind.Family.values()) {
            perFamily.put(f, new int[2]);
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Change> matchedReports = new ArrayList<>();
        for (JsonNode g : gold.get("changes")) {
            String kind = g.get("kind").asText();
            ChangeKind.Family family = family(kind);
            Span src = locate(g, "source", sourceText);
            Span tgt = locate(g, "target", targetText);
            String problem = (g.has("source") && src == null ? "source text not found in the extracted source; " : "")
                    + (g.has("target") && tgt == null ? "target text not found in the extracted target" : "");
            Change match = null;
            if (problem.isEmpty()) {
                for (Change c : comparison.changes()) {
                    if (c.kind().family() == family && overlaps(src, c.sourceSpan()) && overlaps(tgt, c.targetSpan())) {
                        match = c;
                        break;
                    }
                }
            }
            perFamily.get(family)[1]++;
            if (match != null) {
                perFamily.get(family)[0]++;
                matchedReports.add(match);
            }
            outcomes.add(new Outcome(g.get("id").asText(), kind, family, match != null, match, problem.isEmpty() ? null : problem.strip()));
        }
        List<Change> unmatched = comparison.changes().stream()
                .filter(c -> c.kind() != ChangeKind.KEPT && !matchedReports.contains(c)).toList();
        return new Score(perFamily, outcomes, unmatched, gold.path("relation").path("type").asText(null));
    }

    /** The gold span on one side, or null when the gold change has no such side (or its text is not there). */
    private static Span locate(JsonNode g, String side, String text) {
        if (!g.has(side)) {
            return null;
        }
        String s = g.get(side).asText();
        int at = text.indexOf(s);
        return at < 0 ? null : new Span(at, at + s.length());
    }

    private static boolean overlaps(Span gold, Span reported) {
        return gold == null || reported != null && gold.overlaps(reported);
    }

    static ChangeKind.Family family(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.equals("kept")) {
            return ChangeKind.Family.KEPT;
        }
        if (k.equals("dropped")) {
            return ChangeKind.Family.DROPPED;
        }
        if (k.startsWith("added")) {
            return ChangeKind.Family.ADDED;
        }
        if (k.startsWith("changed")) {
            return ChangeKind.Family.CHANGED;
        }
        throw new IllegalArgumentException("eval seed-pair: unknown kind '" + kind + "'");
    }

    private static ObjectNode toJson(Score score) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("set", "seed-pair");
        n.put("recall", round(score.recall()));
        score.perFamily().forEach((f, x) -> {
            ObjectNode o = n.putObject(f.name().toLowerCase(Locale.ROOT));
            o.put("found", x[0]);
            o.put("total", x[1]);
            o.put("recall", round(x[1] == 0 ? 0 : (double) x[0] / x[1]));
        });
        ArrayNode missed = n.putArray("missed");
        score.outcomes().stream().filter(o -> !o.matched()).forEach(o -> missed.add(o.id()));
        n.put("unmatched_reports", score.unmatched().size());
        return n;
    }

    private static String table(Score score, String sourceText, String targetText) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-8s %6s %6s %7s%n", "family", "found", "total", "recall"));
        score.perFamily().forEach((f, x) -> b.append(String.format(Locale.ROOT, "%-8s %6d %6d %7.2f%n",
                f.name().toLowerCase(Locale.ROOT), x[0], x[1], x[1] == 0 ? 0 : (double) x[0] / x[1])));
        b.append(String.format(Locale.ROOT, "%-8s %6s %6s %7.2f%n%n", "overall", "", "", score.recall()));
        for (Outcome o : score.outcomes()) {
            b.append(String.format(Locale.ROOT, "%-4s %-20s %s%s%n", o.id(), o.kind(), o.matched() ? "found   " : "MISSED  ",
                    o.match() != null ? o.match().kind().label() + ": " + snippet(o.match(), sourceText, targetText) : o.problem() != null ? o.problem() : ""));
        }
        b.append(String.format(Locale.ROOT, "%nreports matching no gold change (the annotation is not exhaustive; read, don't count): %d%n", score.unmatched().size()));
        for (Change c : score.unmatched()) {
            b.append("  ").append(c.kind().label()).append(": ").append(snippet(c, sourceText, targetText)).append('\n');
        }
        return b.toString();
    }

    private static String snippet(Change c, String sourceText, String targetText) {
        String s = c.sourceSpan() != null ? c.sourceSpan().of(sourceText) : "";
        String t = c.targetSpan() != null ? c.targetSpan().of(targetText) : "";
        String text = s.isEmpty() ? t : t.isEmpty() ? s : s + " -> " + t;
        text = text.replaceAll("\\s+", " ");
        return text.length() > 110 ? text.substring(0, 107) + "..." : text;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
