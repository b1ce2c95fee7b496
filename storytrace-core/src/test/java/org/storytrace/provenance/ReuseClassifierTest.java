package org.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.testing.Shared;

/** The text-reuse classifier on real COUNTER pairs (Urdu agency story and newspaper story). */
class ReuseClassifierTest {
    private static final Analyser ANALYSER = new Analyser();
    private static final ReuseClassifier MODEL = ReuseClassifier.bundled();
    /** The dev set's texts by article id ({@code 0433-source}, ...). */
    private static Map<String, String> texts;

    @BeforeAll
    static void readCounterDev() {
        texts = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(Shared.root().resolve("eval/reuse/counter-urdu/counter.dev.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode r = json.readTree(line);
                texts.put(r.get("id").asText(), r.get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analysis analysed(String id) {
        return ANALYSER.analyse(texts.get(id), "ur");
    }

    @Test
    void whollyDerivedNewspaperStoryIsToldApartFromAnIndependentOne() {
        // 0433 is labelled WD (the Nawa-i-Waqt story is the APP story, lightly edited); 0457 is labelled ND.
        Reuse copied = MODEL.classify(analysed("0433-derived"), analysed("0433-source"));
        Reuse independent = MODEL.classify(analysed("0457-derived"), analysed("0457-source"));
        assertThat(copied.reuseClass()).isEqualTo(ReuseClass.WHOLLY_DERIVED);
        assertThat(independent.reuseClass()).isEqualTo(ReuseClass.NOT_DERIVED);
        assertThat(copied.derivedProbability()).isGreaterThan(0.9);
        assertThat(independent.derivedProbability()).isLessThan(0.5);
        assertThat(copied.features().get("containment_3")).isGreaterThan(independent.features().get("containment_3"));
    }

    @Test
    void aTextAgainstItselfIsWhollyDerived() {
        Analysis a = analysed("0457-source");
        Reuse self = MODEL.classify(a, a);
        assertThat(self.reuseClass()).isEqualTo(ReuseClass.WHOLLY_DERIVED);
        assertThat(self.features().get("containment_5")).isEqualTo(1.0);
        assertThat(self.features().get("tiling_coverage")).isEqualTo(1.0);
    }

    @Test
    void bundledModelNamesItsFeaturesAndItsContributionsAddUpToTheDecision() {
        Reuse r = MODEL.classify(analysed("0433-derived"), analysed("0433-source"));
        assertThat(MODEL.version()).startsWith("trained");
        assertThat(r.features().keySet()).containsExactlyElementsOf(ReuseClassifier.FEATURES);
        assertThat(r.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        // The contributions are the log-odds of the chosen class over the runner-up, split by feature.
        double runnerUp = r.probabilities().entrySet().stream().filter(e -> e.getKey() != r.reuseClass())
                .mapToDouble(Map.Entry::getValue).max().orElseThrow();
        double logOdds = r.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(logOdds).isCloseTo(Math.log(r.probability() / runnerUp), within(1e-9));
        assertThat(r.carriedBy(3)).hasSize(3);
        assertThat(Math.abs(r.carriedBy(3).get(0).getValue())).isGreaterThanOrEqualTo(Math.abs(r.carriedBy(3).get(2).getValue()));
    }

    @Test
    void modelFittedOnOtherFeaturesIsRefusedNamingThem() throws IOException {
        ObjectNode n = (ObjectNode) new ObjectMapper().readTree(ReuseClassifier.class.getResourceAsStream("reuse-model.json"));
        n.putArray("features").add("containment_1").add("cosine");
        assertThatThrownBy(() -> ReuseClassifier.read(n)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reuse model: features [containment_1, cosine]");
    }

    @Test
    void tilingFindsReorderedPassagesAndCountsEachWordOnce() {
        List<String> a = List.of("a", "b", "c", "d", "x", "e", "f", "g");
        List<String> b = List.of("e", "f", "g", "y", "a", "b", "c", "d", "a", "b", "c");
        Tiling t = Tiling.of(a, b, 3);
        assertThat(t.longest()).isEqualTo(4);
        assertThat(t.covered()).isEqualTo(7);
        assertThat(Tiling.of(List.of(), b, 3)).isEqualTo(new Tiling(0, 0));
        assertThat(Tiling.of(List.of("a", "b"), List.of("a", "b"), 3)).isEqualTo(new Tiling(0, 2));
    }
}
