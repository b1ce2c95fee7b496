package org.storytrace.analyse;

import java.util.Objects;
import org.storytrace.model.Span;

/**
 * A name, number or date found in the text. {@code key} is language-neutral so mentions from two articles can be
 * matched: accent-free lower case for names ("jean-noel barrot"), the value for numbers ("80%", "2025"),
 * ISO form for dates ("2025-01-20", "--11-11" when the year is not given).
 */
public record Mention(Kind kind, Span span, String text, String key) {
    /** What was mentioned. */
    public enum Kind { NAME, NUMBER, PERCENT, MONEY, DATE }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
    }
}
