package org.storytrace.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word tokens as Python's {@code re.findall(r"\w+", text)} finds them (Unicode {@code str} patterns): runs of
 * letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and underscores. Java's {@code \w} with
 * {@code UNICODE_CHARACTER_CLASS} also takes combining marks and joiners, which would split Hindi or Thai words
 * differently from the benchmarks' own scripts.
 */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Counts of each token: a multiset. */
    static Map<String, Integer> bag(List<String> items) {
        Map<String, Integer> bag = new HashMap<>();
        items.forEach(t -> bag.merge(t, 1, Integer::sum));
        return bag;
    }

    /**
     * The benchmark's {@code _ngrams}: every run of {@code n} consecutive tokens, or the whole token list as one
     * shingle when there are fewer than {@code n} (none when there are no tokens).
     */
    static List<String> shingles(List<String> tokens, int n) {
        List<String> out = new ArrayList<>();
        int count = Math.max(1, tokens.size() - n + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + n, tokens.size()));
            if (!shingle.isEmpty()) {
                // U+0000 never occurs inside a \w token, so joining with it keeps shingles distinct.
                out.add(String.join("\u0000", shingle));
            }
        }
        return out;
    }
}
