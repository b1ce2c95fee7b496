package org.storytrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownContentTest {
    @Test
    void knowsWhatWasAddedAndNothingElseThroughGrowth() {
        KnownContent known = new KnownContent();
        for (int i = 0; i < 5_000; i++) {
            known.add(ContentHash.of("article " + i));
        }
        assertThat(known.size()).isEqualTo(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(known.mayContain(ContentHash.of("article " + i))).isTrue();
            assertThat(known.mayContain(ContentHash.of("other " + i))).isFalse();
        }
    }

    @Test
    void theSameTextTwiceIsOneEntryWhateverItsWhitespace() {
        KnownContent known = new KnownContent();
        known.add(ContentHash.of("Le Monde a appris"));
        known.add(ContentHash.of("  Le Monde\n a   appris "));
        assertThat(known.size()).isEqualTo(1);
    }

    @Test
    void hashesSharingTheirFirstSixtyFourBitsAreTakenForOneAnother() {
        KnownContent known = new KnownContent();
        String zeros = "0".repeat(64);
        known.add(zeros);
        assertThat(known.mayContain("0".repeat(16) + "f".repeat(48))).isTrue();
        assertThat(known.mayContain("1" + "0".repeat(63))).isFalse();
    }
}
