package org.storytrace.bench;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.storytrace.analyse.Analysis;

/**
 * optimaize language-detector with all built-in profiles, configured as core's {@code LanguageIdentifier} was before
 * this measurement (large-text factory, undetermined below probability 0.5), so the baseline is what shipped.
 */
final class OptimaizeCandidate implements LangIdCandidate {
    /** Core's {@code LanguageIdentifier.MIN_CONFIDENCE} at the time of the measurement. */
    private static final double MIN_CONFIDENCE = 0.5;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private final Set<String> languages;

    OptimaizeCandidate() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
            languages = profiles.stream().map(p -> LanguageCodes.comparable(p.getLocale().getLanguage()))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("eval langid: cannot load optimaize profiles", e);
        }
    }

    @Override
    public String name() {
        return "optimaize-0.6";
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public String identify(String text) {
        List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(text));
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_CONFIDENCE) {
            return Analysis.UNDETERMINED;
        }
        return LanguageCodes.comparable(probabilities.get(0).getLocale().getLanguage());
    }
}
