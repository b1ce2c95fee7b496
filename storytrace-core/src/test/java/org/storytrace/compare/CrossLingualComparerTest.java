package org.storytrace.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.Truncation;
import org.storytrace.testing.Shared;

/**
 * The French translation of seed 000 (eval-data/seed-pair-fr, furniture removed as extraction does) against 004,
 * without a dictionary: what names, numbers, aliases and cognates alone must find across languages.
 */
class CrossLingualComparerTest {
    private static Comparison comparison;

    @BeforeAll
    static void compareFrenchSourceWithEnglishRewrite() throws Exception {
        String source = Files.readString(Path.of("..", "eval-data", "seed-pair-fr", "000-fr.txt"))
                .replaceAll("(?m)^(Chronique Abonnés.*|Il vous reste 70.82%.*|Sur le même sujet :)\\n?", "");
        String target = Shared.seedText("004").strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", "");
        Analyser analyser = new Analyser();
        comparison = new Comparer(PivotDictionary.empty()).compare("000-fr", analyser.analyse(source, "fr"),
                new Truncation(true, 0.2918, List.of()), "004", analyser.analyse(target, "en"));
    }

    @Test
    void misspeltMinisterIsAChangedNameAcrossLanguages() {
        assertThat(comparison.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_NAME
                && c.sourceText().equals("Jean-Noël Barrot") && c.targetText().equals("Jean-Noel Barro"));
    }

    @Test
    void conditionalSeraitStatedAsFactIsAChangedModality() {
        assertThat(comparison.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_MODALITY && c.sourceText().contains("serait"));
    }

    @Test
    void frenchTroupesOccidentalesNarrowedToTheEuIsAChangedScope() {
        assertThat(comparison.changes()).anyMatch(c -> c.kind() == ChangeKind.CHANGED_SCOPE
                && c.sourceText().equals("troupes occidentales") && c.targetText().contains("EU"));
    }

    @Test
    void babcockAndTheStateShareAreDroppedAndTheLongRangeWeaponsAdded() {
        assertThat(comparison.changes()).anyMatch(c -> c.kind().family() == ChangeKind.Family.DROPPED && c.sourceText().contains("Babcock"))
                .anyMatch(c -> c.kind().family() == ChangeKind.Family.DROPPED && c.sourceText().contains("55 %"))
                .anyMatch(c -> c.kind() == ChangeKind.ADDED_CLAIM && c.targetText().contains("long-range weapons"));
    }

    @Test
    void everyFrenchParagraphWithACounterpartIsKept() {
        assertThat(comparison.changes().stream().filter(c -> c.kind() == ChangeKind.KEPT).count()).isGreaterThanOrEqualTo(8);
    }
}
