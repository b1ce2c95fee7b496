package org.storytrace.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A peer running in this JVM. Only {@code extract} is timed; turning its result into text for scoring is not, so
 * the jsoup floor is a bare parse.
 */
final class JavaPeer<T> implements Peer {
    private final String name;
    private final Function<String, T> extract;
    private final Function<T, String> text;
    /** The last round's results, kept so the JIT cannot prove the work dead; they are what gets scored. */
    private final List<T> results = new ArrayList<>();

    JavaPeer(String name, Function<String, T> extract, Function<T, String> text) {
        this.name = name;
        this.extract = extract;
        this.text = text;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    public Run run(List<Page> pages, int warmup, int rounds) {
        return interleaved(List.of(this), pages, warmup, rounds).get(name);
    }

    /**
     * Runs several peers round by round, each round every peer once, in an order that rotates. Run one after another
     * instead, the first peer was timed while the JIT was still compiling the jsoup parser every peer shares, and
     * a slow spell of this shared machine fell on one peer only: bare jsoup once came out slower than storytrace,
     * which parses with jsoup and then does more.
     */
    static Map<String, Run> interleaved(List<JavaPeer<?>> peers, List<Page> pages, int warmup, int rounds) {
        Map<String, List<Double>> seconds = new HashMap<>();
        Map<String, Long> nanos = new HashMap<>();
        for (JavaPeer<?> peer : peers) {
            seconds.put(peer.name, new ArrayList<>(rounds));
            nanos.put(peer.name, 0L);
        }
        for (int round = 0; round < warmup + rounds; round++) {
            for (int i = 0; i < peers.size(); i++) {
                JavaPeer<?> peer = peers.get((round + i) % peers.size());
                long elapsed = peer.round(pages);
                nanos.merge(peer.name, elapsed, Long::sum);
                if (round >= warmup) {
                    seconds.get(peer.name).add(elapsed / 1e9);
                }
            }
        }
        Map<String, Run> runs = new LinkedHashMap<>();
        for (JavaPeer<?> peer : peers) {
            runs.put(peer.name, peer.scored(pages, seconds.get(peer.name), nanos.get(peer.name) / 1e9));
        }
        return runs;
    }

    /** One timed pass over the pages, in nanoseconds. */
    private long round(List<Page> pages) {
        results.clear();
        long start = System.nanoTime();
        for (Page page : pages) {
            results.add(extractOrNull(page));
        }
        return System.nanoTime() - start;
    }

    private Run scored(List<Page> pages, List<Double> roundSeconds, double wallSeconds) {
        Map<String, String> texts = new HashMap<>();
        int failed = 0;
        for (int i = 0; i < pages.size(); i++) {
            T result = results.get(i);
            if (result == null) {
                failed++;
            }
            String extracted = result == null ? null : text.apply(result);
            texts.put(pages.get(i).id(), extracted == null ? "" : extracted);
        }
        results.clear();
        return new Run(texts, roundSeconds, wallSeconds, failed);
    }

    /** A peer that throws on a page has failed that page, not the benchmark: it scores as empty text. */
    private T extractOrNull(Page page) {
        try {
            return extract.apply(page.html());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
