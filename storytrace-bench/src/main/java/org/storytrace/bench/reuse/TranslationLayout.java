package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storytrace.analyse.Analyser;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.EdgeType;
import org.storytrace.model.Truncation;
import org.storytrace.provenance.Member;
import org.storytrace.provenance.Provenance;

/**
 * Scores provenance on originals and their translations, in the layout of {@code stories/wmt22-doctrans/news.dev.jsonl}
 * (records with {@code id}, {@code story}, {@code lang}, {@code text} and {@code translation_of}, the id of the
 * original, null for originals). Each gold story is traced on its own, as {@code storytrace story ID} would trace it.
 * For every translation: is its edge typed {@code translation} ("type"), and does following its edges lead to the
 * original without the original deriving from it ("direction")? Per story: is the original the origin?
 */
final class TranslationLayout implements ReuseLayout {
    /** A record of the set, as the scorer needs it. */
    record Item(String id, String story, String language, String text, String outlet, String translationOf) {
        Item withoutOutlet() {
            return new Item(id, story, language, text, null, translationOf);
        }
    }

    private final boolean withoutOutlets;

    /** @param withoutOutlets drop the records' outlet names, to show what the text alone decides */
    TranslationLayout(boolean withoutOutlets) {
        this.withoutOutlets = withoutOutlets;
    }

    @Override
    public String name() {
        return "translations";
    }

    @Override
    public boolean accepts(JsonNode record) {
        return record.has("translation_of") && record.has("story") && record.has("text") && record.has("id");
    }

    @Override
    public SetReport score(String set, List<JsonNode> records) {
        List<Item> items = new ArrayList<>();
        for (JsonNode r : records) {
            Item it = new Item(r.get("id").asText(), r.get("story").asText(), text(r, "lang"), r.get("text").asText(),
                    text(r, "source"), text(r, "translation_of"));
            items.add(withoutOutlets ? it.withoutOutlet() : it);
        }
        Result result = trace(set + (withoutOutlets ? " (without outlets)" : ""), items);
        return new SetReport(new ObjectMapper().valueToTree(result.fields()), result.table() + "\nmisses:\n" + String.join("\n", result.misses()));
    }

    /** Figures for one set; {@code pairs} breaks type and direction down by "original language → translation language". */
    record Result(String set, int stories, int translations, int typeRight, int directionRight, int originRight,
                  Map<String, int[]> pairs, List<String> misses) {
        Map<String, Object> fields() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", set);
            m.put("stories", stories);
            m.put("translations", translations);
            m.put("type_accuracy", ratio(typeRight, translations));
            m.put("direction_accuracy", ratio(directionRight, translations));
            m.put("origin_accuracy", ratio(originRight, stories));
            Map<String, Object> per = new TreeMap<>();
            pairs.forEach((k, v) -> per.put(k, Map.of("translations", v[0], "type_accuracy", ratio(v[1], v[0]),
                    "direction_accuracy", ratio(v[2], v[0]))));
            m.put("per_pair", per);
            return m;
        }

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%s: %d stories, %d translations: type %.3f, direction %.3f, origin %.3f%n",
                    set, stories, translations, ratio(typeRight, translations), ratio(directionRight, translations), ratio(originRight, stories)));
            b.append("| original → translation | translations | type | direction |\n|---|---:|---:|---:|\n");
            pairs.forEach((k, v) -> b.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", k, v[0], ratio(v[1], v[0]), ratio(v[2], v[0]))));
            return b.toString();
        }
    }

    private final Analyser analyser = new Analyser();
    private final Provenance provenance = new Provenance();

    Result trace(String name, List<Item> items) {
        Map<String, List<Item>> stories = new LinkedHashMap<>();
        for (Item it : items) {
            stories.computeIfAbsent(it.story(), k -> new ArrayList<>()).add(it);
        }
        int translations = 0;
        int typeRight = 0;
        int directionRight = 0;
        int originRight = 0;
        Map<String, int[]> pairs = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<Item>> story : stories.entrySet()) {
            Map<String, String> articleIdOf = new LinkedHashMap<>();
            List<Member> members = new ArrayList<>();
            for (Item it : story.getValue()) {
                Article a = article(it);
                articleIdOf.put(it.id(), a.id());
                members.add(new Member(a, analyser.analyse(it.text(), it.language())));
            }
            DerivationGraph g = provenance.trace(story.getKey(), members);
            Item original = story.getValue().stream().filter(i -> i.translationOf() == null).findFirst().orElse(null);
            if (original != null && articleIdOf.get(original.id()).equals(g.originId())) {
                originRight++;
            } else {
                misses.add(story.getKey() + ": origin " + g.originId() + " is not the original " + (original == null ? "(none)" : original.id()));
            }
            for (Item t : story.getValue()) {
                if (t.translationOf() == null) {
                    continue;
                }
                translations++;
                String pair = stories.get(story.getKey()).stream().filter(i -> i.id().equals(t.translationOf()))
                        .map(Item::language).findFirst().orElse("?") + "→" + t.language();
                int[] p = pairs.computeIfAbsent(pair, k -> new int[3]);
                p[0]++;
                String tid = articleIdOf.get(t.id());
                DerivationEdge edge = g.edgesFrom(tid).stream().filter(e -> !e.sourceId().startsWith(Provenance.EXTERNAL)).findFirst().orElse(null);
                if (edge != null && edge.type() == EdgeType.TRANSLATION) {
                    typeRight++;
                    p[1]++;
                } else {
                    misses.add(t.id() + ": type " + (edge == null ? "origin" : edge.type().label()));
                }
                String originalId = articleIdOf.get(t.translationOf());
                if (originalId != null && leadsTo(g, tid, originalId) && !leadsTo(g, originalId, tid)) {
                    directionRight++;
                    p[2]++;
                }
            }
        }
        return new Result(name, stories.size(), translations, typeRight, directionRight, originRight, pairs, misses);
    }

    /** Whether following derivation edges from {@code from} reaches {@code to}. The graph is a tree, so this ends. */
    private static boolean leadsTo(DerivationGraph g, String from, String to) {
        String at = from;
        for (int steps = 0; steps <= g.nodes().size(); steps++) {
            String next = g.edgesFrom(at).stream().map(DerivationEdge::sourceId).filter(s -> !s.startsWith(Provenance.EXTERNAL))
                    .findFirst().orElse(null);
            if (next == null) {
                return false;
            }
            if (next.equals(to)) {
                return true;
            }
            at = next;
        }
        return false;
    }

    /** The article a JSONL export of this record would give: no time, the outlet as recorded, the declared language. */
    private static Article article(Item it) {
        String hash = sha256(it.id() + "\n" + it.text());
        return new Article(hash.substring(0, 16), hash, it.id(), new ArticleMetadata(null, null, it.outlet(), null, null, it.language()),
                it.text(), Truncation.NONE, List.of(), Instant.EPOCH);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : Math.round(10_000.0 * a / b) / 10_000.0;
    }
}
