package org.storytrace.store;

import java.util.Objects;
import org.storytrace.model.Article;
import org.storytrace.model.Fingerprint;

/**
 * An article as the store keeps it: with the story it joined, its retrieval fingerprint and, when it is an edited
 * version of a page already stored (same canonical URL, other text), the id of the version it replaces.
 *
 * @param revisionOf the id of the previous version of the same page, or null for a first version
 */
public record StoredArticle(Article article, String storyId, Fingerprint fingerprint, String revisionOf) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (article.id().equals(revisionOf)) {
            throw new IllegalArgumentException("stored article " + article.id() + " cannot be a revision of itself");
        }
    }

    /** A first version: not a revision of anything stored. */
    public StoredArticle(Article article, String storyId, Fingerprint fingerprint) {
        this(article, storyId, fingerprint, null);
    }
}
