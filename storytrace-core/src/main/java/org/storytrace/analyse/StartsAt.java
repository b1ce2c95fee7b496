package org.storytrace.analyse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern whose matches can only start at known positions, trying the pattern
 * there alone. Dates, sums and figures all hold a digit, and an article has a few dozen digits among thousands of
 * characters, so this spares the regular expression engine an attempt at every other position; those attempts
 * (month names in thirteen languages at every word) were a third of analysis. The matches are exactly
 * {@code find()}'s as long as the candidate positions include every position a match can start at:
 * {@code MentionFinderTest} holds each pattern to that on every eval text.
 */
final class StartsAt {
    private final Matcher matcher;
    private final int[] starts;
    private final int length;
    private int next;
    private int from;

    /** @param starts candidate start positions, ascending; null to try everywhere, as {@code find()} does */
    StartsAt(Pattern pattern, String text, int[] starts) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.starts = starts;
        this.length = text.length();
    }

    /** The next match, as {@code find()} would give it; the match is then read from {@link #matcher()}. */
    boolean find() {
        if (starts == null) {
            return matcher.find();
        }
        while (next < starts.length) {
            int s = starts[next++];
            if (s < from) {
                continue;
            }
            matcher.region(s, length);
            if (matcher.lookingAt()) {
                from = matcher.end() > s ? matcher.end() : s + 1;
                return true;
            }
        }
        return false;
    }

    Matcher matcher() {
        return matcher;
    }
}
