package org.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedIngestTest {
    private final Ingester ingester = new Ingester();

    @Test
    void feedItemsBecomeHtmlDocumentsWithDeclaredLinkTitleAuthorAndDate() throws IOException {
        IngestResult result = ingester.read("guardian.rss", Files.readAllBytes(FeedsTest.RSS_PARSER.resolve("guardian.rss")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(55);
        RawDocument first = result.documents().get(0);
        assertThat(first.origin()).isEqualTo("guardian.rss#1");
        assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(first.declared().title()).isEqualTo("Trump State of the Union address promised unity but emphasized discord");
        assertThat(first.declared().url()).startsWith("https://www.theguardian.com/us-news/2018/jan/31/");
        assertThat(first.declared().byline()).isEqualTo("David Smith in Washington");
        assertThat(first.declared().published()).isEqualTo(Instant.parse("2018-01-31T07:26:05Z"));
    }

    @Test
    void atomFeedWithMisleadingExtensionIsSniffedByItsRootElement() throws IOException {
        IngestResult result = ingester.read("many-links.rss", Files.readAllBytes(FeedsTest.RSS_PARSER.resolve("many-links.rss")));

        assertThat(result.documents()).hasSize(25);
    }

    @Test
    void gzippedFeedIsRead() throws IOException {
        byte[] gz = IngesterTest.gzip(Files.readAllBytes(FeedsTest.RSS_PARSER.resolve("heise.atom")));

        assertThat(ingester.read("heise.atom.gz", gz).documents()).hasSize(15);
    }

    @Test
    void opmlListYieldsItsFeedUrlsAndNoDocuments() throws IOException {
        IngestResult result = ingester.read("feeds.opml",
                Files.readAllBytes(FeedsTest.FEEDS.resolve("rome/rome-opml/opml_2.0.xml")));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.feedUrls()).hasSize(11);
    }

    @Test
    void entityBombLongerThanTheSniffedStartIsRefusedNotReadAsText() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n");
        for (int i = 0; i < 400; i++) {
            xml.append("<!ENTITY e").append(i).append(" \"").append(i == 0 ? "lol" : ("&e" + (i - 1) + ";").repeat(2)).append("\">\n");
        }
        xml.append("]>\n<rss version=\"2.0\"><channel><item><description>&e399;</description></item></channel></rss>");

        IngestResult result = ingester.read("bomb.xml", xml.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo("bomb.xml");
            assertThat(p.message()).containsIgnoringCase("doctype");
        });
    }

    @Test
    void externalEntityInAFeedIsRefusedWithOneLineNamingTheFile() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><item><description>&xxe;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingester.read("feeds/xxe.xml", xxe);

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("feeds/xxe.xml: not a feed").doesNotContain("root:"));
    }

    @Test
    void externalDtdIsNeverLoaded() throws IOException {
        java.nio.file.Path dtd = Files.createTempFile("storytrace", ".dtd");
        Files.writeString(dtd, "<!ENTITY leak \"LEAKED-FROM-DTD\">");
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">"
                + "<rss version=\"2.0\"><channel><item><description>&leak;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingester.read("dtd.xml", xml);

        assertThat(result.documents()).noneSatisfy(d -> assertThat(d.content()).contains("LEAKED"));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.input()).isEqualTo("dtd.xml"));
        Files.delete(dtd);
    }
}
