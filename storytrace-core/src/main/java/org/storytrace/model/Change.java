package org.storytrace.model;

import java.util.Objects;

/**
 * One difference (or one kept claim) between a source and a derived article. {@code sourceSpan} is null for
 * an addition and {@code targetSpan} null for a drop. {@code unverifiable} marks an addition that may come from
 * the part of a truncated source that was not visible.
 */
public record Change(ChangeKind kind, Span sourceSpan, Span targetSpan, String sourceText, String targetText,
                     String note, boolean unverifiable) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        if (sourceSpan == null && targetSpan == null) {
            throw new IllegalArgumentException("change " + kind.label() + ": needs a span on at least one side");
        }
    }
}
