package org.storytrace.provenance;

import java.util.Objects;
import org.storytrace.analyse.Analysis;
import org.storytrace.model.Article;

/**
 * A story member as provenance needs it: the stored article, its analysis, and the id of the earlier version of
 * the same page when this is a revision (null otherwise).
 */
public record Member(Article article, Analysis analysis, String revisionOf) {
    public Member {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
    }

    public Member(Article article, Analysis analysis) {
        this(article, analysis, null);
    }

    public String id() {
        return article.id();
    }
}
