package org.storytrace.analyse;

import java.util.Objects;
import org.storytrace.model.Span;

/**
 * A word or number in the text. {@code norm} is lower-cased and stripped of accents, so that Noël and Noel
 * meet; {@code stem} is a light suffix-stripped form for comparing paraphrases ("discussions" / "discussion").
 */
public record Token(Span span, String text, String norm, String stem, Type type) {
    /** What kind of token. */
    public enum Type { WORD, NUMBER }

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(type, "type");
    }
}
