package org.storytrace.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored article: clean body text plus what extraction learnt about it.
 *
 * @param id          short stable id, a prefix of {@code contentHash}
 * @param contentHash SHA-256 (hex) of the normalised body text: the identity used for idempotent ingest
 * @param origin      where it was read from (file path, file:line for JSONL, URL)
 * @param metadata    title, outlet, byline, publication time, language (declared or detected)
 * @param text        body text, paragraphs separated by a blank line, furniture removed
 * @param truncation  paywall or teaser truncation, with the markers that showed it
 * @param furniture   boilerplate lines removed from the body, kept as evidence
 * @param ingestedAt  when this archive first stored it
 */
public record Article(String id, String contentHash, String origin, ArticleMetadata metadata, String text,
                      Truncation truncation, List<String> furniture, Instant ingestedAt) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(truncation, "truncation");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        if (!contentHash.startsWith(id)) {
            throw new IllegalArgumentException("article " + origin + ": id " + id + " is not a prefix of its hash");
        }
        furniture = List.copyOf(furniture);
    }

    /** The best known time of the article: publication if declared, else when it was ingested. */
    public Instant seen() {
        return metadata.published() != null ? metadata.published() : ingestedAt;
    }

    public String language() {
        return metadata.language();
    }
}
