package org.storytrace.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps at least a minimum delay between the starts of two requests to the same host, so a feed of fifty items on
 * one site does not become fifty requests in a second. Hosts are compared case-insensitively.
 */
final class Politeness {
    private final Duration minDelay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> lastRequest = new HashMap<>();

    Politeness(Duration minDelay, Clock clock, Sleeper sleeper) {
        this.minDelay = minDelay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until a request to {@code host} is polite, then records that one starts now. */
    synchronized void await(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Instant last = lastRequest.get(key);
        if (last != null) {
            Duration wait = Duration.between(clock.instant(), last.plus(minDelay));
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
        }
        lastRequest.put(key, clock.instant());
    }
}
