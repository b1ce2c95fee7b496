package org.storytrace.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
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
        long runStart = System.nanoTime();
        List<Double> roundSeconds = new ArrayList<>(rounds);
        // Results are kept, not dropped, so the JIT cannot prove the work dead; the last round's are scored.
        List<T> results = new ArrayList<>(pages.size());
        for (int round = 0; round < warmup + rounds; round++) {
            results.clear();
            long start = System.nanoTime();
            for (Page page : pages) {
                results.add(extractOrNull(page));
            }
            long elapsed = System.nanoTime() - start;
            if (round >= warmup) {
                roundSeconds.add(elapsed / 1e9);
            }
        }
        double wallSeconds = (System.nanoTime() - runStart) / 1e9;
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
