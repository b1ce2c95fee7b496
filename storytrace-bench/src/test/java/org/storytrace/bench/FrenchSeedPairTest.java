package org.storytrace.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.serve.InstalledDictionaries;
import picocli.CommandLine;

/**
 * The cross-lingual seed pair (eval-data/seed-pair-fr): its annotation is well formed, and a gate like
 * {@link SeedPairEvalGateTest} keeps its recall above floors pinned a little under what was measured when they were
 * set: with the Debian dictionaries 0.91 overall (kept 1.00, dropped 0.91, added 0.80, changed 0.89); without any
 * dictionary, through names, numbers and cognates only, 0.83 (kept 0.80, dropped 0.91, added 0.80, changed 0.78).
 */
class FrenchSeedPairTest {
    private static final Path SET = Path.of("..", "eval-data", "seed-pair-fr");
    private static final Path SHARED = Path.of(System.getProperty("storytrace.shared", "../../shared"));
    private static final Path ENGLISH_SET = SHARED.resolve("eval/seed-pair");
    private static final Path SEEDS = SHARED.resolve("seeds");
    /** Where scripts/install-dictionaries puts the French-English dictionary. */
    private static final Path FRENCH_DICTIONARY = InstalledDictionaries.DEFAULT_FOLDER.resolve("freedict-fra-eng.index");

    private static final double OVERALL_FLOOR = 0.88;
    private static final double FAMILY_FLOOR = 0.80;
    private static final double OVERALL_FLOOR_WITHOUT_DICTIONARIES = 0.80;
    private static final double FAMILY_FLOOR_WITHOUT_DICTIONARIES = 0.75;

    @Test
    void everyGoldSpanIsAnExactSubstringOfTheFileItNames() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(SET.resolve("changes.json").toFile());
        String source = Files.readString(SET.resolve(gold.get("source").asText()));
        String target = Files.readString(SEEDS.resolve(gold.get("target").asText()));
        List<String> missing = new ArrayList<>();
        for (JsonNode c : gold.get("changes")) {
            if (c.has("source") && !source.contains(c.get("source").asText())) {
                missing.add(c.get("id").asText() + " source");
            }
            if (c.has("target") && !target.contains(c.get("target").asText())) {
                missing.add(c.get("id").asText() + " target");
            }
        }
        assertThat(missing).isEmpty();
        for (JsonNode furniture : gold.get("truncation").get("furniture")) {
            assertThat(source).contains(furniture.asText());
        }
    }

    @Test
    void frenchGoldHasTheEnglishChangesWithTheSameIdsKindsAndTargets() throws Exception {
        JsonNode fr = new ObjectMapper().readTree(SET.resolve("changes.json").toFile());
        JsonNode en = new ObjectMapper().readTree(ENGLISH_SET.resolve("changes.json").toFile());
        assertThat(fr.get("changes")).hasSize(en.get("changes").size());
        for (int i = 0; i < en.get("changes").size(); i++) {
            JsonNode a = en.get("changes").get(i);
            JsonNode b = fr.get("changes").get(i);
            assertThat(b.get("id")).isEqualTo(a.get("id"));
            assertThat(b.get("kind")).isEqualTo(a.get("kind"));
            assertThat(b.get("target")).as(a.get("id").asText()).isEqualTo(a.get("target"));
            assertThat(b.has("source")).as(a.get("id").asText()).isEqualTo(a.has("source"));
        }
        assertThat(fr.get("target")).isEqualTo(en.get("target"));
    }

    @Test
    void frenchSeedPairRecallWithTheDictionariesStaysAboveItsFloors() throws Exception {
        assumeThat(Files.isRegularFile(FRENCH_DICTIONARY)).as("scripts/install-dictionaries has installed " + FRENCH_DICTIONARY).isTrue();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Supplier<PivotDictionary> installed = () -> new InstalledDictionaries(InstalledDictionaries.DEFAULT_FOLDER,
                InstalledDictionaries.cacheFolder(System.getenv()), quiet).load();
        JsonNode score = run(installed);
        assertThat(score.get("recall").asDouble()).isGreaterThanOrEqualTo(OVERALL_FLOOR);
        for (String family : new String[] {"kept", "dropped", "added", "changed"}) {
            assertThat(score.get(family).get("recall").asDouble()).as(family).isGreaterThanOrEqualTo(FAMILY_FLOOR);
        }
    }

    @Test
    void frenchSeedPairRecallWithoutDictionariesStaysAboveItsFloors() throws Exception {
        JsonNode score = run(PivotDictionary::empty);
        assertThat(score.get("recall").asDouble()).isGreaterThanOrEqualTo(OVERALL_FLOOR_WITHOUT_DICTIONARIES);
        for (String family : new String[] {"kept", "dropped", "added", "changed"}) {
            assertThat(score.get(family).get("recall").asDouble()).as(family).isGreaterThanOrEqualTo(FAMILY_FLOOR_WITHOUT_DICTIONARIES);
        }
    }

    @Test
    void frenchOriginalIsTheOriginWithLeMondeBehindItAndTheRewriteATranslationOfIt() throws Exception {
        JsonNode score = run(PivotDictionary::empty);
        assertThat(score.get("edge_type").asText()).isEqualTo("translation");
        assertThat(score.get("origin").asText()).isEqualTo("000-fr");
        // "Le Monde a appris" in a text of unknown outlet: Le Monde's article or a copy of it, Le Monde outside the archive.
        assertThat(score.get("origin_external").toString()).contains("Le Monde");
    }

    private static JsonNode run(Supplier<PivotDictionary> dictionaries) throws Exception {
        CommandLine cl = new CommandLine(new SeedPairEval(dictionaries));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        int exit = cl.execute("--set", SET.toString(), "--seeds", SEEDS.toString(), "--json");
        assertThat(exit).isZero();
        JsonNode score = new ObjectMapper().readTree(out.toString());
        assertThat(score.get("set").asText()).isEqualTo("seed-pair-fr");
        return score;
    }
}
