package org.storytrace.ingest;

import java.util.Objects;
import org.storytrace.model.ArticleMetadata;

/**
 * One document as read, before extraction: its text or HTML and whatever metadata the container declared
 * (JSONL fields, the inline header of a text file).
 *
 * @param origin names the input for messages and the store: a path, {@code path:line} for JSONL, or a URL
 */
public record RawDocument(String origin, Format format, String content, ArticleMetadata declared) {
    /** What {@code content} holds. */
    public enum Format { TEXT, HTML }

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(declared, "declared");
    }
}
