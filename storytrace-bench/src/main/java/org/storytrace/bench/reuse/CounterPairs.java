package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storytrace.provenance.ReuseClass;

/**
 * Reads records in the COUNTER layout ({@code ../shared/eval/reuse/counter-urdu/SOURCE.md}): one article a line
 * with {@code item}, {@code role} (source or derived), {@code label} (WD, PD, ND), {@code text}, and optionally
 * {@code lang}, {@code outlet} and {@code date} (DD.MM.YY), into pairs in item order.
 */
final class CounterPairs {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yy");

    private CounterPairs() {
    }

    static boolean isCounter(JsonNode r) {
        return r.hasNonNull("item") && r.hasNonNull("role") && r.hasNonNull("label") && r.hasNonNull("text");
    }

    static List<CounterPair> of(String set, List<JsonNode> records) {
        Map<String, JsonNode[]> byItem = new TreeMap<>();
        for (JsonNode r : records) {
            if (!isCounter(r)) {
                throw new IllegalArgumentException(set + ": record " + r.path("id").asText("?") + " needs item, role, label and text");
            }
            JsonNode[] two = byItem.computeIfAbsent(r.get("item").asText(), k -> new JsonNode[2]);
            String role = r.get("role").asText();
            int side = switch (role) {
                case "source" -> 0;
                case "derived" -> 1;
                default -> throw new IllegalArgumentException(set + ": item " + r.get("item").asText() + ": unknown role '" + role + "'");
            };
            two[side] = r;
        }
        List<CounterPair> out = new ArrayList<>();
        byItem.forEach((item, two) -> {
            if (two[0] == null || two[1] == null) {
                throw new IllegalArgumentException(set + ": item " + item + " has no " + (two[0] == null ? "source" : "derived") + " article");
            }
            out.add(new CounterPair(item, ReuseClass.ofCode(two[1].get("label").asText()), article(two[0]), article(two[1])));
        });
        return out;
    }

    private static CounterArticle article(JsonNode r) {
        String date = r.path("date").asText("");
        java.time.Instant published;
        try {
            published = date.isBlank() ? null : LocalDate.parse(date, DAY).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            // Three dev dates do not read ("0..14", "8.09.14", "27-07-14"): left unknown, as ingest leaves such a date.
            published = null;
        }
        return new CounterArticle(r.path("id").asText(r.get("item").asText() + "-" + r.get("role").asText()),
                r.path("lang").asText(null), r.path("outlet").asText(null), r.get("text").asText(), published);
    }
}
