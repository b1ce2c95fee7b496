package org.storytrace.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Fetcher} behaves; built once from flags.
 *
 * @param connectTimeout  longest wait for a TCP (and TLS) connection
 * @param readTimeout     longest wait from sending a request to having its whole body
 * @param maxBytes        largest body accepted, counted as it arrives on the wire and again after decoding
 * @param maxRedirects    redirects followed before giving up
 * @param politenessDelay least time between the starts of two requests to one host
 * @param allowPrivate    whether loopback, private and link-local targets may be fetched (local tests, intranets)
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                          Duration politenessDelay, boolean allowPrivate) {
    /** Named in every request so site operators can see who fetched and where to complain. */
    public static final String USER_AGENT = "storytrace/0.1 (+https://github.com/storytrace)";

    /** Ten seconds to connect is generous for any reachable news site; more is a dead host. */
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Thirty seconds for a whole page or feed: slow sites finish well within it, stuck ones do not. */
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** 16 MB: the largest real feeds and pages are a few MB; more is a mistake or an attack. */
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** Five redirects cover http→https, a trailing slash, a tracking hop and a CDN; browsers allow 20, crawlers ~5. */
    static final int DEFAULT_MAX_REDIRECTS = 5;
    /** One request per second per host, the usual crawler courtesy when robots.txt names no Crawl-delay. */
    static final Duration DEFAULT_POLITENESS_DELAY = Duration.ofSeconds(1);

    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("fetch: timeouts must be positive: connect " + connectTimeout + ", read " + readTimeout);
        }
        if (maxBytes <= 0 || maxRedirects < 0 || politenessDelay.isNegative()) {
            throw new IllegalArgumentException("fetch: maxBytes " + maxBytes + " must be positive, maxRedirects "
                    + maxRedirects + " and politenessDelay " + politenessDelay + " not negative");
        }
    }

    /** The defaults above, with or without private targets. */
    public static FetchPolicy defaults(boolean allowPrivate) {
        return new FetchPolicy(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS,
                DEFAULT_POLITENESS_DELAY, allowPrivate);
    }
}
