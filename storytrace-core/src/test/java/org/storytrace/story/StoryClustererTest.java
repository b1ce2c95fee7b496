package org.storytrace.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.link.Linker;
import org.storytrace.model.Fingerprint;
import org.storytrace.testing.Shared;

class StoryClustererTest {
    private static final Analyser ANALYSER = new Analyser();
    private final Linker linker = new Linker();

    private Fingerprint fingerprint(String text) {
        return linker.fingerprint(ANALYSER.analyse(text, null));
    }

    @Test
    void seedRewriteJoinsItsSourceAndTraceSaysWhy() {
        StoryClusterer clusterer = new StoryClusterer(linker, Duration.ofDays(30));
        clusterer.add("000", fingerprint(Shared.seedText("000")), null);
        Fingerprint f004 = fingerprint(Shared.seedText("004"));
        Assignment a = clusterer.add("004", f004, null);
        assertThat(a.opened()).isFalse();
        assertThat(clusterer.storyOf("004")).isEqualTo(clusterer.storyOf("000"));
        StoryEvidence why = clusterer.explain("004", f004, null).orElseThrow();
        assertThat(why.withArticleId()).isEqualTo("000");
        assertThat(why.sharedKeys()).contains("n:keir starmer");
        double logOdds = why.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(1 / (1 + Math.exp(-logOdds))).isCloseTo(why.probability(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void oddArticlesAreClusteredWithoutBreakingTheStream() {
        StoryClusterer clusterer = new StoryClusterer(linker, Duration.ofDays(30));
        String repeated = "Breaking: the minister resigned in Paris on 12 March. ".repeat(20_000);
        List<String> odd = List.of("", "   ", "12345", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "Київ Kyiv 東京 Tokyo القاهرة",
                "One sentence without an end", repeated, repeated + "And one more line.");
        for (int i = 0; i < odd.size(); i++) {
            clusterer.add("odd" + i, fingerprint(odd.get(i)), null);
        }
        assertThat(clusterer.size()).isEqualTo(odd.size());
        assertThat(clusterer.storyOf("odd7")).as("a megabyte of repeated text and its copy").isEqualTo(clusterer.storyOf("odd6"));
        assertThat(clusterer.storyOf("odd0")).isNotEqualTo(clusterer.storyOf("odd1"));
    }
}
