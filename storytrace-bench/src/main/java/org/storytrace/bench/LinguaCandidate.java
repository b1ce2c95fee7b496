package org.storytrace.bench;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.storytrace.analyse.Analysis;

/**
 * lingua with its models preloaded, so that load time and heap are paid in the constructor and not inside the
 * first timed detections. Undetermined is lingua's own {@code UNKNOWN} (no letters, or a tie).
 */
final class LinguaCandidate implements LangIdCandidate {
    private final String name;
    private final LanguageDetector detector;
    private final Set<String> languages;

    private LinguaCandidate(String name, List<Language> languages, boolean lowAccuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new));
        this.name = name;
        this.detector = (lowAccuracy ? builder.withLowAccuracyMode() : builder).withPreloadedLanguageModels().build();
        this.languages = languages.stream().map(LinguaCandidate::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Only the given ISO 639-1 languages; fewer models means less heap and fewer wrong neighbours. */
    static LinguaCandidate restrictedTo(String name, List<String> isoCodes, boolean lowAccuracy) {
        List<Language> languages = isoCodes.stream()
                .map(c -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))).toList();
        return new LinguaCandidate(name, languages, lowAccuracy);
    }

    static LinguaCandidate allLanguages(String name, boolean lowAccuracy) {
        return new LinguaCandidate(name, Language.all(), lowAccuracy);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public String identify(String text) {
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN ? Analysis.UNDETERMINED : code(language);
    }

    /** lingua caches models in static maps shared by every detector, so a dropped detector would not free them. */
    @Override
    public void close() {
        detector.unloadLanguageModels();
    }

    private static String code(Language language) {
        return LanguageCodes.comparable(language.getIsoCode639_1().name());
    }
}
