package org.storytrace.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.model.Fingerprint;
import org.storytrace.testing.Shared;

class LinkIndexTest {
    private static final Analyser ANALYSER = new Analyser();
    private final Linker linker = new Linker();

    @Test
    void rewriteIsFoundThroughSharedNamesNumbersAndDatesThoughItSharesLittleWording() {
        Fingerprint f000 = linker.fingerprint(ANALYSER.analyse(Shared.seedText("000"), null));
        Fingerprint f004 = linker.fingerprint(ANALYSER.analyse(Shared.seedText("004"), null));
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        index.add("000", "s000", f000, null);
        List<Candidate> candidates = index.candidates(f004, null);
        assertThat(candidates).extracting(Candidate::articleId).containsExactly("000");
        Candidate c = candidates.get(0);
        assertThat(c.jaccard()).isLessThan(0.2);
        assertThat(c.sharedKeys()).contains("n:keir starmer", "n:donald trump", "%:80%", "d:--11-11");
    }

    @Test
    void verbatimCopyIsFoundThroughLsh() {
        String text = Shared.seedText("000");
        Fingerprint original = linker.fingerprint(ANALYSER.analyse(text, null));
        Fingerprint cut = linker.fingerprint(ANALYSER.analyse(text.substring(0, text.length() * 4 / 5), null));
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        index.add("orig", "s1", original, null);
        assertThat(index.candidates(cut, null)).first().satisfies(c -> assertThat(c.jaccard()).isGreaterThan(0.6));
    }

    @Test
    void articlesFarApartInTimeAreNotCandidates() {
        Fingerprint f = linker.fingerprint(ANALYSER.analyse(Shared.seedText("000"), null));
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        index.add("old", "s1", f, Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(index.candidates(f, Instant.parse("2024-11-25T00:00:00Z"))).isEmpty();
        assertThat(index.candidates(f, null)).hasSize(1);
    }
}
