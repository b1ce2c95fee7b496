package org.storytrace.model;

import java.time.Instant;

/**
 * What is known about an article besides its text. Every field may be null: a plain text
 * file knows none of them, a JSONL export or an HTML page may know all.
 */
public record ArticleMetadata(String url, String title, String outlet, String byline, Instant published, String language) {
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    /** Fills each field that is null here from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                url != null ? url : fallback.url,
                title != null ? title : fallback.title,
                outlet != null ? outlet : fallback.outlet,
                byline != null ? byline : fallback.byline,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language);
    }

    public ArticleMetadata withLanguage(String lang) {
        return new ArticleMetadata(url, title, outlet, byline, published, lang);
    }
}
