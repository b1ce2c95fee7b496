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
