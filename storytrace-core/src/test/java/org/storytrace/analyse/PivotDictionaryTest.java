package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PivotDictionaryTest {
    /** FreeDict German-English layout: headword line, senses, a note, synonyms, examples and references. */
    private static TinyDictd german() {
        return new TinyDictd()
                .indexLine("00databaseinfo\tA\tB")
                .entry("Regierung /reːɡˈiːrʊŋ/ <fem, n, sg>\n [pol.] government <n>, administration <n> [Am.]\n"
                        + "   Synonym: {Herrschaft}\n see: {Regierungen}, {Exilregierung}\n", "regierung")
                .entry("Haus /hˈaʊs/ <neut, n, sg>\nhouse <n>\n      \"ein Haus bauen\"  - build a house\n"
                        + "         Note: building\n see: {Häuser}\n", "haus")
                .entry("Haus /hˈaʊs/ <neut, n, sg>\nhome <n>\n", "haus")
                .entry("gehen /ɡˈeːən/ <v>\n1. to go, to walk\n2. to leave\n3. to depart\n4. to proceed\n", "gehen")
                .entry("zu Hause /tsuː/\nat home\n", "zu hause");
    }

    private static PivotDictionary of(TinyDictd toEnglish, String lang) throws IOException {
        return PivotDictionary.builder().toEnglish(lang, toEnglish.index(), toEnglish.dictDz()).build();
    }

    @Test
    void dictdNumbersAreBase64MostSignificantDigitFirst() {
        assertThat(Dictd.number("B0", 0, 2)).isEqualTo(64 + 52);
        assertThat(Dictd.number("A", 0, 1)).isZero();
        assertThat(Dictd.number("B*", 0, 2)).isEqualTo(-1);
        assertThat(Dictd.number(TinyDictd.base64(123_456_789), 0, TinyDictd.base64(123_456_789).length())).isEqualTo(123_456_789);
    }

    @Test
    void translationsBecomeLightStemsOfTheFirstSenses() throws IOException {
        PivotDictionary d = of(german(), "de");
        assertThat(d.languages()).containsExactly("de");
        assertThat(d.pivots("de", "regierung")).containsExactly("government", "administration");
        assertThat(d.pivots("DE", "haus")).containsExactly("hous", "home");
    }

    @Test
    void notesSynonymsExamplesAndReferencesAreNotTranslations() throws IOException {
        PivotDictionary d = of(german(), "de");
        assertThat(d.pivots("de", "haus")).doesNotContain("build", "building", "herrschaft");
        assertThat(d.pivots("de", "regierung")).doesNotContain("herrschaft", "regierungen", "am");
    }

    @Test
    void atMostThreePivotsFirstSensesFirstAndNoStopWords() throws IOException {
        assertThat(of(german(), "de").pivots("de", "gehen")).containsExactly("go", "walk", "leav");
    }

    @Test
    void inflectedFormsAndCompoundsFindTheirHeadword() throws IOException {
        PivotDictionary d = of(german(), "de");
        assertThat(d.pivots("de", "regierungen")).containsExactly("government", "administration");
        assertThat(d.pivots("de", "bundesregierung")).containsExactly("government", "administration");
        assertThat(d.lookup("de", "bundesregierung", PivotDictionary.Layer.STEMMED.ordinal() + 1)).isEmpty();
        assertThat(d.pivots("de", "haeuser")).isEmpty();
    }

    @Test
    void phraseHeadwordsAreSkippedSinceTokensHaveNoSpaces() throws IOException {
        assertThat(of(german(), "de").lookup("de", "zu hause", PivotDictionary.Layer.EXACT.ordinal() + 1)).isEmpty();
    }

    @Test
    void englishToForeignDictionaryIsReadBackwards() throws IOException {
        // Mueller's layout: IPA and labels, wrapped senses, English examples inside the Russian.
        TinyDictd mueller = new TinyDictd()
                .entry("government\n   [↗gʌvnmɜnt] _n.\n   1) правительство; organs of government органы\n"
                        + "   государственного управления\n   2) форма правления\n", "government")
                .entry("house\n   1. _n. [haʊs]\n      1) дом; жилище; здание\n", "house")
                .entry("get off\n   спускаться\n", "get off");
        PivotDictionary d = PivotDictionary.builder().fromEnglish("ru", mueller.index(), mueller.dictDz()).build();
        assertThat(d.pivots("ru", "правительство")).containsExactly("government");
        assertThat(d.pivots("ru", "правительства")).containsExactly("government");
        assertThat(d.pivots("ru", Normalizer.fold("жилище"))).containsExactly("hous");
        assertThat(d.pivots("ru", "органы")).isEmpty();
        assertThat(d.pivots("ru", "спускаться")).isEmpty();
    }

    @Test
    void dictionariesOfOneLanguageMergeTheirWeights() throws IOException {
        TinyDictd reverse = new TinyDictd().entry("cabinet\nRegierung\n", "cabinet");
        PivotDictionary d = PivotDictionary.builder()
                .toEnglish("de", german().index(), german().dictDz())
                .fromEnglish("de", reverse.index(), reverse.dictDz()).build();
        assertThat(d.pivots("de", "regierung")).containsExactly("government", "cabinet", "administration");
    }

    @Test
    void englishWordsAreTheirOwnPivotOnceAnyDictionaryIsLoaded() throws IOException {
        PivotDictionary d = of(german(), "de");
        assertThat(d.pivots("en", "houses")).containsExactly("hous");
        assertThat(d.pivots("en", "the")).isEmpty();
        assertThat(PivotDictionary.empty().pivots("en", "houses")).isEmpty();
    }

    @Test
    void emptyDictionaryAndUnknownLanguagesGiveNoPivots() throws IOException {
        assertThat(PivotDictionary.empty().languages()).isEmpty();
        assertThat(PivotDictionary.empty().pivots("de", "haus")).isEmpty();
        assertThat(of(german(), "de").pivots("fr", "maison")).isEmpty();
        assertThat(of(german(), "de").pivots("de", "")).isEmpty();
    }

    @Test
    void malformedIndexLinesCostOnlyTheirOwnWord() throws IOException {
        TinyDictd d = german().indexLine("kaputt").indexLine("kaputt\tB*\tB").indexLine("weit\tAAAAA\tB");
        assertThat(of(d, "de").pivots("de", "haus")).containsExactly("hous", "home");
        assertThat(of(d, "de").pivots("de", "kaputt")).isEmpty();
    }

    @Test
    void englishIsNotAForeignLanguage() {
        assertThatThrownBy(() -> PivotDictionary.builder().toEnglish("en", german().index(), german().dictDz()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'en'");
    }

    @Test
    void cacheRoundTripKeepsEveryPivot() throws IOException {
        PivotDictionary d = of(german(), "de");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.writeTo(out);
        PivotDictionary back = PivotDictionary.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.languages()).isEqualTo(d.languages());
        for (String w : List.of("regierung", "regierungen", "bundesregierung", "haus", "gehen")) {
            assertThat(back.pivots("de", w)).as(w).isEqualTo(d.pivots("de", w));
        }
    }

    @Test
    void cacheInAnotherFormatIsRefusedWithItsName() {
        assertThatThrownBy(() -> PivotDictionary.read(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
                .isInstanceOf(IOException.class).hasMessageContaining("'abc'");
    }

    @Property(tries = 200)
    void arbitraryIndexAndDefinitionsNeverThrow(@ForAll String index, @ForAll String definition) throws IOException {
        TinyDictd d = new TinyDictd().entry(definition, "wort", "x y").indexLine(index);
        PivotDictionary dict = PivotDictionary.builder().toEnglish("de", d.index(), d.dictDz())
                .fromEnglish("de", d.index(), d.dictDz()).build();
        List<String> all = new ArrayList<>(dict.pivots("de", "wort"));
        assertThat(all).hasSizeLessThanOrEqualTo(PivotDictionary.MAX_PIVOTS);
    }
}
