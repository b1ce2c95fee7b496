package org.storytrace.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Problem;

/**
 * Reads a JSONL export: one JSON object a line with {@code url}, {@code title}, {@code outlet}, {@code byline},
 * {@code published} (ISO date or date-time), {@code language} and {@code text} or {@code html}. A bad line is a
 * problem named {@code origin:LINE}; the lines around it are still read.
 */
final class JsonLines {
    private static final String[] STRING_FIELDS = {"url", "title", "outlet", "byline", "published", "language", "text", "html"};

    private final ObjectMapper mapper;

    JsonLines(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    IngestResult read(String origin, String content) {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int lineNumber = 0;
        int pos = 0;
        while (pos <= content.length()) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? content.length() : nl;
            String line = content.substring(pos, end);
            lineNumber++;
            pos = end + 1;
            if (!line.isBlank()) {
                readLine(origin + ":" + lineNumber, line, documents, problems);
            }
        }
        return new IngestResult(documents, problems);
    }

    private void readLine(String where, String line, List<RawDocument> documents, List<Problem> problems) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(where, "not JSON (" + e.getOriginalMessage() + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem(where, "not a JSON object"));
            return;
        }
        for (String field : STRING_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(new Problem(where, "field '" + field + "' is not a string"));
                return;
            }
        }
        // Text wins over HTML when an export has both: it is what the exporter already judged to be the body.
        String text = string(node, "text");
        String html = string(node, "html");
        if (isBlank(text) && isBlank(html)) {
            problems.add(new Problem(where, "has neither text nor html"));
            return;
        }
        Instant published = null;
        String declaredDate = string(node, "published");
        if (!isBlank(declaredDate)) {
            published = IsoDates.parse(declaredDate).orElse(null);
            if (published == null) {
                // The article is still worth reading; only its date is dropped.
                problems.add(new Problem(where, "published '" + declaredDate + "' is not an ISO date or date-time; ignored"));
            }
        }
        ArticleMetadata declared = new ArticleMetadata(string(node, "url"), string(node, "title"),
                string(node, "outlet"), string(node, "byline"), published, string(node, "language"));
        documents.add(isBlank(text)
                ? new RawDocument(where, RawDocument.Format.HTML, html, declared)
                : new RawDocument(where, RawDocument.Format.TEXT, text, declared));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
