package org.storytrace.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL for {@code watch}: GET with the storytrace User-Agent, gzip/deflate, conditional headers from a
 * {@link Validator}, redirects followed by hand so each hop's address is checked again, a size cap enforced while
 * the body streams, connect and read timeouts, and a per-host politeness delay. Never throws for a bad URL or a bad
 * server: every outcome is a {@link FetchResult}.
 *
 * <p>DNS rebinding: the address check resolves the host with the JVM resolver, and the HTTP client resolves it
 * again when it connects. Both go through the JVM's positive DNS cache (30 s by default), so the connection uses
 * the answer that was checked unless that entry expires in between or the cache is turned off
 * ({@code networkaddress.cache.ttl=0}). Java 17's HTTP client cannot be pinned to an address without breaking
 * TLS host checks, so that window is the residual risk.
 */
public final class Fetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);

    private final FetchPolicy policy;
    private final AddressPolicy addresses;
    private final Politeness politeness;
    private final HttpClient client;

    /** A fetcher with the system clock, real sleeping and the JVM resolver. */
    public Fetcher(FetchPolicy policy) {
        this(policy, Clock.systemUTC(), Sleeper::threadSleep, AddressPolicy::systemResolve);
    }

    Fetcher(FetchPolicy policy, Clock clock, Sleeper sleeper, AddressPolicy.Resolver resolver) {
        this.policy = policy;
        this.addresses = new AddressPolicy(policy.allowPrivate(), resolver);
        this.politeness = new Politeness(policy.politenessDelay(), clock, sleeper);
        // Redirects by hand: the client's own would connect to the next hop before we could check its address.
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Fetches {@code url}, asking only for a newer version than {@code previous} describes.
     *
     * @throws InterruptedException when interrupted while waiting for politeness or the response
     */
    public FetchResult fetch(URI url, Validator previous) throws InterruptedException {
        URI at = url;
        for (int hop = 0; ; hop++) {
            Optional<String> refusal = addresses.refusal(at);
            if (refusal.isPresent()) {
                String where = at.equals(url) ? "" : " (redirected to " + at + ")";
                LOG.debug("{}: refused{}: {}", url, where, refusal.get());
                return FetchResult.refused(url, at, refusal.get() + where);
            }
            politeness.await(at.getHost());
            HttpResponse<byte[]> response;
            try {
                response = send(at, previous);
            } catch (TimeoutException | HttpTimeoutException e) {
                return FetchResult.failed(url, at, e instanceof HttpConnectTimeoutException
                        ? "no connection within " + policy.connectTimeout().toMillis() + " ms"
                        : "no complete answer within " + policy.readTimeout().toMillis() + " ms");
            } catch (IOException e) {
                return FetchResult.failed(url, at, oneLine(e));
            }
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return FetchResult.failed(url, at, "HTTP " + status + " without a Location");
                }
                if (hop >= policy.maxRedirects()) {
                    return FetchResult.failed(url, at, "more than " + policy.maxRedirects() + " redirects");
                }
                try {
                    at = at.resolve(new URI(location.get().strip()));
                } catch (URISyntaxException e) {
                    return FetchResult.failed(url, at, "HTTP " + status + " to a malformed Location: " + oneLine(e));
                }
                LOG.debug("{}: HTTP {} to {}", url, status, at);
                continue;
            }
            Validator validator = new Validator(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            if (status == 304) {
                return new FetchResult(url, FetchResult.Status.NOT_MODIFIED, at, null, null,
                        validator.isNone() ? previous : validator, null);
            }
            if (status != 200) {
                return FetchResult.failed(url, at, "HTTP " + status);
            }
            try {
                byte[] body = ContentDecoding.decode(response.headers().firstValue("Content-Encoding").orElse(null),
                        response.body(), policy.maxBytes());
                LOG.debug("{}: {} bytes from {}", url, body.length, at);
                return new FetchResult(url, FetchResult.Status.OK, at, body,
                        response.headers().firstValue("Content-Type").orElse(null), validator, null);
            } catch (IOException e) {
                return FetchResult.failed(url, at, "body " + oneLine(e));
            }
        }
    }

    private HttpResponse<byte[]> send(URI at, Validator previous) throws IOException, InterruptedException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(at).GET().timeout(policy.readTimeout())
                .header("User-Agent", FetchPolicy.USER_AGENT)
                .header("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        HttpResponse.BodyHandler<byte[]> handler = info -> info.statusCode() == 200
                ? new CappedBody(policy.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1))
                : HttpResponse.BodySubscribers.replacing(null);
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(request.build(), handler);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a fetchable URL (" + e.getMessage() + ")", e);
        }
        try {
            // The request timeout stops waiting for headers; this one also bounds a body that trickles forever.
            return exchange.get(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.toString(), cause);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("[\\r\\n]+", " ");
    }
}
