package org.storytrace.analyse;

import java.util.List;
import java.util.Objects;
import org.storytrace.model.Span;

/**
 * Everything later stages need to know about a text, as spans into it. Sentences and tokens are in text order
 * and never overlap.
 *
 * @param language           ISO 639-1 code, or {@code und} when it could not be told
 * @param languageConfidence probability of {@code language} in [0,1]
 */
public record Analysis(String text, String language, double languageConfidence, List<Sentence> sentences,
                       List<Token> tokens, List<Mention> mentions) {
    public static final String UNDETERMINED = "und";

    public Analysis {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** The tokens lying wholly inside {@code span}, found by binary search since tokens are in text order. */
    public List<Token> tokensIn(Span span) {
        int from = firstStartingAtOrAfter(tokens, span.start(), Token::span);
        int to = from;
        while (to < tokens.size() && tokens.get(to).span().end() <= span.end()) {
            to++;
        }
        return tokens.subList(from, to);
    }

    /** The mentions lying wholly inside {@code span}. */
    public List<Mention> mentionsIn(Span span) {
        int from = firstStartingAtOrAfter(mentions, span.start(), Mention::span);
        int to = from;
        while (to < mentions.size() && mentions.get(to).span().end() <= span.end()) {
            to++;
        }
        return mentions.subList(from, to);
    }

    private static <T> int firstStartingAtOrAfter(List<T> items, int offset, java.util.function.Function<T, Span> spanOf) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spanOf.apply(items.get(mid)).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public String sentenceText(int index) {
        return sentences.get(index).span().of(text);
    }
}
