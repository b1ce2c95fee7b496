package org.storytrace.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.Truncation;
import org.storytrace.testing.BadTexts;

/** Issue 6's bad input through compare: each gives a sensible answer, never an exception or a hang. */
class CompareBadInputTest {
    private static final Analyser ANALYSER = new Analyser();
    private static final Comparer COMPARER = new Comparer();
    /** A hang guard, not a speed assertion: speed is JMH's (BENCHMARKS.md). */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static Comparison compare(String a, String b) {
        return COMPARER.compare("a", ANALYSER.analyse(a, null), Truncation.NONE, "b", ANALYSER.analyse(b, null));
    }

    @Test
    void identicalArticlesKeepEveryClaimAndChangeNothing() {
        Comparison c = compare(BadTexts.seed000(), BadTexts.seed000());
        assertThat(c.changes()).isNotEmpty().allMatch(x -> x.kind() == ChangeKind.KEPT);
        assertThat(c.alignments()).allMatch(x -> x.kind() == org.storytrace.model.Alignment.Kind.VERBATIM);
    }

    @Test
    void emptyBodiesOnBothSidesGiveAnEmptyDiff() {
        assertThat(compare("", "").changes()).isEmpty();
        assertThat(compare(" \n\n\t ", "\n").changes()).isEmpty();
    }

    @Test
    void anEmptySourceMakesEveryTargetSentenceAnAddition() {
        Comparison c = compare("", BadTexts.seed004());
        assertThat(c.changes()).isNotEmpty().allMatch(x -> x.kind().family() == ChangeKind.Family.ADDED);
    }

    @Test
    void anEmptyTargetDropsEverySourceSentence() {
        Comparison c = compare(BadTexts.seed000(), "");
        assertThat(c.changes()).isNotEmpty().allMatch(x -> x.kind() == ChangeKind.DROPPED);
    }

    @Test
    void oneSentenceArticlesAreKeptWhenTheSameAndAddedAndDroppedWhenNot() {
        String one = "Ministers met in Brussels on Monday to discuss sending troops to Ukraine.";
        assertThat(compare(one, one).changes()).singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(ChangeKind.KEPT));
        Comparison other = compare(one, "The weather in Lisbon stayed dry all week.");
        assertThat(other.changes()).extracting(Change::kind).contains(ChangeKind.DROPPED, ChangeKind.ADDED_CLAIM);
    }

    @Test
    void aTenThousandSentenceArticleAgainstAnArticleFinishes() {
        String big = BadTexts.longArticle(10_000);
        Comparison c = assertTimeoutPreemptively(HANG_GUARD, () -> compare(big, BadTexts.seed004()));
        assertThat(c.changes()).isNotEmpty();
    }

    @Test
    void aTenThousandSentenceArticleAgainstItselfFinishesAndKeepsEverything() {
        Analysis big = ANALYSER.analyse(BadTexts.longArticle(10_000), "en");
        Comparison c = assertTimeoutPreemptively(HANG_GUARD, () -> COMPARER.compare("a", big, Truncation.NONE, "b", big));
        assertThat(c.changes()).isNotEmpty().allMatch(x -> x.kind() == ChangeKind.KEPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thai_article", "burmese_article"})
    void realArticlesInScriptsTheDictionariesDoNotCoverAreKeptWhole(String page) {
        String text = BadTexts.newspaper4k(page);
        assertThat(compare(text, text).changes()).isNotEmpty().allMatch(x -> x.kind() == ChangeKind.KEPT);
        assertThat(compare(text, BadTexts.seed004()).changes()).isNotEmpty();
    }

    @Test
    void georgianAmharicAndKoreanTextsCompareWithoutError() {
        for (String[] t : BadTexts.UDHR_ARTICLE_1) {
            assertThat(compare(t[1], t[1]).changes()).as(t[0]).isNotEmpty().allMatch(x -> x.kind() == ChangeKind.KEPT);
            String firstSentenceOnly = t[1].substring(0, t[1].indexOf(t[0].equals("am") ? "።" : ".") + 1);
            assertThat(compare(t[1], firstSentenceOnly).changes()).as(t[0]).extracting(Change::kind).contains(ChangeKind.KEPT);
        }
        List<String[]> texts = BadTexts.UDHR_ARTICLE_1;
        assertThat(compare(texts.get(0)[1], texts.get(2)[1]).changes()).isNotEmpty();
    }
}
