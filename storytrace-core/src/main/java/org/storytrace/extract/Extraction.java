package org.storytrace.extract;

import java.util.List;
import java.util.Objects;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Truncation;

/**
 * What extraction made of one raw document.
 *
 * @param metadata   what the container declared, completed by what the page itself says
 * @param text       body text, paragraphs separated by one blank line, furniture removed; may be empty
 * @param truncation whether a paywall or teaser cut the text, and the lines that showed it
 * @param furniture  paragraphs removed as boilerplate, verbatim (after whitespace normalisation), in text order
 * @param pass       what produced the text: {@code text}, {@code html:articleBody}, {@code html:article},
 *                   {@code html:main}, {@code html:density} or {@code html:body-fallback}
 */
public record Extraction(ArticleMetadata metadata, String text, Truncation truncation, List<String> furniture,
                         String pass) {
    public Extraction {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(truncation, "truncation");
        Objects.requireNonNull(pass, "pass");
        furniture = List.copyOf(furniture);
        if (pass.isBlank()) {
            throw new IllegalArgumentException("extraction: pass must name what produced the text");
        }
    }
}
