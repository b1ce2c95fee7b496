package org.storytrace.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher(Linker.NUM_HASHES, Linker.SEED);

    @Property(tries = 200)
    void jaccardEstimateLiesInUnitIntervalAndIsSymmetric(@ForAll Set<Long> a, @ForAll Set<Long> b) {
        double ab = MinHasher.jaccard(hasher.signature(a), hasher.signature(b));
        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(MinHasher.jaccard(hasher.signature(b), hasher.signature(a))).isEqualTo(ab);
    }

    @Property(tries = 200)
    void identicalSetsHaveJaccardOne(@ForAll @Size(min = 1) Set<Long> a) {
        assertThat(MinHasher.jaccard(hasher.signature(a), hasher.signature(Set.copyOf(a)))).isEqualTo(1.0);
    }

    @Property(tries = 100)
    void signatureDoesNotDependOnInputOrder(@ForAll List<Long> items, @ForAll long seed) {
        List<Long> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(hasher.signature(shuffled)).isEqualTo(hasher.signature(items));
    }

    @Test
    void estimateIsCloseToTheTrueJaccard() {
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            a.add(Shingles.hash("w" + i));
            b.add(Shingles.hash("w" + (i + 500))); // true Jaccard 500/1500 = 1/3
        }
        assertThat(MinHasher.jaccard(hasher.signature(a), hasher.signature(b))).isBetween(1 / 3.0 - 0.12, 1 / 3.0 + 0.12);
    }

    @Test
    void shortTextsWithMostBinsEmptyStillEstimateWithoutBias() {
        // One sentence gives some twenty shingles for 128 bins: densification fills the rest. Over many pairs of
        // such sets with true Jaccard 10/30, the estimates must average to it.
        double sum = 0;
        int pairs = 400;
        for (int p = 0; p < pairs; p++) {
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                a.add(Shingles.hash(p + " w" + i));
                b.add(Shingles.hash(p + " w" + (i + 10)));
            }
            sum += MinHasher.jaccard(hasher.signature(a), hasher.signature(b));
        }
        assertThat(sum / pairs).isBetween(1 / 3.0 - 0.02, 1 / 3.0 + 0.02);
    }

    @Test
    void aSizeThatIsNotAPowerOfTwoIsRefused() {
        assertThatThrownBy(() -> new MinHasher(100, 1)).hasMessageContaining("power of two").hasMessageContaining("100");
    }

    @Test
    void signaturesOfDifferentSizesAreRefusedWithBothSizes() {
        assertThatThrownBy(() -> MinHasher.jaccard(new int[4], new int[8]))
                .hasMessageContaining("4").hasMessageContaining("8");
    }

    @Test
    void bandsAndRowsFollowTheThreshold() {
        LshParameters low = LshParameters.forThreshold(0.3, 128);
        LshParameters high = LshParameters.forThreshold(0.8, 128);
        assertThat(low.bands() * low.rows()).isLessThanOrEqualTo(128);
        assertThat(high.rows()).isGreaterThan(low.rows());
    }
}
