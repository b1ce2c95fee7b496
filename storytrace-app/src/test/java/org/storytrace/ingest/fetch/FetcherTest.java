package org.storytrace.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real JDK HTTP server on loopback; private targets are allowed unless a test says not. */
class FetcherTest {
    /** A real news page from the scrapinghub extraction set, served as the article. */
    private static final Path PAGE = Path.of(System.getProperty("storytrace.shared", "../../shared"),
            "eval/extraction/scrapinghub/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz");
    private static final FetchPolicy FAST = new FetchPolicy(Duration.ofSeconds(2), Duration.ofSeconds(2),
            1 << 20, 2, Duration.ZERO, true);
    private static final FetchPolicy SMALL_CAP = new FetchPolicy(FAST.connectTimeout(), FAST.readTimeout(),
            64 * 1024, 2, Duration.ZERO, true);

    private HttpServer server;
    private ExecutorService handlers;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private byte[] page;

    @BeforeEach
    void start() throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(PAGE))) {
            page = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", this::servePage);
        // Several handler threads, so a handler that sleeps does not hold up the next test's requests.
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void servePage(HttpExchange exchange) throws IOException {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String etag = "\"v1\"";
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Last-Modified", "Tue, 21 Jul 2020 21:19:07 GMT");
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        send(exchange, 200, page);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Fetcher fetcher(FetchPolicy policy) {
        return new Fetcher(policy, Clock.systemUTC(), d -> { }, AddressPolicy::systemResolve);
    }

    @Test
    void pageOnLoopbackIsFetchedWhenPrivateTargetsAreAllowed() throws Exception {
        FetchResult result = fetcher(FAST).fetch(url("/page"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.OK);
        assertThat(result.body()).isEqualTo(page);
        assertThat(result.contentType()).startsWith("text/html");
        assertThat(result.validator()).isEqualTo(new Validator("\"v1\"", "Tue, 21 Jul 2020 21:19:07 GMT"));
        assertThat(userAgents).containsExactly(FetchPolicy.USER_AGENT);
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivateAndNothingIsSent() throws Exception {
        FetchPolicy strict = new FetchPolicy(FAST.connectTimeout(), FAST.readTimeout(), FAST.maxBytes(), 2, Duration.ZERO, false);

        FetchResult result = fetcher(strict).fetch(url("/page"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.REFUSED);
        assertThat(result.describe()).isEqualTo(url("/page") + ": refused: host 127.0.0.1 resolves to 127.0.0.1 "
                + "(loopback); use --allow-private to fetch from private networks").doesNotContain("\n");
        assertThat(userAgents).isEmpty();
    }

    @Test
    void redirectToLoopbackIsRefusedEvenAfterAPublicFirstHop() throws Exception {
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", url("/page").toString());
            send(exchange, 302, new byte[0]);
        });
        // The resolver says "localhost" is a public address, so the first hop passes the check and really reaches
        // the loopback server; only the re-check of the redirect target can stop the second hop.
        AddressPolicy.Resolver lying = host -> host.equals("localhost")
                ? new InetAddress[] {InetAddress.getByAddress("localhost", new byte[] {93, (byte) 184, (byte) 216, 34})}
                : AddressPolicy.systemResolve(host);
        FetchPolicy strict = new FetchPolicy(FAST.connectTimeout(), FAST.readTimeout(), FAST.maxBytes(), 2, Duration.ZERO, false);
        Fetcher fetcher = new Fetcher(strict, Clock.systemUTC(), d -> { }, lying);

        FetchResult result = fetcher.fetch(URI.create("http://localhost:" + server.getAddress().getPort() + "/moved"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.REFUSED);
        assertThat(result.reason()).contains("127.0.0.1 (loopback)").contains("redirected to " + url("/page"));
        assertThat(userAgents).isEmpty();
    }

    @Test
    void secondFetchWithTheValidatorIsNotModified() throws Exception {
        Fetcher fetcher = fetcher(FAST);
        FetchResult first = fetcher.fetch(url("/page"), Validator.NONE);

        FetchResult second = fetcher.fetch(url("/page"), first.validator());

        assertThat(second.status()).isEqualTo(FetchResult.Status.NOT_MODIFIED);
        assertThat(second.body()).isEmpty();
        assertThat(second.validator().etag()).isEqualTo("\"v1\"");
    }

    @Test
    void ifModifiedSinceIsSentWhenOnlyLastModifiedIsKnown() throws Exception {
        List<String> seen = new ArrayList<>();
        server.createContext("/dated", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            send(exchange, 304, new byte[0]);
        });

        FetchResult result = fetcher(FAST).fetch(url("/dated"), new Validator(null, "Tue, 21 Jul 2020 21:19:07 GMT"));

        assertThat(result.status()).isEqualTo(FetchResult.Status.NOT_MODIFIED);
        assertThat(seen).containsExactly("Tue, 21 Jul 2020 21:19:07 GMT");
    }

    @Test
    void endlessBodyIsCutAtTheCapWhileStreaming() throws Exception {
        AtomicLong written = new AtomicLong();
        server.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException clientWentAway) {
                // expected: the fetcher cancels once past the cap
            }
        });

        FetchResult result = fetcher(SMALL_CAP).fetch(url("/endless"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
        assertThat(result.reason()).contains("larger than the 65536-byte cap");
        assertThat(written.get()).isLessThan(100_000L * 8 * 1024);
    }

    @Test
    void declaredLengthOverTheCapIsRefusedBeforeReading() throws Exception {
        server.createContext("/big", exchange -> send(exchange, 200, new byte[(int) SMALL_CAP.maxBytes() + 1]));

        FetchResult result = fetcher(SMALL_CAP).fetch(url("/big"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
        assertThat(result.reason()).contains("cap");
    }

    @Test
    void redirectsBeyondTheLimitFail() throws Exception {
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            send(exchange, 301, new byte[0]);
        });

        FetchResult result = fetcher(FAST).fetch(url("/loop"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
        assertThat(result.reason()).isEqualTo("more than 2 redirects");
    }

    @Test
    void relativeRedirectWithinTheLimitIsFollowed() throws Exception {
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            send(exchange, 308, new byte[0]);
        });

        FetchResult result = fetcher(FAST).fetch(url("/old"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.OK);
        assertThat(result.finalUrl()).isEqualTo(url("/page"));
    }

    @Test
    void serverThatNeverAnswersTimesOut() throws Exception {
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });

        FetchResult result = fetcher(FAST).fetch(url("/slow"), Validator.NONE);

        assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
        assertThat(result.reason()).isEqualTo("no complete answer within 2000 ms");
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws Exception {
        server.createContext("/gzip", exchange -> {
            assertThat(exchange.getRequestHeaders().getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            send(exchange, 200, compress(page, true));
        });
        server.createContext("/deflate", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            send(exchange, 200, compress(page, false));
        });
        Fetcher fetcher = fetcher(FAST);

        assertThat(fetcher.fetch(url("/gzip"), Validator.NONE).body()).isEqualTo(page);
        assertThat(fetcher.fetch(url("/deflate"), Validator.NONE).body()).isEqualTo(page);
    }

    @Test
    void gzipBombIsCutAtTheCapAfterDecoding() throws Exception {
        byte[] bomb = compress(new byte[10 * 1024 * 1024], true);
        server.createContext("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            send(exchange, 200, bomb);
        });

        FetchResult result = fetcher(SMALL_CAP).fetch(url("/bomb"), Validator.NONE);

        assertThat(bomb.length).isLessThan((int) SMALL_CAP.maxBytes());
        assertThat(result.status()).isEqualTo(FetchResult.Status.FAILED);
        assertThat(result.reason()).contains("cap");
    }

    @Test
    void requestsToOneHostWaitForThePolitenessDelay() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-11-25T10:00:00Z"));
        List<Duration> sleeps = new ArrayList<>();
        Sleeper sleeper = d -> {
            sleeps.add(d);
            clock.advance(d);
        };
        FetchPolicy polite = new FetchPolicy(FAST.connectTimeout(), FAST.readTimeout(), FAST.maxBytes(), 2, Duration.ofSeconds(2), true);
        Fetcher fetcher = new Fetcher(polite, clock, sleeper, AddressPolicy::systemResolve);

        fetcher.fetch(url("/page"), Validator.NONE);
        clock.advance(Duration.ofMillis(500));
        fetcher.fetch(url("/page"), Validator.NONE);
        fetcher.fetch(URI.create("http://localhost:" + server.getAddress().getPort() + "/page"), Validator.NONE);

        // The second request to 127.0.0.1 waits out the rest of the 2 s; localhost is another host name and does not.
        assertThat(sleeps).containsExactly(Duration.ofMillis(1500));
        assertThat(userAgents).hasSize(3);
    }

    private static byte[] compress(byte[] bytes, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    /** A clock that moves only when told. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
