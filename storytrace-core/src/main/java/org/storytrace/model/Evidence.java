package org.storytrace.model;

import java.util.Objects;

/**
 * One reason behind a provenance decision. Spans point into the derived article ({@code derivedSpan})
 * and into its source ({@code sourceSpan}); either is null when the evidence is not textual.
 */
public record Evidence(String signal, String description, Span derivedSpan, Span sourceSpan) {
    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(description, "description");
    }
}
