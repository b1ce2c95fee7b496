package org.storytrace.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of an RSS or Atom feed as the feed declares it.
 *
 * @param title       the item title, or null
 * @param link        the article URL (the item link, else a permalink guid), or null when the item names none
 * @param published   when the item says it was published, or null
 * @param updated     when the item says it was last updated, or null
 * @param author      the first author named, or null
 * @param contentHtml the full content when the feed carries it, else the summary, as HTML; never blank
 * @param summaryOnly true when {@code contentHtml} is only the summary, so the article page is worth fetching
 */
public record FeedItem(String title, String link, Instant published, Instant updated, String author,
                       String contentHtml, boolean summaryOnly) {
    public FeedItem {
        title = blankToNull(title);
        link = blankToNull(link);
        author = blankToNull(author);
        Objects.requireNonNull(contentHtml, "contentHtml");
        if (contentHtml.isBlank()) {
            throw new IllegalArgumentException("feed item: content is blank (link " + link + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
