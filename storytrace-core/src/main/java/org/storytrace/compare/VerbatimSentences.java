package org.storytrace.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.storytrace.analyse.Analysis;

/**
 * The source sentences a target sentence repeats word for word. A sentence the source has several times is matched
 * to its occurrences in turn, so that comparing an article that repeats a sentence with itself keeps every copy
 * (all were matched to the first, and the others reported dropped: CompareBadInputTest). Once the source's copies
 * are used up, further target copies go to the first, as before.
 */
final class VerbatimSentences {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Map<String, List<Integer>> occurrences = new HashMap<>();
    private final Map<String, Integer> used = new HashMap<>();

    VerbatimSentences(Analysis source) {
        for (int i = 0; i < source.sentences().size(); i++) {
            occurrences.computeIfAbsent(normalised(source.sentences().get(i).span().of(source.text())), k -> new ArrayList<>()).add(i);
        }
    }

    /** The source sentence with the same words as {@code sentence}, or null. */
    Integer next(String sentence) {
        String key = normalised(sentence);
        List<Integer> at = occurrences.get(key);
        if (at == null) {
            return null;
        }
        int k = used.merge(key, 1, Integer::sum) - 1;
        return at.get(k < at.size() ? k : 0);
    }

    private static String normalised(String sentence) {
        return WHITESPACE.matcher(sentence.strip()).replaceAll(" ");
    }
}
