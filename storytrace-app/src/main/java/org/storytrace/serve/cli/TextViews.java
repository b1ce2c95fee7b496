package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storytrace.model.Alignment;
import org.storytrace.model.Article;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Evidence;
import org.storytrace.model.ProvenanceNode;
import org.storytrace.model.Story;
import org.storytrace.serve.Terminal;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;

/** Plain-text renderings for the terminal. Every piece of article text goes through {@link Terminal} first. */
final class TextViews {
    /** Width of the two-column diff when neither --width nor $COLUMNS says otherwise. */
    static final int DEFAULT_WIDTH = 140;

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private TextViews() {
    }

    static void stories(PrintWriter out, List<Story> stories) {
        if (stories.isEmpty()) {
            out.println("no stories yet: storytrace ingest PATH...");
            return;
        }
        out.printf("%-16s %8s  %-12s %-20s %-20s %s%n", "STORY", "ARTICLES", "LANGUAGES", "FIRST SEEN", "LAST SEEN", "OUTLETS");
        for (Story s : stories) {
            String outlets = String.join(", ", s.outlets().stream().limit(3).toList()) + (s.outlets().size() > 3 ? " +" + (s.outlets().size() - 3) : "");
            out.printf("%-16s %8d  %-12s %-20s %-20s %s%n", s.id(), s.size(), String.join(",", s.languages()), time(s.firstSeen()),
                    time(s.lastSeen()), Terminal.line(outlets));
        }
    }

    static void timeline(PrintWriter out, Story s, List<StoredArticle> members, DerivationGraph g) {
        out.printf("story %s: %d article%s, languages %s%n%n", s.id(), s.size(), s.size() == 1 ? "" : "s", String.join(",", s.languages()));
        out.printf("%-20s %-12s %-4s %-20s %s%n", "TIME", "ARTICLE", "LANG", "ROLE", "OUTLET / ORIGIN");
        for (StoredArticle m : Views.sortedBySeen(members)) {
            Article a = m.article();
            String when = a.metadata().published() != null ? time(a.metadata().published()) : "undated";
            String role = g.node(a.id()).map(p -> p.role().label()).orElse("?");
            out.printf("%-20s %-12s %-4s %-20s %s%s%n", when, a.id(), a.language(), role, Terminal.line(outletOrOrigin(a)),
                    a.truncation().truncated() ? "  [truncated: " + visible(a) + " visible]" : "");
        }
        out.println();
        graph(out, g);
    }

    static void graph(PrintWriter out, DerivationGraph g) {
        out.println("derivation graph (derived -> source):");
        for (ProvenanceNode n : g.nodes()) {
            if (n.external()) {
                out.printf("  %s  external source, not in the archive%n", Terminal.line(n.label()));
            }
        }
        for (DerivationEdge e : g.edges()) {
            out.printf("  %s -> %s  %s (confidence %.2f)%n", e.derivedId(), label(g, e.sourceId()), e.type().label(), e.confidence());
        }
        out.println("origin: " + g.originId());
        for (String r : g.reasons()) {
            out.println("  - " + Terminal.line(r));
        }
    }

