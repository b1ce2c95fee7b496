package org.storytrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.compare.Comparer;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.model.Article;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Span;
import org.storytrace.provenance.Member;
import org.storytrace.provenance.Provenance;
import org.storytrace.serve.InstalledDictionaries;
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
        description = "Recall of compare against a hand annotation of changes (changes.json), per family and overall,"
                + " and the provenance edge between the pair. Without --set: the English seed pair and its French translation.")
final class SeedPairEval implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "DIR",
            description = "Folder holding changes.json; the files it names are read from DIR, else from DIR/../../seeds, else from --seeds."
                    + " Default: both ${sys:storytrace.home:-.}/../shared/eval/seed-pair and ${sys:storytrace.home:-.}/eval-data/seed-pair-fr.")
    Path set;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${sys:storytrace.home:-.}/../shared/seeds",
            description = "Where a set's files are looked up last (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--json", description = "Print JSON: one object for --set, else an array of one object per set.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The bilingual dictionaries a translated pair is compared through; asked for once per run. */
    private final Supplier<PivotDictionary> dictionaries;

    /** As the command line runs it: the dictionaries installed on this machine. */
    SeedPairEval() {
        this(InstalledDictionaries::fromEnvironment);
    }

    SeedPairEval(Supplier<PivotDictionary> dictionaries) {
        this.dictionaries = dictionaries;
    }

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

    /**
     * What provenance says of the pair: the edge from target to source, the origin and the outlets behind it.
     *
     * @param externals the external sources of the origin, as "Outlet (edge type)"
     */
    record Relation(String edgeType, double confidence, String origin, List<String> externals) {
    }

    /** One scored set, with the texts its spans point into. */
    record SetResult(String name, Score score, Relation relation, String sourceText, String targetText) {
    }

    @Override
    public Integer call() throws IOException {
        Path home = Path.of(System.getProperty("storytrace.home", "."));
        List<Path> dirs = set != null ? List.of(set)
                : List.of(home.resolve("../shared/eval/seed-pair"), home.resolve("eval-data/seed-pair-fr"));
        PivotDictionary pivots = dictionaries.get();
        List<SetResult> results = new ArrayList<>();
        for (Path dir : dirs) {
            results.add(run(dir.normalize(), pivots));
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper m = new ObjectMapper();
        if (json) {
            Object tree = set != null ? toJson(results.get(0)) : m.createArrayNode().addAll(results.stream().map(SeedPairEval::toJson).toList());
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } else {
            for (SetResult r : results) {
                out.println("== " + r.name());
                out.println(table(r));
            }
        }
        out.flush();
        return 0;
    }

    private SetResult run(Path dir, PivotDictionary pivots) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("changes.json").toFile());
        Path sourceFile = file(dir, gold.get("source").asText());
        Path targetFile = file(dir, gold.get("target").asText());
        Extraction source = extract(sourceFile);
        Extraction target = extract(targetFile);
        Analyser analyser = new Analyser();
        Analysis sa = analyser.analyse(source.text(), source.metadata().language());
        Analysis ta = analyser.analyse(target.text(), target.metadata().language());
        Comparison comparison = new Comparer(pivots).compare("source", sa, source.truncation(), "target", ta);
        Score score = score(gold, comparison, sa.text(), ta.text());
        return new SetResult(dir.getFileName().toString(), score, relation(sourceFile, source, sa, targetFile, target, ta), sa.text(), ta.text());
    }

    /** A file a set names: in the set's folder, else among the seeds beside the shared eval sets, else in --seeds. */
    private Path file(Path dir, String name) throws IOException {
        for (Path candidate : List.of(dir.resolve(name), dir.resolve("../../seeds").resolve(name), seeds.resolve(name))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IOException("eval seed-pair: " + dir + ": " + name + " is neither in the set's folder nor in " + seeds);
    }

    private static Extraction extract(Path file) throws IOException {
        IngestResult read = new Ingester().read(file.toString(), Files.readAllBytes(file));
        if (read.documents().isEmpty()) {
            throw new IOException("eval seed-pair: " + file + ": " + read.problems());
        }
        return new Extractor().extract(read.documents().get(0));
    }

    /**
     * Provenance of the pair as the archive would trace a story of these two articles. Articles are named by their
     * file name without extension; no publication time is given, as ingest of plain text finds none.
     */
    private static Relation relation(Path sourceFile, Extraction source, Analysis sa, Path targetFile, Extraction target, Analysis ta) {
        Member s = member(sourceFile, source, sa);
        Member t = member(targetFile, target, ta);
        DerivationGraph graph = new Provenance().trace("seed-pair", List.of(s, t));
        DerivationEdge edge = graph.edges().stream()
                .filter(e -> e.derivedId().equals(t.id()) && e.sourceId().equals(s.id())).findFirst().orElse(null);
        List<String> externals = graph.edges().stream()
                .filter(e -> e.derivedId().equals(graph.originId()) && e.sourceId().startsWith(Provenance.EXTERNAL))
                .map(e -> e.sourceId().substring(Provenance.EXTERNAL.length()) + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")").toList();
        return new Relation(edge == null ? "none" : edge.type().name().toLowerCase(Locale.ROOT), edge == null ? 0 : edge.confidence(),
                graph.originId(), externals);
    }

    private static Member member(Path file, Extraction e, Analysis a) {
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Article article = new Article(id, id, file.toString(), e.metadata().withLanguage(a.language()), e.text(), e.truncation(),
                e.furniture(), Instant.EPOCH);
        return new Member(article, a);
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

    private static ObjectNode toJson(SetResult r) {
        Score score = r.score();
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("set", r.name());
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
        n.put("edge_type", r.relation().edgeType());
        n.put("edge_confidence", round(r.relation().confidence()));
        n.put("origin", r.relation().origin());
        ArrayNode externals = n.putArray("origin_external");
        r.relation().externals().forEach(externals::add);
        return n;
    }

    private static String table(SetResult r) {
        Score score = r.score();
        String sourceText = r.sourceText();
        String targetText = r.targetText();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-8s %6s %6s %7s%n", "family", "found", "total", "recall"));
        score.perFamily().forEach((f, x) -> b.append(String.format(Locale.ROOT, "%-8s %6d %6d %7.2f%n",
                f.name().toLowerCase(Locale.ROOT), x[0], x[1], x[1] == 0 ? 0 : (double) x[0] / x[1])));
        b.append(String.format(Locale.ROOT, "%-8s %6s %6s %7.2f%n%n", "overall", "", "", score.recall()));
        Relation rel = r.relation();
        b.append(String.format(Locale.ROOT, "edge target -> source: %s (confidence %.2f); origin: %s%s%n%n", rel.edgeType(), rel.confidence(),
                rel.origin(), rel.externals().isEmpty() ? "" : ", behind it: " + String.join(", ", rel.externals())));
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
