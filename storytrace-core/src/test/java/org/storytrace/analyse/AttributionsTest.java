package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.storytrace.testing.Shared;

class AttributionsTest {
    private final Attributions attributions = new Attributions();

    @Test
    void rewriteCuesInSeed004AreFoundAsCitingAPublication() {
        List<Attribution> found = attributions.find(Shared.seedText("004"));
        assertThat(found).extracting(Attribution::cue).contains("the article emphasizes", "According to the authors of the publication",
                "The authors of the material add", "the authors of the material emphasize", "The publication also notes");
        assertThat(found).allMatch(a -> a.kind() == Attribution.Kind.CITES_PUBLICATION);
    }

    @Test
    void literalTranslationOfLeMondeIsResolvedByTheCountryTheTextIsAbout() {
        List<Attribution> found = attributions.find(Shared.seedText("000"));
        assertThat(found).first().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Attribution.Kind.FIRST_HAND);
            assertThat(a.cue()).isEqualTo("The World has learned");
            assertThat(a.outlet()).isEqualTo("Le Monde");
        });
        assertThat(attributions.find("Die Welt has learned? No: The World has learned that Berlin and the German chancellor disagree with Germany's allies."))
                .extracting(Attribution::outlet).contains("Die Welt");
    }

    @Test
    void wireDatelinesAtTheTopMarkTheAgencysOwnDispatch() throws Exception {
        // Openings of real dispatches: scrapinghub ground truth (Reuters, AP) and a COUNTER agency story (APP, in Urdu).
        com.fasterxml.jackson.databind.JsonNode truth = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Shared.root().resolve("eval/extraction/scrapinghub/ground-truth.json").toFile());
        String reuters = truth.get("359fee228518d55b921194561e9ca88e428df81940246f8fac7a75398377daea").get("articleBody").asText();
        String ap = truth.get("82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574").get("articleBody").asText();
        String app = java.nio.file.Files.readAllLines(Shared.root().resolve("eval/reuse/counter-urdu/counter.dev.jsonl")).stream()
                .map(l -> { try { return new com.fasterxml.jackson.databind.ObjectMapper().readTree(l); } catch (Exception e) { throw new AssertionError(e); } })
                .filter(r -> r.get("role").asText().equals("source") && r.get("text").asText().startsWith("ڈھاکہ"))
                .findFirst().orElseThrow().get("text").asText();
        for (String[] c : new String[][] {{reuters, "Reuters"}, {ap, "AP"}, {app, "APP"}}) {
            assertThat(attributions.find(c[0])).filteredOn(a -> a.kind() == Attribution.Kind.FIRST_HAND)
                    .extracting(Attribution::outlet).as(c[1]).containsExactly(c[1]);
        }
        // A parenthesised agency name deep in the text is a mention, not a dateline.
        assertThat(attributions.find("x ".repeat(Attributions.DATELINE_WINDOW) + "as the agency (AP) said"))
                .noneMatch(a -> a.kind() == Attribution.Kind.FIRST_HAND);
    }

    @Test
    void cuesInOtherLanguagesNameTheirOutlet() {
        assertThat(one("Selon Le Monde, Paris prépare un envoi de troupes.")).isEqualTo("Le Monde");
        assertThat(one("Wie die FAZ berichtet, zögert Berlin.")).isEqualTo("FAZ");
        assertThat(one("Según El País, Madrid duda.")).isEqualTo("El País");
        assertThat(one("Secondo La Repubblica, Roma esita.")).isEqualTo("La Repubblica");
        assertThat(one("Według Rzeczpospolita, Warszawa czeka.")).isEqualTo("Rzeczpospolita");
        assertThat(one("За даними Reuters, Київ готується.")).isEqualTo("Reuters");
        assertThat(one("Как сообщает ТАСС, Москва ответила.")).isEqualTo("ТАСС");
    }

    @Test
    void peopleIntroducedLikeOutletsAreNotOutlets() {
        assertThat(attributions.find("According to Donald Trump, the talks failed. He told Smith so.")).isEmpty();
    }

    @Property(tries = 300)
    void anyTextGivesCuesInsideIt(@ForAll String text) {
        for (Attribution a : attributions.find(text)) {
            assertThat(a.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(a.span().of(text)).isEqualTo(a.cue());
        }
    }

    private String one(String text) {
        List<Attribution> found = attributions.find(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0).outlet();
    }
}
