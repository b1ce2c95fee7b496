package org.storytrace.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Truncation;

/**
 * What extraction made of one raw document.
 *
 * @param metadata         what the container declared, completed by what the page itself says
 * @param text             body text, paragraphs separated by one blank line, furniture removed; may be empty
 * @param truncation       whether a paywall or teaser cut the text, and the lines that showed it
 * @param furniture        paragraphs removed as boilerplate, verbatim (after whitespace normalisation), in text order
 * @param pass             what produced the text: {@code text}, {@code html:articleBody} (a publisher's body
 *                         container), {@code html:density} (the densest block of paragraphs),
 *                         {@code html:paragraphs} (every paragraph of the page) or {@code html:body} (all body text)
 * @param canonicalUrl     the page's own canonical URL (link rel=canonical, og:url or JSON-LD), or null
 * @param modified         when the page says it was last modified, or null
 * @param declaredLanguage the primary subtag of the language the page declares ({@code <html lang>}, meta, JSON-LD),
 *                         or null
 * @param detectedLanguage the language the body text looks like, from its script and common words, or null when
 *                         the text is too short or unclear to tell
 * @param notes            what was capped or missing on the way (an oversize page cut, a too-deep DOM flattened,
 *                         a page without article text), one line each
 */
public record Extraction(ArticleMetadata metadata, String text, Truncation truncation, List<String> furniture,
                         String pass, String canonicalUrl, Instant modified, String declaredLanguage,
                         String detectedLanguage, List<String> notes) {
    public Extraction {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(truncation, "truncation");
        Objects.requireNonNull(pass, "pass");
        furniture = List.copyOf(furniture);
        notes = List.copyOf(notes);
        if (pass.isBlank()) {
            throw new IllegalArgumentException("extraction: pass must name what produced the text");
        }
    }

    /** The language to go on: detected from the text when it could be, else declared by the container or page. */
    public String language() {
        return detectedLanguage != null ? detectedLanguage
                : metadata.language() != null ? metadata.language() : declaredLanguage;
    }
}
