package org.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.EdgeType;
import org.storytrace.model.Truncation;
import org.storytrace.testing.Shared;

/** Direction between an original and its human translations, on real WMT22 documents (no dates, no attribution cues). */
class TranslationDirectionTest {
    private static final Analyser ANALYSER = new Analyser();
    private final Provenance provenance = new Provenance();

    /** The members of one gold story, ids as "lang-role" (e.g. "en-src", "hr-ref-A"); outlet kept or dropped. */
    private static List<Member> story(String storyId, boolean withOutlet) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Member> out = new ArrayList<>();
        for (String line : Files.readAllLines(Shared.root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl"))) {
            JsonNode r = json.readTree(line);
            if (!r.get("story").asText().equals(storyId)) {
                continue;
            }
            String id = r.get("id").asText().replaceFirst(".*#", "");
            String lang = r.get("lang").asText();
            String text = r.get("text").asText();
            String outlet = withOutlet ? r.get("source").asText() : null;
            Article a = new Article(id, id + "-hash", id, new ArticleMetadata(null, null, outlet, null, null, lang), text,
                    Truncation.NONE, List.of(), Instant.EPOCH);
            out.add(new Member(a, ANALYSER.analyse(text, lang)));
        }
        assertThat(out).as(storyId).isNotEmpty();
        return out;
    }

    private static String firstStoryOf(String origlang, int size) throws IOException {
        ObjectMapper json = new ObjectMapper();
        java.util.Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(Shared.root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl"))) {
            JsonNode r = json.readTree(line);
            if (r.get("origlang").asText().equals(origlang)) {
                sizes.merge(r.get("story").asText(), 1, Integer::sum);
            }
        }
        return sizes.entrySet().stream().filter(e -> e.getValue() == size).map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void twoIndependentTranslationsIntoOneLanguageBothDeriveFromTheOriginal() throws IOException {
        // English originals with two Croatian translations: neither Croatian text is a copy of the other.
        List<Member> members = story(firstStoryOf("en", 3), false);
        DerivationGraph g = provenance.trace("s", members);
        assertThat(g.originId()).isEqualTo("en-src");
        for (String hr : List.of("hr-ref-A", "hr-ref-stud")) {
            DerivationEdge e = g.edgesFrom(hr).get(0);
            assertThat(e.sourceId()).as(hr).isEqualTo("en-src");
            assertThat(e.type()).as(hr).isEqualTo(EdgeType.TRANSLATION);
            assertThat(e.evidence()).extracting(x -> x.signal()).contains("parallel versions");
        }
    }

    @Test
    void versionInItsOutletsLanguageIsTheOriginal() throws IOException {
        String storyId = "ru:lenta.ru.89649";
        DerivationGraph g = provenance.trace("s", story(storyId, true));
        assertThat(g.originId()).isEqualTo("ru-src");
        DerivationEdge e = g.edgesFrom("en-ref-A").get(0);
        assertThat(e.type()).isEqualTo(EdgeType.TRANSLATION);
        assertThat(e.evidence()).filteredOn(x -> x.signal().equals("outlet")).singleElement()
                .extracting(x -> x.description()).asString().contains("outlet's language (ru)");
    }

    @Test
    void outletLanguageComesFromALanguageTagOrACountryDomainOnly() {
        assertThat(Locality.outletLanguages("yahoo-ja")).containsExactly("ja");
        assertThat(Locality.outletLanguages("en.ndtv.com")).containsExactly("en");
        assertThat(Locality.outletLanguages("https://lenta.ru/news/2022/")).containsExactly("ru");
        assertThat(Locality.outletLanguages("dhnet.be")).containsExactlyInAnyOrder("fr", "nl");
        assertThat(Locality.outletLanguages("dailymail.co.uk")).containsExactly("en");
        assertThat(Locality.outletLanguages("bbc")).isEmpty();
        assertThat(Locality.outletLanguages("example.tv")).isEmpty();
        assertThat(Locality.outletLanguages(null)).isEmpty();
    }

    @Test
    void countriesAreNamedInTheTextsOwnLanguageWithInflections() {
        assertThat(Locality.languagesNamed(ANALYSER.analyse("Власти России заявили, что Россия не будет участвовать.", "ru")))
                .containsEntry("ru", 2);
        assertThat(Locality.languagesNamed(ANALYSER.analyse("The Japanese government met in Japan.", "en"))).containsEntry("ja", 2);
        // タイム ("time") is not タイ (Thailand); 日本 is Japan even inside 日本人.
        assertThat(Locality.languagesNamed(ANALYSER.analyse("タイムは日本人の記録です。", "ja"))).doesNotContainKey("th").containsEntry("ja", 1);
    }
}
