package org.storytrace.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English pivot side: a phrase from a dictionary, or a word of an English article, becomes the light stems
 * ({@link Normalizer#stem}) of its content words, so that "to govern", "governs" and "Governing" all give
 * "govern" and meet the tokens' own {@link Token#stem()}.
 */
final class PivotTerms {
    /**
     * A translation with more content words than this is an explanation ("somebody who sells something or works
     * as something"), not a word the article would use, so it gives no pivot.
     */
    static final int MAX_PHRASE_WORDS = 3;
    /** Same shape as the tokenizer's words, restricted to ASCII because English translations are written so. */
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:['\\-][a-z]+)*");
    private static final Pattern NOT_ENGLISH = Pattern.compile("[^\\x00-\\x7f]");

    /**
     * Function words, and the placeholders dictionaries write for an object (sth, sb, one's): as pivots they would
     * make every pair of texts look alike.
     */
    static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "either", "etc", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much",
            "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "one's",
            "oneself", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "sb", "sb's",
            "shall", "she", "should", "smb", "smth", "so", "some", "somebody", "someone", "something", "sth", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
            "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
            "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves");

    private PivotTerms() {
    }

    /** The pivot of one folded English word, or null for a stop word. */
    static String ofWord(String folded) {
        if (STOP.contains(folded)) {
            return null;
        }
        String stem = Normalizer.stem(folded);
        return STOP.contains(stem) ? null : stem;
    }

    /**
     * The pivots of an English phrase in order, or none when it is not English, is all stop words or is too
     * long to be a translation.
     */
    static List<String> ofPhrase(String phrase) {
        String folded = Normalizer.fold(phrase);
        if (NOT_ENGLISH.matcher(folded).find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String p = ofWord(m.group());
            if (p != null && !out.contains(p)) {
                out.add(p);
                if (out.size() > MAX_PHRASE_WORDS) {
                    return List.of();
                }
            }
        }
        return out;
    }
}
