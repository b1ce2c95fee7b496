package org.storytrace.bench.extraction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An extractor that {@code bench extraction} times and scores: ours, the jsoup floor, or a library a user might pick. */
interface Peer {
    /** Peer protocol name, as {@code --peers} and the JSON spell it. */
    String name();

    /** Why this peer cannot run here (for example "not installed: run scripts/install-peers.sh"), if it cannot. */
    Optional<String> unavailable();

    /** Runs every page {@code warmup} times untimed, then {@code rounds} times timed, on one thread. */
    Run run(List<Page> pages, int warmup, int rounds);

    /**
     * What one peer did: the last round's text per page, the seconds each timed round took, its wall time (for a
     * peer in this JVM, all its rounds, warm-up included; for a process, from start to exit, start-up included) and
     * the pages it failed on, which score as empty.
     */
    record Run(Map<String, String> texts, List<Double> roundSeconds, double wallSeconds, int failedPages) {
        public Run {
            texts = Map.copyOf(texts);
            roundSeconds = List.copyOf(roundSeconds);
            if (roundSeconds.isEmpty()) {
                throw new IllegalArgumentException("run: no timed round");
            }
        }
    }
}
