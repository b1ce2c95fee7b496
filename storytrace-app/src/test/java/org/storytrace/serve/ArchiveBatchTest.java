package org.storytrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.Story;
import org.storytrace.store.sqlite.SqliteArticleStore;

class ArchiveBatchTest {
    private static final Path NEWS = Path.of(System.getProperty("storytrace.shared", "../../shared"))
            .resolve("eval/stories/wmt22-doctrans/news.dev.jsonl");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The first 200 WMT22 news articles, with the two seeds after them and the first article again. */
    private static List<RawDocument> documents() throws IOException {
        List<RawDocument> docs = new ArrayList<>(new Ingester().read(NEWS.toString(), Files.readAllBytes(NEWS)).documents().subList(0, 200));
        Path seeds = NEWS.getParent().getParent().getParent().getParent().resolve("seeds");
        try (var files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                docs.addAll(new Ingester().read(seed.toString(), Files.readAllBytes(seed)).documents());
            }
        }
        docs.add(docs.get(0));
        return docs;
    }

    private record Run(List<String> outcomes, List<Story> stories) {
    }

    private Run ingest(String name, int workers, List<RawDocument> docs) {
        List<String> outcomes = new ArrayList<>();
        try (Archive archive = new Archive(SqliteArticleStore.open(dir.resolve(name)), CLOCK)) {
            try (Archive.Batch batch = archive.batch(workers, o -> outcomes.add(o.origin() + " " + o.status() + " " + o.articleId() + " " + o.storyId()))) {
                docs.forEach(batch::submit);
            }
            return new Run(outcomes, archive.store().stories());
        }
    }

    @Test
    void workersAheadOfTheWriterGiveTheSameOutcomesStoriesAndOrderAsOneThread() throws IOException {
        List<RawDocument> docs = documents();

        Run alone = ingest("alone", 0, docs);
        Run pipelined = ingest("pipelined", 2, docs);

        assertThat(alone.outcomes()).hasSize(docs.size());
        assertThat(alone.outcomes().get(docs.size() - 1)).contains("ALREADY_KNOWN");
        assertThat(pipelined.outcomes()).isEqualTo(alone.outcomes());
        assertThat(pipelined.stories()).isEqualTo(alone.stories());
    }

    @Test
    void batchReopenedOnTheSameStoreFindsEveryArticleAlreadyKnown() throws IOException {
        List<RawDocument> docs = documents().subList(0, 60);
        ingest("store", 2, docs);

        Run again = ingest("store", 2, docs);

        assertThat(again.outcomes()).allMatch(o -> o.contains(" ALREADY_KNOWN "));
    }

    @Test
    void aResumedBatchEndsAsAnUninterruptedOne() throws IOException {
        List<RawDocument> docs = documents().subList(0, 60);
        Run uninterrupted = ingest("uninterrupted", 2, docs);
        ingest("resumed", 2, docs.subList(0, 25));

        Run resumed = ingest("resumed", 2, docs);

        assertThat(resumed.outcomes().subList(0, 25)).allMatch(o -> o.contains(" ALREADY_KNOWN "));
        assertThat(resumed.outcomes().subList(25, 60)).isEqualTo(uninterrupted.outcomes().subList(25, 60));
        assertThat(resumed.stories()).isEqualTo(uninterrupted.stories());
    }

    @Test
    void aTextTakenForKnownThatIsNotStoredIsStillAnalysedAndStored() throws IOException {
        List<RawDocument> docs = documents().subList(0, 40);
        Run plain = ingest("plain", 2, docs);
        // As if every one of them shared a hash prefix with a stored text: the workers skip the analysis.
        KnownContent fooled = new KnownContent();
        org.storytrace.extract.Extractor extractor = new org.storytrace.extract.Extractor();
        docs.forEach(d -> fooled.add(ContentHash.of(extractor.extract(d).text())));
        List<String> outcomes = new ArrayList<>();
        List<Story> stories;
        try (Archive archive = new Archive(SqliteArticleStore.open(dir.resolve("fooled")), CLOCK,
                org.storytrace.analyse.PivotDictionary::empty, fooled)) {
            try (Archive.Batch batch = archive.batch(2, o -> outcomes.add(o.origin() + " " + o.status() + " " + o.articleId() + " " + o.storyId()))) {
                docs.forEach(batch::submit);
            }
            stories = archive.store().stories();
        }

        assertThat(outcomes).isEqualTo(plain.outcomes());
        assertThat(stories).isEqualTo(plain.stories());
    }

    @Test
    void anArchiveSignedAnotherWayIsResignedOnceWhenOpened() throws IOException {
        List<RawDocument> docs = documents().subList(0, 30);
        ingest("old", 2, docs);
        List<org.storytrace.store.StoredArticle> fresh = new ArrayList<>();
        try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("old"))) {
            store.forEach(fresh::add);
            // As an archive from before the scheme setting: signatures of another construction, no setting.
            store.putSetting(Archive.SIGNATURE_SETTING, Archive.CLASSIC_SIGNATURES);
            int[] other = new int[fresh.get(0).fingerprint().minHash().length];
            fresh.forEach(s -> store.replaceSignature(s.article().id(), other));
        }

        try (Archive archive = new Archive(SqliteArticleStore.open(dir.resolve("old")), CLOCK)) {
            assertThat(archive.store().setting(Archive.SIGNATURE_SETTING)).hasValue(org.storytrace.link.MinHasher.SCHEME);
            List<org.storytrace.store.StoredArticle> resigned = new ArrayList<>();
            archive.store().forEach(resigned::add);
            assertThat(resigned).isEqualTo(fresh);
        }
    }
}
