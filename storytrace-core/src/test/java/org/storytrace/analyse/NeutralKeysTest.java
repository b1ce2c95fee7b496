package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storytrace.testing.Shared;

class NeutralKeysTest {
    private static final Analyser ANALYSER = new Analyser();
    private final NeutralKeys keys = new NeutralKeys();

    /** The WMT22 story of Banksy's shirts in Bristol, in each language of the dev set that carries it. */
    private static Map<String, String> banksyStory() throws IOException {
        Map<String, String> byLanguage = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Shared.root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl"))) {
            JsonNode n = json.readTree(line);
            if (n.path("story").asText().equals("en:rt.com.18622")) {
                byLanguage.putIfAbsent(n.path("lang").asText(), n.path("text").asText());
            }
        }
        return byLanguage;
    }

    @Test
    void namesMeetAcrossScriptsThroughTheirSoundSkeleton() throws IOException {
        Map<String, String> story = banksyStory();
        for (String language : List.of("en", "ru", "uk", "ja", "cs", "de")) {
            assertThat(keys.of(ANALYSER.analyse(story.get(language), language)))
                    .as("keys of the %s text", language).contains("s:pnks", "s:prst");
        }
    }

    @Test
    void transliterationFoldsEveryScriptToLowerCaseAscii() {
        assertThat(keys.latin("Київ")).isEqualTo("kiiv");
        assertThat(keys.latin("Vučić")).isEqualTo("vucic");
        assertThat(keys.latin("バンクシー")).matches("[a-z~]+");
    }

    @Test
    void skeletonsMergeTheLettersTransliterationsSwap() {
        assertThat(NeutralKeys.skeleton("hamilton")).isEqualTo(NeutralKeys.skeleton("hamiruton"));
        assertThat(NeutralKeys.skeleton("banksy")).isEqualTo(NeutralKeys.skeleton("benksi"));
    }

    @Test
    void yearsAndRoundFiguresAreNotKeysButTellingNumbersAre() {
        assertThat(NeutralKeys.isTelling("2020")).isFalse();
        assertThat(NeutralKeys.isTelling("500")).isFalse();
        assertThat(NeutralKeys.isTelling("3000")).isFalse();
        assertThat(NeutralKeys.isTelling("42")).isFalse();
        assertThat(NeutralKeys.isTelling("272")).isTrue();
        assertThat(NeutralKeys.isTelling("1500")).isTrue();
        assertThat(NeutralKeys.isTelling("70.82")).isTrue();
    }
}
