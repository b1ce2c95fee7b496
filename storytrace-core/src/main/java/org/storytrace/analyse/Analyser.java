package org.storytrace.analyse;

import java.util.List;
import org.storytrace.model.Span;

/**
 * Stage 3 entry point: {@code analyse(text, declaredLanguage)} returns the language, sentences, tokens and
 * mentions of a body text. Holds the language profiles, so build one and share it; it is thread-safe.
 */
public final class Analyser {
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();

    /**
     * Analyses {@code text}. A declared language (from the page or the export) is trusted when given;
     * otherwise it is detected, and reported as {@code und} when detection is not confident.
     */
    public Analysis analyse(String text, String declaredLanguage) {
        String language;
        double confidence;
        if (declaredLanguage != null && !declaredLanguage.isBlank()) {
            language = declaredLanguage.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
            confidence = 1.0;
        } else {
            LanguageIdentifier.Guess g = languages.identify(text);
            language = g.language();
            confidence = g.probability();
        }
        List<Sentence> ss = sentences.split(text);
        List<Token> ts = tokenizer.tokenize(text);
        List<Mention> ms = new MentionFinder(language).find(text, ts, ss);
        return new Analysis(text, language, confidence, ss, ts, ms);
    }

    /** The sentence spans alone, for callers that only need boundaries. */
    public List<Span> sentenceSpans(String text) {
        return sentences.split(text).stream().map(Sentence::span).toList();
    }
}
