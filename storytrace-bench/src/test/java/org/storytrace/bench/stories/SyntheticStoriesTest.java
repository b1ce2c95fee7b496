package org.storytrace.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;

/** The generator of {@code bench stories}, on the real WMT22 texts it grows archives from. */
class SyntheticStoriesTest {
    static final Path WMT22 = Path.of(System.getProperty("storytrace.shared", "../../shared"))
            .resolve("eval/stories/wmt22-doctrans/news.dev.jsonl");

    private static SyntheticStories generator;

    @BeforeAll
    static void readTexts() {
        generator = new SyntheticStories(StorySet.read("wmt22-news", WMT22).items(), new Analyser());
    }

    private static List<SyntheticStories.Article> first(long seed, int count) {
        List<SyntheticStories.Article> out = new ArrayList<>();
        Iterator<SyntheticStories.Article> it = generator.articles(seed, count);
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void sameSeedGrowsTheSameArchiveAndAnotherSeedAnother() {
        assertThat(first(3, 500)).isEqualTo(first(3, 500));
        assertThat(first(4, 500)).isNotEqualTo(first(3, 500));
    }

    @Test
    void aSmallerArchiveIsTheStartOfALargerOne() {
        assertThat(first(3, 1_000).subList(0, 300)).isEqualTo(first(3, 300));
    }

    @Test
    void articlesComeNumberedInPublicationOrderAndLabelledWithTheirStory() {
        List<SyntheticStories.Article> articles = first(11, 3_000);
        assertThat(articles).hasSize(3_000);
        Map<Integer, List<SyntheticStories.Article>> stories = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            SyntheticStories.Article a = articles.get(i);
            assertThat(a.id()).isEqualTo("a" + i);
            assertThat(a.text()).isNotBlank();
            if (i > 0) {
                assertThat(a.published()).isAfterOrEqualTo(articles.get(i - 1).published());
            }
            stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
        }
        // Five articles a story on average, four stories an hour.
        assertThat(stories.size()).isBetween(450, 750);
        assertThat(stories.values()).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(1 + SyntheticStories.MAX_VARIANTS));
        Set<String> languages = new HashSet<>();
        articles.forEach(a -> languages.add(a.language()));
        assertThat(languages).hasSizeGreaterThanOrEqualTo(6);
        assertThat(stories.values()).as("some stories have a translation")
                .anySatisfy(s -> assertThat(s.stream().map(SyntheticStories.Article::language).distinct()).hasSizeGreaterThan(1));
    }

    @Test
    void storiesOnTheSameTextDifferInTheirNumbers() {
        List<SyntheticStories.Article> articles = first(5, 2_000);
        Set<String> firstLines = new HashSet<>();
        Set<Integer> storiesWithDigits = new HashSet<>();
        for (SyntheticStories.Article a : articles) {
            if (a.text().matches("(?s).*\\d.*")) {
                storiesWithDigits.add(a.story());
            }
            firstLines.add(a.text().lines().findFirst().orElse(""));
        }
        assertThat(storiesWithDigits).isNotEmpty();
        assertThat(firstLines.size()).as("distinct leads").isGreaterThan(articles.size() / 10);
    }
}
