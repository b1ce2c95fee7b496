package org.storytrace.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ScrapinghubScoringTest {
    static final Path SET = Path.of(System.getProperty("storytrace.shared", "../../shared"))
            .resolve("eval/extraction/scrapinghub");

    @Test
    void wholePageTextScoresLikeThePublishedHtmlTextBaseline() throws IOException {
        Map<String, String> wholePage = new HashMap<>();
        try (Stream<Path> files = Files.list(SET.resolve("html"))) {
            for (Path file : files.toList()) {
                String id = file.getFileName().toString().replace(".html.gz", "");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    wholePage.put(id, Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text());
                }
            }
        }

        ScrapinghubScoring.Score score = ScrapinghubScoring.score(wholePage, SET);

        // SOURCE.md's check is the html-text row: P 0.500, R 0.994, F1 0.665. jsoup's text() is not html-text's,
        // so allow a little; a wrong tokenizer, shingle or averaging rule moves these by far more.
        assertThat(score.pages()).isEqualTo(181);
        assertThat(score.precision()).isCloseTo(0.500, within(0.01));
        assertThat(score.recall()).isCloseTo(0.994, within(0.005));
        assertThat(score.f1()).isCloseTo(0.665, within(0.01));
        assertThat(score.accuracy()).isZero();
    }

    @Test
    void sameTokensScoreOneWhateverThePunctuation() {
        Map<String, String> truth = Map.of("a", "One two three four five.", "b", "Short text");
        Map<String, String> predicted = Map.of("a", "One, two; three\nfour -- five", "b", "Short   text!");

        ScrapinghubScoring.Score score = ScrapinghubScoring.score(predicted, truth);

        assertThat(List.of(score.precision(), score.recall(), score.f1(), score.accuracy())).containsOnly(1.0);
    }

    @Test
    void emptyPredictionCountsAgainstRecallButIsLeftOutOfPrecision() {
        Map<String, String> truth = Map.of("found", "alpha beta gamma delta", "missed", "epsilon zeta eta theta");
        Map<String, String> predicted = Map.of("found", "alpha beta gamma delta", "missed", "");

        ScrapinghubScoring.Score score = ScrapinghubScoring.score(predicted, truth);

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(score.accuracy()).isEqualTo(0.5);
    }

    @Test
    void extraShinglesLowerPrecisionAndRepeatsCountAsAMultiset() {
        // Truth has one shingle "a b c d"; the prediction has it twice: TP 1, FP 1, FN 0.
        ScrapinghubScoring.Score score = ScrapinghubScoring.score(Map.of("p", "a b c d. a b c d"), Map.of("p", "a b c d"));

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isLessThan(1.0);
    }

    @Test
    void combiningMarksSplitTokensAsPythonsWordClassDoes() {
        // U+094D (virama) is a combining mark: not \w in Python, so "नमस्ते" is two tokens there.
        assertThat(ScrapinghubScoring.tokens("नमस्ते snake_case 42")).containsExactly("नमस", "त", "snake_case", "42");
    }

    @Test
    void predictionsMustCoverExactlyTheTruthsPages() {
        assertThatThrownBy(() -> ScrapinghubScoring.score(Map.of(), Map.of("p1", "text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("score: no prediction for page p1");
        assertThatThrownBy(() -> ScrapinghubScoring.score(Map.of("p1", "x", "p2", "y"), Map.of("p1", "text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("score: page p2 is not in the ground truth");
    }
}
