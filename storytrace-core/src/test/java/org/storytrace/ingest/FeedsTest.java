package org.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storytrace.model.Problem;

class FeedsTest {
    static final Path FEEDS = IngesterTest.SHARED.resolve("eval/feeds");
    static final Path RSS_PARSER = FEEDS.resolve("rss-parser");

    private static final List<String> NOT_FEEDS = List.of("unrecognized.rss", "2.rss");

    private final Feeds feeds = new Feeds();

    static Stream<Path> realFeedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(FEEDS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/expected/"))
                    .filter(p -> !p.getFileName().toString().matches("LICENSE|SOURCE\\.md"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realFeedFiles")
    void everyRealFeedFileYieldsItemsFeedUrlsOrAProblemNamingIt(Path file) throws IOException {
        FeedResult result = feeds.read(file.toString(), Files.readAllBytes(file));

        boolean rejected = result.problems().stream().anyMatch(p -> p.message().startsWith("not a feed"));
        // The two HTML pages in the corpus; every other file is a feed or an OPML list, some of them without items.
        assertThat(rejected).isEqualTo(NOT_FEEDS.contains(file.getFileName().toString()));
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.input()).isEqualTo(file.toString());
            assertThat(p.message()).doesNotContain("\n");
        });
    }

    @Test
    void htmlPageServedAsFeedIsRejected() throws IOException {
        FeedResult result = feeds.read("unrecognized.rss", Files.readAllBytes(RSS_PARSER.resolve("unrecognized.rss")));

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("unrecognized.rss: not a feed"));
    }

    static Stream<String> feedsWithExpectedOutput() throws IOException {
        try (Stream<Path> list = Files.list(RSS_PARSER.resolve("expected"))) {
            return list.map(p -> p.getFileName().toString().replace(".json.gz", "")).sorted().toList().stream();
        }
    }

    /** A smoke check against rss-parser's golden output: same item count, and our titles and links are theirs. */
    @ParameterizedTest
    @MethodSource("feedsWithExpectedOutput")
    void itemCountsTitlesAndLinksAgreeWithRssParser(String name) throws IOException {
        Path input;
        try (Stream<Path> list = Files.list(RSS_PARSER)) {
            input = list.filter(p -> p.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
        JsonNode expected;
        // rss-parser wrote the output for the Latin-1 feed in Latin-1 (SOURCE.md says so).
        Charset written = name.equals("encoding") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        try (Reader in = new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(RSS_PARSER.resolve("expected/" + name + ".json.gz"))), written)) {
            expected = new ObjectMapper().readTree(in).get("feed").get("items");
        }
        List<String> titles = new ArrayList<>();
        List<String> links = new ArrayList<>();
        expected.forEach(item -> {
            titles.add(normalised(item.path("title").asText("")));
            links.add(item.path("link").asText("").strip());
        });

        FeedResult result = feeds.read(name, Files.readAllBytes(input));

        long itemProblems = result.problems().stream().filter(p -> p.message().startsWith("item ")).count();
        assertThat(result.items().size() + itemProblems).as("items of %s", name).isEqualTo(expected.size());
        assertThat(result.items()).allSatisfy(item -> {
            if (item.title() != null) {
                assertThat(titles).contains(normalised(item.title()));
            }
            if (item.link() != null) {
                assertThat(links).contains(item.link());
            }
        });
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void fullContentWinsOverTheSummary() throws IOException {
        FeedResult result = feeds.read("content-encoded.rss", Files.readAllBytes(RSS_PARSER.resolve("content-encoded.rss")));

        assertThat(result.items()).isNotEmpty().allSatisfy(item -> assertThat(item.summaryOnly()).isFalse());
    }

    @Test
    void guardianItemsCarryTitleLinkDateAndAuthor() throws IOException {
        FeedResult result = feeds.read("guardian.rss", Files.readAllBytes(RSS_PARSER.resolve("guardian.rss")));

        assertThat(result.problems()).isEmpty();
        FeedItem first = result.items().get(0);
        assertThat(first.title()).isEqualTo("Trump State of the Union address promised unity but emphasized discord");
        assertThat(first.link()).startsWith("https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-");
        assertThat(first.published()).isEqualTo(Instant.parse("2018-01-31T07:26:05Z"));
        assertThat(first.author()).isEqualTo("David Smith in Washington");
    }

    @Test
    void atomFeedItemsAreRead() throws IOException {
        FeedResult result = feeds.read("heise.atom", Files.readAllBytes(RSS_PARSER.resolve("heise.atom")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).hasSize(15).allSatisfy(item -> assertThat(item.link()).startsWith("http"));
    }

    @Test
    void opmlListGivesEveryFeedUrlInDocumentOrder() throws IOException {
        FeedResult result = feeds.read("opml_2.0.xml", Files.readAllBytes(FEEDS.resolve("rome/rome-opml/opml_2.0.xml")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).isEmpty();
        assertThat(result.feedUrls()).hasSize(11)
                .startsWith("http://www.bloglines.com/rss/about/news", "http://screaming-penguin.com/screamRDF.txt")
                .endsWith("http://rss.slashdot.org/slashdot/eqWf");
    }

    @Test
    void latin1FeedDecodesAccents() throws IOException {
        FeedResult result = feeds.read("encoding.rss", Files.readAllBytes(RSS_PARSER.resolve("encoding.rss")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).hasSize(40);
        assertThat(result.items()).anySatisfy(item -> assertThat(item.title() + item.contentHtml()).containsPattern("[áéíóúãõç]"));
        assertThat(result.items()).allSatisfy(item -> assertThat(item.title()).doesNotContain("\uFFFD"));
    }

    @Test
    void windows1251FeedDecodesCyrillic() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<rss version=\"2.0\"><channel><title>Новости</title>"
                + "<item><title>Зеленский встретился с Макроном</title><link>https://example.ua/a</link>"
                + "<description>Президенты обсудили поставки оружия.</description></item></channel></rss>").getBytes(cp1251);

        FeedResult result = feeds.read("ua.xml", bytes);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Зеленский встретился с Макроном");
            assertThat(item.contentHtml()).contains("Президенты обсудили поставки оружия.");
            assertThat(item.summaryOnly()).isTrue();
        });
    }

    @Test
    void externalEntityIsRefusedWithOneLineNamingTheFile() throws IOException {
        Path secret = Files.createTempFile("storytrace-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title><link>https://x/a</link>"
                + "<description>&xxe;</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        FeedResult result = feeds.read("xxe.xml", xxe);

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo("xxe.xml");
            assertThat(p.message()).containsIgnoringCase("doctype").doesNotContain("TOP-SECRET");
        });
        Files.delete(secret);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        byte[] bomb = ("<?xml version=\"1.0\"?>\n" + dtd + "<rss version=\"2.0\"><channel><title>t</title><item>"
                + "<title>&lol9;</title><description>&lol9;</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        FeedResult result = feeds.read("lol.xml", bomb);

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(Problem::input).containsExactly("lol.xml");
    }

    @Test
    void itemWithoutContentOrSummaryIsAProblemAndTheOthersAreRead() {
        byte[] bytes = ("<rss version=\"2.0\"><channel><title>t</title><item><title>empty</title><link>https://x/1</link></item>"
                + "<item><title>full</title><link>https://x/2</link><description>Body.</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        FeedResult result = feeds.read("two.xml", bytes);

        assertThat(result.items()).extracting(FeedItem::link).containsExactly("https://x/2");
        assertThat(result.problems()).extracting(Problem::toString).containsExactly("two.xml: item 1 has neither content nor summary");
    }

    @Test
    void netscapeRss091DoctypeNamingOnlyAnExternalDtdIsRead() throws IOException {
        FeedResult result = feeds.read("rss_0.91N.xml", Files.readAllBytes(FEEDS.resolve("rome/rome/rss_0.91N.xml")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(FeedItem::title).startsWith("rss_0.91N.channel.item[0].title");
    }
}
