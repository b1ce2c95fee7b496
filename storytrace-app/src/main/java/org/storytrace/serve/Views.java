package org.storytrace.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.storytrace.model.Alignment;
import org.storytrace.model.Article;
import org.storytrace.model.Change;
import org.storytrace.model.Comparison;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Evidence;
import org.storytrace.model.ProvenanceNode;
import org.storytrace.model.Span;
import org.storytrace.model.Story;
import org.storytrace.store.StoredArticle;

/**
 * The JSON shape of what the CLI (and later the REST API) shows. Field names are plain words; times are ISO-8601;
 * text is carried as JSON strings, which the serializer escapes.
 */
public final class Views {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("views: cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public ObjectNode story(Story s) {
        ObjectNode n = json.createObjectNode();
        n.put("id", s.id());
        n.put("articles", s.size());
        ArrayNode langs = n.putArray("languages");
        s.languages().forEach(langs::add);
        ArrayNode outlets = n.putArray("outlets");
        s.outlets().forEach(outlets::add);
        n.put("first_seen", time(s.firstSeen()));
        n.put("last_seen", time(s.lastSeen()));
        return n;
    }

    public ArrayNode stories(List<Story> stories) {
        ArrayNode a = json.createArrayNode();
        stories.forEach(s -> a.add(story(s)));
        return a;
    }

    public ObjectNode article(Article a) {
        ObjectNode n = json.createObjectNode();
        n.put("id", a.id());
        n.put("origin", a.origin());
        n.put("url", a.metadata().url());
        n.put("title", a.metadata().title());
        n.put("outlet", a.metadata().outlet());
        n.put("byline", a.metadata().byline());
        n.put("published", time(a.metadata().published()));
        n.put("ingested", time(a.ingestedAt()));
        n.put("language", a.language());
        ObjectNode t = n.putObject("truncation");
        t.put("truncated", a.truncation().truncated());
        if (Double.isNaN(a.truncation().visibleFraction())) {
            t.putNull("visible_fraction");
        } else {
            t.put("visible_fraction", a.truncation().visibleFraction());
        }
        ArrayNode markers = t.putArray("markers");
        a.truncation().markers().forEach(markers::add);
        ArrayNode furniture = n.putArray("furniture");
        a.furniture().forEach(furniture::add);
        return n;
    }

    /** A story's timeline (members by time seen, each with its provenance role) and its derivation graph. */
    public ObjectNode timeline(Story s, List<StoredArticle> members, DerivationGraph graph) {
        ObjectNode n = story(s);
        ArrayNode items = n.putArray("timeline");
        for (StoredArticle m : sortedBySeen(members)) {
            ObjectNode item = article(m.article());
            item.put("role", graph.node(m.article().id()).map(p -> p.role().label()).orElse(null));
            items.add(item);
        }
        n.set("graph", graph(graph));
        return n;
    }

    public ObjectNode graph(DerivationGraph g) {
        ObjectNode n = json.createObjectNode();
        n.put("story", g.storyId());
        n.put("origin", g.originId());
        ArrayNode nodes = n.putArray("nodes");
        for (ProvenanceNode p : g.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("id", p.id());
            o.put("label", p.label());
            o.put("external", p.external());
            o.put("role", p.role().label());
        }
        ArrayNode edges = n.putArray("edges");
        g.edges().forEach(e -> edges.add(edge(e)));
        ArrayNode reasons = n.putArray("reasons");
        g.reasons().forEach(reasons::add);
        return n;
    }

    public ObjectNode edge(DerivationEdge e) {
        ObjectNode o = json.createObjectNode();
        o.put("derived", e.derivedId());
        o.put("source", e.sourceId());
        o.put("type", e.type().label());
        o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ObjectNode xo = ev.addObject();
            xo.put("signal", x.signal());
            xo.put("description", x.description());
            span(xo, "derived_span", x.derivedSpan());
            span(xo, "source_span", x.sourceSpan());
        }
        return o;
    }

    /** Where one article came from: its edges in its story's graph. */
    public ObjectNode trace(Article a, String storyId, DerivationGraph g, java.util.Optional<org.storytrace.story.StoryEvidence> why) {
        ObjectNode n = json.createObjectNode();
        n.set("article", article(a));
        n.put("story", storyId);
        why.ifPresent(w -> {
            ObjectNode o = n.putObject("story_evidence");
            o.put("with", w.withArticleId());
            o.put("same_story_probability", Math.round(w.probability() * 1000) / 1000.0);
            ArrayNode keys = o.putArray("shared_keys");
            w.sharedKeys().forEach(keys::add);
            ObjectNode contributions = o.putObject("log_odds_contributions");
            new java.util.TreeMap<>(w.contributions()).forEach((k, v) -> contributions.put(k, Math.round(v * 1000) / 1000.0));
        });
        n.put("origin", g.originId());
        n.put("role", g.node(a.id()).map(p -> p.role().label()).orElse(null));
        ArrayNode sources = n.putArray("sources");
        g.edgesFrom(a.id()).forEach(e -> sources.add(edge(e)));
        return n;
    }

    public ObjectNode comparison(Comparison c, String sourceText, String targetText) {
        ObjectNode n = json.createObjectNode();
        n.put("source", c.sourceId());
        n.put("target", c.targetId());
        ArrayNode al = n.putArray("alignments");
        for (Alignment a : c.alignments()) {
            ObjectNode o = al.addObject();
            o.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("similarity", Math.round(a.similarity() * 1000) / 1000.0);
            ArrayNode src = o.putArray("source_sentences");
            a.sourceSentences().forEach(i -> src.add(c.sourceSentences().get(i).of(sourceText)));
            ArrayNode tgt = o.putArray("target_sentences");
            a.targetSentences().forEach(i -> tgt.add(c.targetSentences().get(i).of(targetText)));
        }
        ArrayNode ch = n.putArray("changes");
        for (Change x : c.changes()) {
            ObjectNode o = ch.addObject();
            o.put("kind", x.kind().label());
            o.put("family", x.kind().family().name().toLowerCase(java.util.Locale.ROOT));
            o.put("source_text", x.sourceText());
            o.put("target_text", x.targetText());
            span(o, "source_span", x.sourceSpan());
            span(o, "target_span", x.targetSpan());
            o.put("note", x.note());
            o.put("unverifiable", x.unverifiable());
        }
        return n;
    }

    public static List<StoredArticle> sortedBySeen(List<StoredArticle> members) {
        return members.stream().sorted(java.util.Comparator.comparing((StoredArticle m) -> m.article().seen())
                .thenComparing(m -> m.article().id())).toList();
    }

    private static void span(ObjectNode o, String field, Span s) {
        if (s == null) {
            o.putNull(field);
        } else {
            o.putArray(field).add(s.start()).add(s.end());
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