    static void trace(PrintWriter out, Article a, DerivationGraph g, java.util.Optional<org.storytrace.story.StoryEvidence> why) {
        String role = g.node(a.id()).map(p -> p.role().label()).orElse("?");
        out.printf("%s  %s  (%s, role: %s)%n", a.id(), Terminal.line(outletOrOrigin(a)), a.language(), role);
        why.ifPresent(w -> {
            out.printf("in story %s: same-story probability %.2f with %s%n", g.storyId(), w.probability(), label(g, w.withArticleId()));
            out.printf("  shared keys: %s%n", Terminal.line(String.join(", ", w.sharedKeys().stream().limit(12).toList())
                    + (w.sharedKeys().size() > 12 ? ", ... (" + w.sharedKeys().size() + ")" : "")));
            StringBuilder parts = new StringBuilder();
            w.contributions().entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Double>comparingByValue(java.util.Comparator.comparingDouble(Math::abs)).reversed())
                    .forEach(e -> parts.append(String.format(java.util.Locale.ROOT, "%s%s %+.2f", parts.length() == 0 ? "" : ", ", e.getKey(), e.getValue())));
            out.printf("  log-odds: %s%n", parts);
        });
        List<DerivationEdge> edges = g.edgesFrom(a.id());
        if (edges.isEmpty()) {
            out.println("no source found: it is the origin of story " + g.storyId() + " as far as the archive shows");
        }
        for (DerivationEdge e : edges) {
            out.printf("%n  from %s: %s, confidence %.2f%n", label(g, e.sourceId()), e.type().label(), e.confidence());
            for (Evidence x : e.evidence()) {
                out.printf("    %-12s %s%n", x.signal(), Terminal.line(x.description()));
                if (x.derivedSpan() != null && x.derivedSpan().end() <= a.text().length()) {
                    out.printf("    %-12s at %d-%d%n", "", x.derivedSpan().start(), x.derivedSpan().end());
                }
            }
        }
        out.println();
        for (String r : g.reasons()) {
            out.println("  - " + Terminal.line(r));
        }
    }

    /** Two columns, source left and derived right, one row per alignment; then the typed list of changes. */
    static void comparison(PrintWriter out, Comparison c, Article source, Article target, int width, boolean colour) {
        int col = Math.max(20, (width - 13) / 2);
        out.printf("%s%s%n", pad("A  " + source.id() + "  " + Terminal.line(outletOrOrigin(source)), col + 13), "B  " + target.id() + "  " + Terminal.line(outletOrOrigin(target)));
        out.println("-".repeat(Math.min(width, 2 * col + 13)));
        for (Alignment a : c.alignments()) {
            String left = sentences(a.sourceSentences(), c.sourceSentences(), source.text());
            String right = sentences(a.targetSentences(), c.targetSentences(), target.text());
            String tag = switch (a.kind()) {
                case VERBATIM -> "  =  ";
                case PARAPHRASED -> "  ~  ";
                case DROPPED -> "  -  ";
                case ADDED -> "  +  ";
            };
            String paint = switch (a.kind()) {
                case DROPPED -> RED;
                case ADDED -> GREEN;
                case PARAPHRASED -> YELLOW;
                case VERBATIM -> DIM;
            };
            List<String> l = wrap(left, col);
            List<String> r = wrap(right, col);
            for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
                String row = pad(i < l.size() ? l.get(i) : "", col) + (i == 0 ? tag + " " : "      ") + pad(i < r.size() ? r.get(i) : "", col);
                out.println(colour ? paint + row.stripTrailing() + RESET : row.stripTrailing());
            }
        }
        out.println();
        for (ChangeKind.Family family : ChangeKind.Family.values()) {
            List<Change> changes = c.changes(family);
            out.printf("%s (%d)%n", family.name().toLowerCase(Locale.ROOT), changes.size());
            for (Change x : changes) {
                String text = switch (family) {
                    case KEPT -> quote(x.targetText());
                    case DROPPED -> quote(x.sourceText());
                    case ADDED -> quote(x.targetText());
                    case CHANGED -> quote(x.sourceText()) + " -> " + quote(x.targetText());
                };
                String kind = x.kind().label().replaceFirst("^(added|changed)_", "");
                String line = "  " + (family == ChangeKind.Family.KEPT || family == ChangeKind.Family.DROPPED ? "" : kind + ": ") + text
                        + (x.unverifiable() ? "  [unverifiable against the visible source]" : "")
                        + (x.note().isBlank() ? "" : "  (" + Terminal.line(x.note()) + ")");
                out.println(colour ? colourOf(family) + line + RESET : line);
            }
        }
    }

    static int width(Integer flag) {
        if (flag != null) {
            return Math.max(60, flag);
        }
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? DEFAULT_WIDTH : Math.max(60, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    private static String colourOf(ChangeKind.Family f) {
        return switch (f) {
            case KEPT -> DIM;
            case DROPPED -> RED;
            case ADDED -> GREEN;
            case CHANGED -> YELLOW;
        };
    }

    private static String sentences(List<Integer> indices, List<org.storytrace.model.Span> spans, String text) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(spans.get(i).of(text));
        }
        return Terminal.line(b.toString());
    }

    static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() + word.length() + (line.length() > 0 ? 1 : 0) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String quote(String s) {
        return s == null ? "" : "\u201c" + Terminal.line(s) + "\u201d";
    }

    private static String label(DerivationGraph g, String id) {
        return g.node(id).filter(ProvenanceNode::external).map(n -> Terminal.line(n.label()) + " (external)").orElse(id);
    }

    private static String outletOrOrigin(Article a) {
        return a.metadata().outlet() != null ? a.metadata().outlet() : a.origin();
    }

    private static String visible(Article a) {
        double f = a.truncation().visibleFraction();
        return Double.isNaN(f) ? "part" : String.format(Locale.ROOT, "%.2f%%", 100 * f);
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString().replace('T', ' ').replaceFirst(":\\d\\d(\\.\\d+)?Z$", "Z");
    }
}
