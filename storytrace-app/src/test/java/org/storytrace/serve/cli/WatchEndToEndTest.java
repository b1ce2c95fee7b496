package org.storytrace.serve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.store.sqlite.SqliteArticleStore;

/**
 * {@code watch --once} against real feeds and pages served by a JDK HTTP server on loopback: rss-parser's
 * heraldsun.rss (summary-only items, whose links are rewritten to two scrapinghub news pages served here) and
 * content-encoded.rss (Medium items with full content, links rewritten to the local server).
 */
class WatchEndToEndTest {
    private static final Path FEEDS = Cli.shared().resolve("eval/feeds/rss-parser");
    private static final Path PAGES = Cli.shared().resolve("eval/extraction/scrapinghub/html");
    private static final Map<String, String> ARTICLES = Map.of(
            "/article/001.html", "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34.html.gz",
            "/article/002.html", "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f.html.gz");

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] herald = Files.readString(FEEDS.resolve("heraldsun.rss"), StandardCharsets.ISO_8859_1)
                .replace("http://www.oreilly.com/example/", base + "/article/").getBytes(StandardCharsets.ISO_8859_1);
        byte[] medium = Files.readString(FEEDS.resolve("content-encoded.rss"))
                .replace("https://medium.com/", base + "/medium/").getBytes(StandardCharsets.UTF_8);
        server.createContext("/feeds/herald.rss", exchange -> serve(exchange, herald, "\"herald-1\""));
        server.createContext("/feeds/medium.rss", exchange -> serve(exchange, medium, "\"medium-1\""));
        server.createContext("/article/", exchange -> {
            String page = ARTICLES.get(exchange.getRequestURI().getPath());
            if (page == null) {
                requests.add(exchange.getRequestURI().getPath() + " 404");
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve(page)))) {
                serve(exchange, in.readAllBytes(), null);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange, byte[] body, String etag) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                requests.add(path + " 304");
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        requests.add(path + " 200");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Path feedList(String... lines) throws IOException {
        return Files.writeString(tmp.resolve("feeds.txt"), "# test feeds\n" + String.join("\n", lines) + "\n");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void onceIngestsFullItemsAndFetchesThePagesOfSummaryOnlyItems() throws IOException {
        Path data = tmp.resolve("data");
        Path list = feedList(url("/feeds/herald.rss"), url("/feeds/medium.rss"));

        Cli.Run run = Cli.run(data, "watch", "--feeds", list.toString(), "--once", "--allow-private");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(requests).contains("/feeds/herald.rss 200", "/feeds/medium.rss 200",
                "/article/001.html 200", "/article/002.html 200");
        // No request for the Medium items: the feed carries their whole text.
        assertThat(requests).noneMatch(r -> r.startsWith("/medium/"));
        assertThat(run.out()).contains("new    ").contains(url("/article/001.html")).contains(url("/article/002.html"))
                .contains("round 1: feeds 2 (0 unchanged, 0 failed), new ");
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            assertThat(store.latestByUrl(url("/article/001.html"))).isPresent();
            assertThat(store.latestByUrl(url("/article/001.html")).get().article().text()).hasSizeGreaterThan(500);
            assertThat(store.articleCount()).isGreaterThanOrEqualTo(2 + 5);
        }
        assertThat(data.resolve("fetch-state.json")).exists();
    }

    @Test
    void secondRoundGetsNotModifiedAndStoresNothingAgain() throws IOException {
        Path data = tmp.resolve("data");
        Path list = feedList(url("/feeds/herald.rss"), url("/feeds/medium.rss"));
        Cli.run(data, "watch", "--feeds", list.toString(), "--once", "--allow-private");
        int stored;
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            stored = store.articleCount();
        }
        requests.clear();

        Cli.Run again = Cli.run(data, "watch", "--feeds", list.toString(), "--once", "--allow-private");

        assertThat(again.exit()).isZero();
        assertThat(requests).containsExactly("/feeds/herald.rss 304", "/feeds/medium.rss 304");
        assertThat(again.out()).isEqualTo("round 1: feeds 2 (2 unchanged, 0 failed), new 0, already known 0, updated 0, failed 0\n");
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            assertThat(store.articleCount()).isEqualTo(stored);
        }
    }

    @Test
    void withoutAllowPrivateTheLoopbackFeedIsRefusedInOneLineAndNothingIsFetched() throws IOException {
        Path data = tmp.resolve("data");
        Path list = feedList(url("/feeds/herald.rss"));

        Cli.Run run = Cli.run(data, "watch", "--feeds", list.toString(), "--once");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("storytrace: watch: " + url("/feeds/herald.rss") + ": refused: host 127.0.0.1 "
                + "resolves to 127.0.0.1 (loopback); use --allow-private to fetch from private networks\n");
        assertThat(requests).isEmpty();
        assertThat(run.out()).contains("round 1: feeds 1 (0 unchanged, 1 failed), new 0");
    }

    @Test
    void badLinesAndFailingFeedsAreReportedWhileTheRestIsIngested() throws IOException {
        Path data = tmp.resolve("data");
        Path list = feedList("not a url", url("/article/missing.rss"), url("/feeds/medium.rss"));

        Cli.Run run = Cli.run(data, "watch", "--feeds", list.toString(), "--once", "--allow-private");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("storytrace: watch: " + list + ": "))
                .anySatisfy(l -> assertThat(l).isEqualTo("storytrace: watch: " + url("/article/missing.rss") + ": HTTP 404"));
        assertThat(run.out()).contains("round 1: feeds 2 (0 unchanged, 1 failed), new ");
        try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
            assertThat(store.articleCount()).isPositive();
        }
    }

    @Test
    void opmlListNamesTheFeedsToWatch() throws IOException {
        Path data = tmp.resolve("data");
        Path opml = Files.writeString(tmp.resolve("feeds.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head>"
                + "<body><outline text=\"medium\" type=\"rss\" xmlUrl=\"" + url("/feeds/medium.rss") + "\"/></body></opml>");

        Cli.Run run = Cli.run(data, "watch", "--feeds", opml.toString(), "--once", "--allow-private");

        assertThat(run.exit()).isZero();
        assertThat(requests).containsExactly("/feeds/medium.rss 200");
    }

    @Test
    void everyAcceptsShortAndIsoDurationsAndRefusesZero() {
        WatchCommand.DurationConverter converter = new WatchCommand.DurationConverter();

        assertThat(converter.convert("90s")).hasSeconds(90);
        assertThat(converter.convert("10m")).hasMinutes(10);
        assertThat(converter.convert("PT2H")).hasHours(2);
        assertThat(Cli.run(null, "watch", "--feeds", "x", "--every", "0m").exit()).isEqualTo(2);
    }
}
