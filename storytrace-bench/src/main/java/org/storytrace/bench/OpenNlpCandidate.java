package org.storytrace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's maximum-entropy language detector with the langdetect-183 model (103 languages, ISO 639-3) from
 * the Maven Central artifact {@code opennlp-models-langdetect}. It always answers, so it never reports undetermined.
 */
final class OpenNlpCandidate implements LangIdCandidate {
    /** Where the model artifact keeps the model at the root of its jar. */
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private final LanguageDetectorME detector;
    private final Set<String> languages;

    OpenNlpCandidate() {
        try (InputStream in = OpenNlpCandidate.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("eval langid: " + MODEL_RESOURCE + " is not on the classpath");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("eval langid: cannot read " + MODEL_RESOURCE, e);
        }
        languages = Arrays.stream(detector.getSupportedLanguages()).map(LanguageCodes::comparable)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "opennlp-2.5.4-langdetect-183";
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public String identify(String text) {
        return LanguageCodes.comparable(detector.predictLanguage(text).getLang());
    }
}
