package org.storytrace.model;

import java.util.List;

/**
 * Whether the text is only part of the article (a paywall, a teaser), and how much of it is visible.
 * {@code visibleFraction} is 1.0 for a whole article and NaN when truncated by an unknown amount.
 * {@code markers} are the lines or signals that gave it away, verbatim.
 */
public record Truncation(boolean truncated, double visibleFraction, List<String> markers) {
    public static final Truncation NONE = new Truncation(false, 1.0, List.of());

    public Truncation {
        if (!Double.isNaN(visibleFraction) && (visibleFraction < 0 || visibleFraction > 1)) {
            throw new IllegalArgumentException("truncation: visible fraction " + visibleFraction + " outside [0,1]");
        }
        if (!truncated && visibleFraction != 1.0) {
            throw new IllegalArgumentException("truncation: a whole article has visible fraction 1, not " + visibleFraction);
        }
        markers = List.copyOf(markers);
    }
}
