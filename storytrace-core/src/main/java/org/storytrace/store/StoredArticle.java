package org.storytrace.store;

import java.util.Objects;
import org.storytrace.model.Article;
import org.storytrace.model.Fingerprint;

/** An article as the store keeps it: with the story it joined and its retrieval fingerprint. */
public record StoredArticle(Article article, String storyId, Fingerprint fingerprint) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
