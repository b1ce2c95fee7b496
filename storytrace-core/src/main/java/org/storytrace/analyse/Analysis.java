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

    public List<Token> tokensIn(Span span) {
        return tokens.stream().filter(t -> t.span().start() >= span.start() && t.span().end() <= span.end()).toList();
    }

    public List<Mention> mentionsIn(Span span) {
        return mentions.stream().filter(m -> m.span().start() >= span.start() && m.span().end() <= span.end()).toList();
    }

    public String sentenceText(int index) {
        return sentences.get(index).span().of(text);
    }
}
