package org.storytrace.provenance;

import java.util.Objects;
import org.storytrace.analyse.Analysis;
import org.storytrace.model.Article;

/** A story member as provenance needs it: the stored article and its analysis. */
public record Member(Article article, Analysis analysis) {
    public Member {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
    }

    public String id() {
        return article.id();
    }
}
