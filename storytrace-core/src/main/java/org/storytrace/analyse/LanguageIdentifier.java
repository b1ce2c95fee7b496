package org.storytrace.analyse;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language identification with optimaize language-detector (n-gram profiles for 71 languages, 4 MB, pure Java).
 * Chosen over lingua for the first version because it loads in well under a second and needs no model download;
 * the measured comparison is in EVALUATION.md.
 */
final class LanguageIdentifier {
    /** Below this probability the language is reported as undetermined rather than guessed. */
    static final double MIN_CONFIDENCE = 0.5;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    LanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("analyse: cannot load language profiles from the classpath", e);
        }
    }

    /** The most probable language and its probability, or {@code und} with the best probability seen. */
    Guess identify(String text) {
        List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(text));
        if (probabilities.isEmpty()) {
            return new Guess(Analysis.UNDETERMINED, 0);
        }
        DetectedLanguage best = probabilities.get(0);
        String code = best.getLocale().getLanguage();
        return best.getProbability() >= MIN_CONFIDENCE ? new Guess(code, best.getProbability()) : new Guess(Analysis.UNDETERMINED, best.getProbability());
    }

    record Guess(String language, double probability) {
    }
}
