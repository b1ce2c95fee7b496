package org.storytrace.bench.stories;

import java.util.Locale;
import java.util.Map;

/** The human-readable form of {@code bench stories}: markdown rows, as BENCHMARKS.md shows them. */
final class Table {
    static final String HEADER = "| set | articles | articles/s | assign µs p50 | p99 | index B/article | held | restore s | B-cubed P | R | F1 |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    private Table() {
    }

    static String row(Map<String, Object> m) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.0f | %d | %.2f | %.3f | %.3f | %.3f |", m.get("set"),
                m.get("articles"), m.get("articles_per_s_overall"), m.get("assign_us_p50"), m.get("assign_us_p99"),
                m.get("index_bytes_per_article"), m.get("held_articles"), m.get("restore_seconds"), m.get("bcubed_precision"),
                m.get("bcubed_recall"), m.get("bcubed_f1"));
    }

    static String allPairs(Map<String, Object> m) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f (clustering alone) | %.1f | %.1f | | | | %.3f | %.3f | %.3f |", m.get("set"),
                m.get("articles"), m.get("cluster_articles_per_s"), m.get("assign_us_p50"), m.get("assign_us_p99"),
                m.get("bcubed_precision"), m.get("bcubed_recall"), m.get("bcubed_f1"));
    }

    static String goals(Map<String, Object> g) {
        return String.format(Locale.ROOT, "%ngoals: assignment cost %s vs %s articles: %.2f x (max %.1f: %s); %.0f articles/s (min %.0f: %s);"
                        + " index %.0f B/article (max %.0f: %s); rebuild %s s at %s articles",
                g.get("largest_size"), g.get("smallest_size"), g.get("assign_cost_ratio_largest_vs_smallest"),
                g.get("assign_cost_ratio_goal_max"), met(g.get("assign_cost_ratio_met")), g.get("articles_per_s"),
                g.get("articles_per_s_goal_min"), met(g.get("articles_per_s_met")), g.get("index_bytes_per_article_at_largest"),
                g.get("index_bytes_per_article_goal_max"), met(g.get("index_bytes_per_article_met")),
                g.get("restore_seconds_at_largest"), g.get("largest_size"));
    }

    private static String met(Object b) {
        return Boolean.TRUE.equals(b) ? "met" : "not met";
    }
}
