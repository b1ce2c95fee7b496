package org.storytrace.analyse;

import java.util.Objects;
import org.storytrace.model.Span;

/**
 * One sentence (or a heading line) of the text. {@code paragraph} counts paragraphs from 0; {@code heading}
 * marks a short line standing alone without final punctuation, as editors' subheadings do.
 */
public record Sentence(Span span, int paragraph, boolean heading) {
    public Sentence {
        Objects.requireNonNull(span, "span");
    }
}
