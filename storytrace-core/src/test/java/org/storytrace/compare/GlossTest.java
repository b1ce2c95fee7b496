package org.storytrace.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Mention;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.analyse.Token;

/** Reading French words as the terms of an English text, without a dictionary: names, aliases and cognates. */
class GlossTest {
    private static final Analyser ANALYSER = new Analyser();
    private static final Set<String> ENGLISH = Set.of("military", "troop", "operator", "proposal", "discussion", "n:united kingdom");

    private static List<String> terms(String french) {
        Gloss gloss = new Gloss(PivotDictionary.empty(), "fr", ENGLISH);
        return ANALYSER.analyse(french, "fr").tokens().stream().map(gloss::term).toList();
    }

    @Test
    void cognatesMeetTheEnglishTermTheyAreSpeltLike() {
        assertThat(terms("militaires troupes opérateur propositions discussions"))
                .containsExactly("military", "troop", "operator", "proposal", "discussion");
    }

    @Test
    void elidedArticleIsNotPartOfTheWord() {
        assertThat(Gloss.unelided("l'operateur")).isEqualTo("operateur");
        assertThat(terms("l’opérateur")).containsExactly("operator");
    }

    @Test
    void frenchFunctionWordsHaveNoTerm() {
        assertThat(terms("dans sur pour avec")).containsOnlyNulls();
    }

    @Test
    void wordWithoutTranslationKeepsItsOwnStemAndSoMatchesNothing() {
        assertThat(terms("savoir-faire")).containsExactly("savoir-fair");
    }

    @Test
    void frenchNameOfACountryMeetsItsEnglishAlias() {
        Analysis a = ANALYSER.analyse("Des discussions sont en cours entre le Royaume-Uni et la France.", "fr");
        Gloss gloss = new Gloss(PivotDictionary.empty(), "fr", ENGLISH);
        assertThat(a.mentions().stream().filter(m -> m.kind() == Mention.Kind.NAME).map(gloss::key))
                .contains("n:united kingdom");
    }

    @Test
    void numbersHaveNoTermOfTheirOwn() {
        Token number = ANALYSER.analyse("80", "fr").tokens().get(0);
        assertThat(new Gloss(PivotDictionary.empty(), "fr", ENGLISH).term(number)).isNull();
    }
}
