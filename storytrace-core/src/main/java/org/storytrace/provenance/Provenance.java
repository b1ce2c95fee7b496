package org.storytrace.provenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Attribution;
import org.storytrace.analyse.Attributions;
import org.storytrace.analyse.Normalizer;
import org.storytrace.link.Shingles;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.EdgeType;
import org.storytrace.model.Evidence;
import org.storytrace.model.ProvenanceNode;
import org.storytrace.model.ProvenanceNode.Role;

/**
 * Stage 6 entry point: {@code trace(storyId, members)} decides which member is the origin and how each other
 * member derives from an earlier one, from evidence rather than timestamps alone: attribution cues (who credits
 * whom), first-hand reporting cues, containment of wording and content, language, and publication times when known.
 * Outlets credited by the text but absent from the archive become external nodes.
 */
public final class Provenance {
    /** Weight of "the derived text credits a publication and the source credits none" in the direction score. */
    static final double W_CITES = 1.0;
    /** Weight of "the source presents the reporting as its own" ("Le Monde has learned"). */
    static final double W_FIRST_HAND = 0.7;
    /** Weight of publication order, when both times are known: strong but not decisive (re-dated copies exist). */
    static final double W_TIME = 0.6;
    /** Weight of containment asymmetry: the copy's content is inside the source more than the other way round. */
    static final double W_CONTAINMENT = 0.5;
    /** Share of a text's word shingles found in another above which it is a republication of it (whole or cut). */
    static final double REPUBLICATION_CONTAINMENT = 0.7;
    /** Share of content words or keys above which an unattributed text is a rewrite rather than independent reporting. */
    static final double REWRITE_OVERLAP = 0.45;

    private final Attributions attributions = new Attributions();

