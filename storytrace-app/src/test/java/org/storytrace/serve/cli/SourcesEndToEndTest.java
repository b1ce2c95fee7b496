package org.storytrace.serve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.store.StoredArticle;
import org.storytrace.store.sqlite.SqliteArticleStore;

/** Feeds, OPML lists and edited pages through the real command line and the embedded store. */
class SourcesEndToEndTest {
    private static final Path RSS_PARSER = Cli.shared().resolve("eval/feeds/rss-parser");

    @TempDir
    Path tmp;

    @Test
    void sameUrlWithEditedTextIsStoredAsAnUpdatedRevisionInTheSameStory() throws IOException {
        Path data = tmp.resolve("data");
        String body = "Ministers met in Brussels on Monday to discuss fishing quotas for 2026. The talks went on late into the night.";
        Path v1 = Files.writeString(tmp.resolve("v1.jsonl"),
                "{\"url\": \"https://news.example.org/quotas?utm_source=rss\", \"title\": \"Quotas\", \"text\": \"" + body + "\"}\n");
        Path v2 = Files.writeString(tmp.resolve("v2.jsonl"),
                "{\"url\": \"https://NEWS.example.org/quotas#update\", \"title\": \"Quotas\", \"text\": \"" + body
                        + " Agreement was reached at 3 a.m. on Tuesday.\"}\n");

        Cli.Run first = Cli.run(data, "ingest", v1.toString());
        Cli.Run second = Cli.run(data, "ingest", v2.toString());
        Cli.Run again = Cli.run(data, "ingest", v2.toString());

        assertThat(first.out()).contains("read 1, new 1, already known 0, failed 0, updated 0");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("read 1, new 0, already known 0, failed 0, updated 1").contains("revision of ");
        assertThat(again.out()).contains("read 1, new 0, already known 1, failed 0, updated 0");
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            List<StoredArticle> members = store.storyMembers(store.stories().get(0).id());
            assertThat(store.stories()).hasSize(1);
            assertThat(members).hasSize(2);
            assertThat(members.get(1).revisionOf()).isEqualTo(members.get(0).article().id());
        }
    }

    @Test
    void feedFileIsIngestedItemByItemAndTwiceIsAllKnown() {
        Path data = tmp.resolve("data");
        String feed = RSS_PARSER.resolve("guardian.rss").toString();

        Cli.Run first = Cli.run(data, "ingest", feed);
        Cli.Run second = Cli.run(data, "ingest", feed);

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("read 55, new ").contains("guardian.rss#1");
        assertThat(second.out()).contains("read 55, new 0, already known 55, failed 0, updated 0");
    }

    @Test
    void opmlListReadsItsLocalFeedsAndReportsRemoteOnes() throws IOException {
        Path data = tmp.resolve("data");
        Files.copy(RSS_PARSER.resolve("heise.atom"), tmp.resolve("heise.atom"));
        Path opml = Files.writeString(tmp.resolve("feeds.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>"
                + "<outline text=\"heise\" type=\"rss\" xmlUrl=\"heise.atom\"/>"
                + "<outline text=\"remote\" type=\"rss\" xmlUrl=\"https://example.org/feed.xml\"/></body></opml>");

        Cli.Run run = Cli.run(data, "ingest", opml.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("read 16, new 15,");
        assertThat(run.err().lines()).singleElement().asString()
                .contains("feeds.opml").contains("https://example.org/feed.xml is remote");
    }
}
