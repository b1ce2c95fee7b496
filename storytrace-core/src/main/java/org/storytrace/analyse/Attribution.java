package org.storytrace.analyse;

import java.util.Objects;
import org.storytrace.model.Span;

/**
 * A phrase that says where the text's content comes from. {@code outlet} is the outlet it names, resolved from a
 * literal machine translation where one is known ("The World" → Le Monde), or null when the cue is generic
 * ("according to the authors of the publication").
 */
public record Attribution(Kind kind, Span span, String cue, String outlet) {
    /** Whose reporting the cue claims. */
    public enum Kind {
        /** The text relays another publication's reporting: a derived article. */
        CITES_PUBLICATION,
        /** The outlet presents the reporting as its own: "Le Monde has learned", "told Reuters". */
        FIRST_HAND
    }

    public Attribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cue, "cue");
    }
}
