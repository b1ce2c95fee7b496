package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Truncation;
import org.storytrace.provenance.Member;
import org.storytrace.provenance.Provenance;
import org.storytrace.provenance.Reuse;
import org.storytrace.provenance.ReuseClass;
import org.storytrace.provenance.ReuseClassifier;

/**
 * Scores COUNTER-layout sets (agency story → newspaper story, WD/PD/ND): the given model's classes, the classes of
 * models cross-validated on the set itself, and whether provenance, given only the two articles, takes the agency
 * copy for the origin and which edge it draws.
 */
final class CounterLayout implements ReuseLayout {
    /** When the eval pretends the articles were stored; provenance only compares it with publication times. */
    private static final Instant INGESTED = Instant.parse("2026-01-01T00:00:00Z");

    private final ReuseClassifier model;
    private final Provenance provenance = new Provenance();

    CounterLayout(ReuseClassifier model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public boolean accepts(JsonNode record) {
        return CounterPairs.isCounter(record);
    }

    /** What provenance made of one pair. */
    private record Traced(boolean originIsSource, boolean originIsSourceWithDates, String edgeType) {
    }

    @Override
    public SetReport score(String set, List<JsonNode> records) {
        List<AnalysedPair> pairs = AnalysedPair.of(CounterPairs.of(set, records));
        List<ReuseClass> gold = pairs.stream().map(p -> p.pair().label()).toList();
        List<Reuse> fitted = pairs.stream().map(p -> model.classify(p.features())).toList();
        List<ReuseClass> predicted = fitted.stream().map(Reuse::reuseClass).toList();
        List<ReuseClass> cv = CrossValidation.predict(pairs);
        List<Traced> traced = pairs.parallelStream().map(this::trace).toList();
        ClassScores all = ClassScores.of(gold, predicted);
        ClassScores folds = ClassScores.of(gold, cv);

        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("set", set);
        n.put("layout", name());
        n.put("pairs", pairs.size());
        n.put("model", model.version());
        put(n, "", all);
        n.put("cv_folds", CrossValidation.FOLDS);
        put(n, "cv_", folds);
        n.put("origin_accuracy", round(share(traced, Traced::originIsSource)));
        n.put("origin_accuracy_with_dates", round(share(traced, Traced::originIsSourceWithDates)));
        ObjectNode edges = n.putObject("edge_types");
        edgeTypes(pairs, traced).forEach((c, counts) -> {
            ObjectNode o = edges.putObject(c.code());
            counts.forEach(o::put);
        });
        ArrayNode per = n.putArray("per_pair");
        for (int i = 0; i < pairs.size(); i++) {
            ObjectNode o = per.addObject();
            o.put("item", pairs.get(i).pair().item());
            o.put("label", gold.get(i).code());
            o.put("predicted", predicted.get(i).code());
            o.put("probability", round(fitted.get(i).probability()));
            o.put("cv_predicted", cv.get(i).code());
            o.put("origin_is_source", traced.get(i).originIsSource());
            o.put("origin_is_source_with_dates", traced.get(i).originIsSourceWithDates());
            o.put("edge_type", traced.get(i).edgeType());
            o.put("derived_words", pairs.get(i).derived().tokens().size());
            o.put("source_words", pairs.get(i).source().tokens().size());
            ObjectNode features = o.putObject("features");
            fitted.get(i).features().forEach((k, v) -> features.put(k, round(v)));
        }
        return new SetReport(n, text(set, pairs, all, folds, traced));
    }

    private Traced trace(AnalysedPair p) {
        DerivationGraph textOnly = provenance.trace(p.pair().item(), List.of(member(p, false, false), member(p, true, false)));
        DerivationGraph dated = provenance.trace(p.pair().item(), List.of(member(p, false, true), member(p, true, true)));
        String sourceId = p.pair().source().id();
        String edge = dated.edges().stream().filter(e -> !e.sourceId().startsWith(Provenance.EXTERNAL))
                .map(e -> e.type().label()).findFirst().orElse("none");
        return new Traced(sourceId.equals(textOnly.originId()), sourceId.equals(dated.originId()), edge);
    }

    /** The article as ingest would store it from a JSONL line, with or without the corpus date as {@code published}. */
    private static Member member(AnalysedPair p, boolean source, boolean withDate) {
        CounterArticle a = source ? p.pair().source() : p.pair().derived();
        Article article = new Article(a.id(), a.id() + "-hash", a.id(),
                new ArticleMetadata(null, null, a.outlet(), null, withDate ? a.published() : null, a.lang()),
                a.text(), Truncation.NONE, List.of(), INGESTED);
        return new Member(article, source ? p.source() : p.derived());
    }

    private static Map<ReuseClass, Map<String, Integer>> edgeTypes(List<AnalysedPair> pairs, List<Traced> traced) {
        Map<ReuseClass, Map<String, Integer>> out = new EnumMap<>(ReuseClass.class);
        for (int i = 0; i < pairs.size(); i++) {
            out.computeIfAbsent(pairs.get(i).pair().label(), c -> new TreeMap<>()).merge(traced.get(i).edgeType(), 1, Integer::sum);
        }
        return out;
    }

    private static void put(ObjectNode n, String prefix, ClassScores s) {
        n.put(prefix + "binary_precision", round(s.binaryPrecision()));
        n.put(prefix + "binary_recall", round(s.binaryRecall()));
        n.put(prefix + "binary_f1", round(s.binaryF1()));
        n.put(prefix + "macro_f1", round(s.macroF1()));
        n.put(prefix + "accuracy", round(s.accuracy()));
        ObjectNode per = n.putObject(prefix + "per_class");
        ObjectNode confusion = n.putObject(prefix + "confusion");
        for (ReuseClass c : ReuseClass.values()) {
            ObjectNode o = per.putObject(c.code());
            o.put("precision", round(s.precision(c)));
            o.put("recall", round(s.recall(c)));
            o.put("f1", round(s.f1(c)));
            o.put("support", s.support(c));
            ObjectNode row = confusion.putObject(c.code());
            for (ReuseClass p : ReuseClass.values()) {
                row.put(p.code(), s.count(c, p));
            }
        }
    }

    private String text(String set, List<AnalysedPair> pairs, ClassScores all, ClassScores folds, List<Traced> traced) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d pairs, %s layout; model: %s%n%n", set, pairs.size(), name(), model.version()));
        b.append(String.format(Locale.ROOT, "%-22s %24s %24s%n", "", "fitted on all dev", CrossValidation.FOLDS + "-fold cross-validated"));
        row(b, "binary precision", all.binaryPrecision(), folds.binaryPrecision());
        row(b, "binary recall", all.binaryRecall(), folds.binaryRecall());
        row(b, "binary F1", all.binaryF1(), folds.binaryF1());
        row(b, "3-class macro-F1", all.macroF1(), folds.macroF1());
        row(b, "3-class accuracy", all.accuracy(), folds.accuracy());
        b.append(String.format(Locale.ROOT, "%n%-6s %7s %7s %7s %7s %9s %7s %7s%n", "class", "support", "P", "R", "F1", "cv P", "cv R", "cv F1"));
        for (ReuseClass c : ReuseClass.values()) {
            b.append(String.format(Locale.ROOT, "%-6s %7d %7.3f %7.3f %7.3f %9.3f %7.3f %7.3f%n", c.code(), all.support(c), all.precision(c),
                    all.recall(c), all.f1(c), folds.precision(c), folds.recall(c), folds.f1(c)));
        }
        confusion(b, "fitted on all dev", all);
        confusion(b, "cross-validated", folds);
        b.append(String.format(Locale.ROOT, "%nprovenance on each pair alone: origin is the agency copy in %.3f (text only), %.3f (with the corpus dates)%n",
                share(traced, Traced::originIsSource), share(traced, Traced::originIsSourceWithDates)));
        b.append("edge type it draws (with the corpus dates, so in the true direction), by gold class:\n");
        edgeTypes(pairs, traced).forEach((c, counts) -> b.append(String.format(Locale.ROOT, "  %s %s%n", c.code(), counts)));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double fitted, double cv) {
        b.append(String.format(Locale.ROOT, "%-22s %24.3f %24.3f%n", name, fitted, cv));
    }

    private static void confusion(StringBuilder b, String title, ClassScores s) {
        b.append(String.format(Locale.ROOT, "%nconfusion, %s (rows gold, columns predicted)%n%6s", title, ""));
        for (ReuseClass p : ReuseClass.values()) {
            b.append(String.format(Locale.ROOT, "%6s", p.code()));
        }
        b.append('\n');
        for (ReuseClass g : ReuseClass.values()) {
            b.append(String.format(Locale.ROOT, "%6s", g.code()));
            for (ReuseClass p : ReuseClass.values()) {
                b.append(String.format(Locale.ROOT, "%6d", s.count(g, p)));
            }
            b.append('\n');
        }
    }

    private static double share(List<Traced> traced, java.util.function.Predicate<Traced> ok) {
        return traced.isEmpty() ? 0 : (double) traced.stream().filter(ok).count() / traced.size();
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
