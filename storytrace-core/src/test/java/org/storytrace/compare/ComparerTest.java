package org.storytrace.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.Span;
import org.storytrace.model.Truncation;
import org.storytrace.testing.Shared;

/** The seed pair through compare, as ingest and extraction leave the two texts (header and furniture gone). */
class ComparerTest {
    private static final Analyser ANALYSER = new Analyser();
    private static final Comparer COMPARER = new Comparer();
    private static Comparison seeds;
    private static String source;
    private static String target;

    @BeforeAll
    static void compareSeeds() {
        source = Shared.seedText("000").replaceAll("(?m)^(Column Subscribers only.*|You have 70.82%.*|Related News :)\\n?", "");
        target = Shared.seedText("004").strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", "");
        seeds = COMPARER.compare("000", ANALYSER.analyse(source, null), new Truncation(true, 0.2918, List.of()),
                "004", ANALYSER.analyse(target, null));
    }

    @Test
    void droppedFactsOfTheSourceAreReported() {
        assertThat(sourceTexts(ChangeKind.Family.DROPPED)).anyMatch(s -> s.contains("Babcock"))
                .anyMatch(s -> s.contains("55%")).anyMatch(s -> s.contains("Germany")).anyMatch(s -> s.contains("BBC"));
    }

    @Test
    void criminalWarUnleashedByRussiaIsReportedAsAddedFraming() {
        assertThat(seeds.changes()).anyMatch(c -> c.kind() == ChangeKind.ADDED_FRAMING && c.targetText().contains("criminal war unleashed by Russia"));
    }

    @Test
    void longRangeWeaponsClaimIsAddedButUnverifiableAgainstTheTruncatedSource() {
        assertThat(seeds.changes()).anyMatch(c -> c.kind() == ChangeKind.ADDED_CLAIM && c.targetText().contains("long-range weapons") && c.unverifiable());
    }

    @Test
    void misspeltMinisterIsAChangedName() {
        assertThat(seeds.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_NAME
                && c.sourceText().equals("Jean-Noël Barrot") && c.targetText().equals("Jean-Noel Barro"));
    }

    @Test
    void westernTroopsNarrowedToTheEuIsAChangedScope() {
        assertThat(seeds.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_SCOPE && c.sourceText().contains("Western")
                && c.targetText().contains("EU"));
    }

    @Test
    void militarySourceBecomingAMinistryRepresentativeIsAChangedAttribution() {
        assertThat(seeds.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_ATTRIBUTION
                && c.sourceText().contains("British military source") && c.targetText().contains("representative of the British Ministry of Defense"));
    }

    @Test
    void conditionalBecomingAnAssertionIsAChangedModality() {
        assertThat(seeds.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_MODALITY && c.sourceText().equals("would be ready")
                && c.targetText().equals("is ready"));
    }

    @Test
    void sharedFactsAreKept() {
        assertThat(sourceTexts(ChangeKind.Family.KEPT)).anyMatch(s -> s.contains("Composed of 80% ex-military personnel"))
                .anyMatch(s -> s.contains("France and Poland"));
    }

    @Test
    void everyChangeSpanLiesInsideItsText() {
        assertSpansInside(seeds, source, target);
    }

    @Test
    void emptyAndOneSentenceTextsGiveASensibleAnswer() {
        Analysis empty = ANALYSER.analyse("", "en");
        Analysis one = ANALYSER.analyse("Ministers met in Brussels on Monday.", "en");
        assertThat(COMPARER.compare("a", empty, Truncation.NONE, "b", empty).changes()).isEmpty();
        assertThat(COMPARER.compare("a", empty, Truncation.NONE, "b", one).changes()).singleElement()
                .satisfies(c -> assertThat(c.kind().family()).isEqualTo(ChangeKind.Family.ADDED));
        assertThat(COMPARER.compare("a", one, Truncation.NONE, "b", empty).changes()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.DROPPED));
    }

    @Test
    void tenThousandSentencesAreComparedWithoutBlowingUp() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            b.append("Report number ").append(i).append(" says the committee ").append(i % 7 == 0 ? "approved" : "delayed").append(" the plan. ");
        }
        Analysis big = ANALYSER.analyse(b.toString(), "en");
        assertThat(COMPARER.compare("a", big, Truncation.NONE, "b", ANALYSER.analyse(source, "en")).changes()).isNotEmpty();
    }

    @Property(tries = 60)
    void comparingAnArticleWithItselfKeepsEveryClaim(@ForAll("articles") String text) {
        Analysis a = ANALYSER.analyse(text, "en");
        Comparison c = COMPARER.compare("a", a, Truncation.NONE, "a", a);
        assertThat(c.changes()).allMatch(x -> x.kind() == ChangeKind.KEPT);
        // Every sentence that has words is kept on both sides; a bare "." may or may not be aligned, either is fine.
        java.util.Set<Integer> keptSource = new java.util.HashSet<>();
        java.util.Set<Integer> keptTarget = new java.util.HashSet<>();
        c.alignments().stream().filter(x -> x.kind() == org.storytrace.model.Alignment.Kind.VERBATIM
                || x.kind() == org.storytrace.model.Alignment.Kind.PARAPHRASED).forEach(x -> {
                    keptSource.addAll(x.sourceSentences());
                    keptTarget.addAll(x.targetSentences());
                });
        for (int i = 0; i < a.sentences().size(); i++) {
            if (!a.tokensIn(a.sentences().get(i).span()).isEmpty()) {
                assertThat(keptSource).as("source sentence %d", i).contains(i);
                assertThat(keptTarget).as("target sentence %d", i).contains(i);
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> articles() {
        String seed = Shared.seedText("004");
        return net.jqwik.api.Arbitraries.integers().between(0, seed.length()).tuple2()
                .map(t -> seed.substring(Math.min(t.get1(), t.get2()), Math.max(t.get1(), t.get2())));
    }

    @Property(tries = 200)
    void compareNeverThrowsAndKeepsSpansInside(@ForAll String a, @ForAll String b) {
        Comparison c = COMPARER.compare("a", ANALYSER.analyse(a, "en"), Truncation.NONE, "b", ANALYSER.analyse(b, "en"));
        assertSpansInside(c, a, b);
    }

    private static void assertSpansInside(Comparison c, String a, String b) {
        for (Change x : c.changes()) {
            inside(x.sourceSpan(), a);
            inside(x.targetSpan(), b);
        }
    }

    private static void inside(Span s, String text) {
        if (s != null) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
    }

    private static List<String> sourceTexts(ChangeKind.Family family) {
        return seeds.changes(family).stream().map(Change::sourceText).toList();
    }
}
