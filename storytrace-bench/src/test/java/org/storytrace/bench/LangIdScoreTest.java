package org.storytrace.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analysis;

class LangIdScoreTest {
    private static final String ARTICLE = "x".repeat(LangIdScore.SHORT_TEXT_CHARS);
    private static final String HEADLINE = "x".repeat(LangIdScore.SHORT_TEXT_CHARS - 1);

    private static final List<LangIdSample> SAMPLES = List.of(
            new LangIdSample("en", ARTICLE), new LangIdSample("en", ARTICLE), new LangIdSample("en", HEADLINE),
            new LangIdSample("fr", ARTICLE), new LangIdSample("fr", HEADLINE), new LangIdSample("ja", HEADLINE));
    private static final List<String> ANSWERS = List.of("en", "en", "de", "fr", Analysis.UNDETERMINED, "zh");

    @Test
    void perLanguageAccuracyCountsRightAnswersOutOfThatLanguagesTexts() {
        LangIdScore score = LangIdScore.of(SAMPLES, ANSWERS);
        assertThat(score.perLanguage()).containsOnlyKeys("en", "fr", "ja");
        assertThat(score.perLanguage().get("en")).isEqualTo(new LangIdScore.Tally(2, 3));
        assertThat(score.perLanguage().get("fr")).isEqualTo(new LangIdScore.Tally(1, 2));
        assertThat(score.perLanguage().get("ja").accuracy()).isZero();
        assertThat(score.all().accuracy()).isCloseTo(3.0 / 6, within(1e-12));
    }

    @Test
    void undeterminedIsWrongAndAlsoCountedOnItsOwn() {
        LangIdScore score = LangIdScore.of(SAMPLES, ANSWERS);
        assertThat(score.undetermined()).isEqualTo(1);
        assertThat(score.undeterminedShare()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(score.perLanguage().get("fr").correct()).isEqualTo(1);
    }

    @Test
    void textsUnderOneHundredCharactersAreScoredAsShort() {
        LangIdScore score = LangIdScore.of(SAMPLES, ANSWERS);
        assertThat(score.shortTexts()).isEqualTo(new LangIdScore.Tally(0, 3));
        assertThat(score.longTexts()).isEqualTo(new LangIdScore.Tally(3, 3));
    }

    @Test
    void shortnessCountsCharactersNotUtf16Units() {
        String ninetyNineEmoji = "\uD83D\uDE00".repeat(LangIdScore.SHORT_TEXT_CHARS - 1);
        assertThat(LangIdScore.isShort(ninetyNineEmoji)).isTrue();
    }

    @Test
    void accuracyOnALanguageSubsetPoolsOnlyThoseLanguages() {
        LangIdScore score = LangIdScore.of(SAMPLES, ANSWERS);
        assertThat(score.on(Set.of("en", "fr"))).isEqualTo(new LangIdScore.Tally(3, 5));
        assertThat(score.on(Set.of("ko")).accuracy()).isNaN();
    }

    @Test
    void emptySplitHasNoAccuracyRatherThanZero() {
        LangIdScore score = LangIdScore.of(List.of(new LangIdSample("en", ARTICLE)), List.of("en"));
        assertThat(score.shortTexts().accuracy()).isNaN();
        assertThat(score.longTexts().accuracy()).isEqualTo(1.0);
    }

    @Test
    void answersThatDoNotLineUpWithTextsAreRejected() {
        assertThatThrownBy(() -> LangIdScore.of(SAMPLES, List.of("en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 texts but 1 answers");
    }
}