    public DerivationGraph trace(String storyId, List<Member> members) {
        List<Profile> profiles = members.stream().map(m -> Profile.of(m, attributions)).toList();
        if (profiles.isEmpty()) {
            return new DerivationGraph(storyId, null, List.of(), List.of(), List.of("story has no articles"));
        }
        int n = profiles.size();
        Overlaps overlaps = new Overlaps(profiles);
        double[][] dir = new double[n][n];
        for (int d = 0; d < n; d++) {
            for (int s = 0; s < n; s++) {
                if (d != s) {
                    dir[d][s] = direction(profiles.get(d), profiles.get(s), overlaps.words(d, s), overlaps.words(s, d));
                }
            }
        }
        // Source-ness: how much more the evidence says "others derive from me" than "I derive from others".
        double[] sourceness = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sourceness[i] += dir[j][i] - dir[i][j];
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -sourceness[i]).thenComparing(i -> profiles.get(i).member().id()));
        int origin = order.get(0);

        List<DerivationEdge> edges = new ArrayList<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put(profiles.get(origin).member().id(), Role.ORIGIN);
        for (int rank = 1; rank < n; rank++) {
            int d = order.get(rank);
            int best = order.get(0);
            double bestSimilarity = -1;
            for (int r = 0; r < rank; r++) {
                int s = order.get(r);
                double sim = overlaps.similarity(d, s);
                if (sim > bestSimilarity) {
                    bestSimilarity = sim;
                    best = s;
                }
            }
            DerivationEdge edge = edge(profiles.get(d), profiles.get(best), dir[d][best] - dir[best][d]);
            edges.add(edge);
            roles.put(profiles.get(d).member().id(), Role.of(edge.type()));
        }

        List<ProvenanceNode> nodes = new ArrayList<>();
        for (Profile p : profiles) {
            nodes.add(new ProvenanceNode(p.member().id(), label(p), false, roles.get(p.member().id())));
        }
        Map<String, ProvenanceNode> externals = new LinkedHashMap<>();
        for (Profile p : profiles) {
            externalEdge(p, profiles).ifPresent(e -> {
                edges.add(e);
                String outlet = e.sourceId().substring(EXTERNAL.length());
                externals.putIfAbsent(e.sourceId(), new ProvenanceNode(e.sourceId(), outlet, true, Role.EXTERNAL_ORIGIN));
            });
        }
        nodes.addAll(externals.values());
        return new DerivationGraph(storyId, profiles.get(origin).member().id(), nodes, edges,
                reasons(profiles, origin, sourceness, dir));
    }

    /** Prefix of the ids of external nodes: outlets the text credits that are not in the archive. */
    public static final String EXTERNAL = "external:";

    /**
     * Evidence that {@code d} derives from {@code s}, positive for "yes", negative for "the other way round".
     * {@code inSource} and {@code inDerived} are the containments of d's content words in s's and the reverse.
     */
    private static double direction(Profile d, Profile s, double inSource, double inDerived) {
        double score = 0;
        if (!d.cites().isEmpty() && s.cites().isEmpty()) {
            score += W_CITES;
        }
        if (!s.firstHand().isEmpty() && d.firstHand().isEmpty()) {
            score += W_FIRST_HAND;
        }
        Instant td = d.member().article().metadata().published();
        Instant ts = s.member().article().metadata().published();
        if (td != null && ts != null && !td.equals(ts)) {
            score += td.isAfter(ts) ? W_TIME : -W_TIME;
        }
        score += W_CONTAINMENT * (inSource - inDerived);
        return score;
    }

    private static DerivationEdge edge(Profile d, Profile s, double directionMargin) {
        List<Evidence> evidence = new ArrayList<>();
        double shingles = Shingles.containment(d.shingles(), s.shingles());
        double words = Shingles.containment(d.words(), s.words());
        double keys = Shingles.containment(d.keys(), s.keys());
        evidence.add(new Evidence("containment", String.format(Locale.ROOT,
                "%.0f%% of its 3-word shingles, %.0f%% of its content words and %.0f%% of its names, numbers and dates are in the source",
                100 * shingles, 100 * words, 100 * keys), null, null));
        for (Attribution a : d.cites()) {
            evidence.add(new Evidence("attribution", "credits a publication: \u201c" + a.cue() + "\u201d", a.span(), null));
        }
        for (Attribution a : s.firstHand()) {
            evidence.add(new Evidence("first-hand", "the source presents the reporting as its own: \u201c" + a.cue() + "\u201d", null, a.span()));
        }
        Instant td = d.member().article().metadata().published();
        Instant ts = s.member().article().metadata().published();
        if (td == null || ts == null) {
            evidence.add(new Evidence("time", "publication time unknown for " + (td == null ? "this article" : "the source")
                    + ", so time did not decide the direction", null, null));
        } else {
            evidence.add(new Evidence("time", "published " + td + ", source " + ts, null, null));
        }
        boolean languagesDiffer = known(d.language()) && known(s.language()) && !d.language().equals(s.language());
        EdgeType type;
        double confidence;
        if (languagesDiffer) {
            type = EdgeType.TRANSLATION;
            confidence = 0.5 + 0.4 * keys;
            evidence.add(new Evidence("language", d.language() + " from " + s.language(), null, null));
        } else if (shingles >= REPUBLICATION_CONTAINMENT) {
            type = EdgeType.REPUBLICATION;
            confidence = shingles;
        } else if (!d.cites().isEmpty()) {
            type = EdgeType.ATTRIBUTED_REWRITE;
            confidence = 0.5 + 0.25 * Math.min(1, Math.max(words, keys) / REWRITE_OVERLAP) + 0.2 * Math.min(1, d.cites().size() / 3.0);
        } else if (Math.max(words, keys) >= REWRITE_OVERLAP) {
            type = EdgeType.UNATTRIBUTED_REWRITE;
            confidence = 0.4 + 0.4 * Math.max(words, keys);
        } else {
            type = EdgeType.INDEPENDENT;
            confidence = 0.5 + 0.4 * (1 - Math.max(words, keys));
        }
        // A direction the evidence barely supports lowers confidence in the whole edge.
        confidence *= 0.7 + 0.3 * Math.min(1, Math.max(0, directionMargin));
        return new DerivationEdge(d.member().id(), s.member().id(), type, clamp(confidence), evidence);
    }

    /**
     * An edge to an outlet the text credits but the archive does not hold. A literally translated outlet name
     * ("The World" for Le Monde) marks a machine translation of that outlet.
     */
    private static Optional<DerivationEdge> externalEdge(Profile p, List<Profile> all) {
        for (Attribution a : p.attributions()) {
            if (a.outlet() == null || inArchive(a.outlet(), all)) {
                continue;
            }
            String cueOutlet = a.cue().replaceAll("(?i)\\b(has|had|have)\\s+learn(ed|t)\\b.*", "").strip();
            boolean literal = !Normalizer.fold(a.cue()).contains(Normalizer.fold(a.outlet()));
            if (a.kind() == Attribution.Kind.FIRST_HAND && !literal) {
                continue; // "Reuters has learned" in an article of unknown outlet may be Reuters itself
            }
            EdgeType type = literal ? EdgeType.TRANSLATION : EdgeType.ATTRIBUTED_REWRITE;
            String why = literal
                    ? "credits \u201c" + cueOutlet + "\u201d, a literal translation of " + a.outlet() + ": a machine translation of its reporting"
                    : "credits " + a.outlet() + ", which is not in the archive";
            return Optional.of(new DerivationEdge(p.member().id(), EXTERNAL + a.outlet(), type, literal ? 0.8 : 0.6,
                    List.of(new Evidence("attribution", why, a.span(), null))));
        }
        return Optional.empty();
    }

    private static boolean inArchive(String outlet, List<Profile> all) {
        String folded = Normalizer.fold(outlet);
        return all.stream().map(p -> p.member().article().metadata().outlet())
                .anyMatch(o -> o != null && Normalizer.fold(o).equals(folded));
    }

    private static List<String> reasons(List<Profile> profiles, int origin, double[] sourceness, double[][] dir) {
        List<String> out = new ArrayList<>();
        Profile o = profiles.get(origin);
        out.add(String.format(Locale.ROOT, "%s is the origin: the highest source score (%.2f) from attribution, first-hand cues, containment and time",
                o.member().id(), sourceness[origin]));
        if (!o.firstHand().isEmpty()) {
            out.add(o.member().id() + " presents the reporting as first-hand: \u201c" + o.firstHand().get(0).cue() + "\u201d");
        }
        Map<String, Integer> citing = new HashMap<>();
        for (Profile p : profiles) {
            if (!p.cites().isEmpty()) {
                citing.put(p.member().id(), p.cites().size());
            }
        }
        citing.forEach((id, count) -> out.add(id + " credits a publication " + count + " time" + (count == 1 ? "" : "s")));
        if (o.member().article().metadata().published() == null) {
            out.add(o.member().id() + " has no publication time: the decision rests on the text");
        }
        out.addAll(CueConflicts.in(profiles));
        return out;
    }

    private static String label(Profile p) {
        var meta = p.member().article().metadata();
        String name = meta.outlet() != null ? meta.outlet() : meta.title() != null ? meta.title() : p.member().article().origin();
        return name.length() > 80 ? name.substring(0, 77) + "..." : name;
    }

    private static boolean known(String language) {
        return language != null && !Analysis.UNDETERMINED.equals(language);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
