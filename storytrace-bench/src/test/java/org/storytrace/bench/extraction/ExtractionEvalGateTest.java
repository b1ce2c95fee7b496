package org.storytrace.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.Ingester;

/**
 * The eval gate, like trafilatura's {@code tests/eval_gate.py}: extraction quality may not drop below pinned floors
 * on the two body-text benchmarks. Floors sit about 0.005 under the figures measured when they were pinned
 * (EVALUATION.md), so a real regression fails and noise does not; raise them when the extractor improves.
 */
class ExtractionEvalGateTest {
    private static final Path EXTRACTION = Path.of(System.getProperty("storytrace.shared", "../../shared"))
            .resolve("eval/extraction");

    /** Measured 0.9765 (P 0.973, R 0.980) when raised, 2026-11-29; half a point of slack. */
    private static final double SCRAPINGHUB_F1_FLOOR = 0.971;

    /** Measured 0.904 (P 0.908, R 0.899) on the 660-page dev split when raised, 2026-11-29; half a point of slack. */
    private static final double TRAFILATURA_F1_FLOOR = 0.899;

    private final PageExtractor extractor = new PageExtractor(new Ingester(), new Extractor());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void scrapinghubF1StaysAboveItsFloor() throws IOException {
        SetScore score = new ScrapinghubScoring(json).score(EXTRACTION.resolve("scrapinghub"), extractor);

        assertThat(score.figure("f1")).as("scrapinghub F1").isGreaterThanOrEqualTo(SCRAPINGHUB_F1_FLOOR);
    }

    @Test
    void trafilaturaDevF1StaysAboveItsFloor() throws IOException {
        SetScore score = new TrafilaturaScoring(json).score(EXTRACTION.resolve("trafilatura"), extractor);

        assertThat(score.figure("f1")).as("trafilatura-dev F1").isGreaterThanOrEqualTo(TRAFILATURA_F1_FLOOR);
    }
}
