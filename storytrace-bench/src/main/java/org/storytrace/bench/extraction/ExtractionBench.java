package org.storytrace.bench.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs each peer on the same pages, one after another on one thread, and scores what it extracted. Figures are the
 * median of the timed rounds, so one round disturbed by GC or a noisy neighbour does not set them.
 */
final class ExtractionBench {
    private final String set;
    private final Path setDir;
    private final List<Page> pages;
    private final int warmup;
    private final int rounds;

    ExtractionBench(Path setDir, List<Page> pages, int warmup, int rounds) {
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("bench: need warmup >= 0 and rounds >= 1, got " + warmup + " and " + rounds);
        }
        this.set = setDir.toAbsolutePath().normalize().getFileName().toString();
        this.setDir = setDir;
        this.pages = List.copyOf(pages);
        this.warmup = warmup;
        this.rounds = rounds;
    }

    /** Measures the peers in the order given; {@code progress} hears which one starts, as runs take minutes. */
    List<PeerResult> measure(List<Peer> peers, Consumer<String> progress) {
        long bytes = pages.stream().mapToLong(Page::utf8Bytes).sum();
        List<PeerResult> measured = new ArrayList<>();
        for (Peer peer : peers) {
            Optional<String> unavailable = peer.unavailable();
            if (unavailable.isPresent()) {
                measured.add(PeerResult.notRun(set, peer.name(), pages.size(), unavailable.get()));
                continue;
            }
            progress.accept(peer.name());
            Peer.Run run;
            try {
                run = peer.run(pages, warmup, rounds);
            } catch (RuntimeException e) {
                // One peer breaking (a crashed interpreter, say) is that peer's row, not the end of the comparison.
                measured.add(PeerResult.notRun(set, peer.name(), pages.size(), "failed: " + e.getMessage()));
                continue;
            }
            double seconds = median(run.roundSeconds());
            measured.add(new PeerResult(set, peer.name(), PeerResult.OK, pages.size(), pages.size() / seconds,
                    bytes / seconds / 1e6, ScrapinghubScoring.score(run.texts(), setDir), run.failedPages(),
                    run.wallSeconds(), null, null));
        }
        return withRatios(measured);
    }

    private static List<PeerResult> withRatios(List<PeerResult> measured) {
        Double jsoup = speedOf(measured, Peers.JSOUP);
        Double readabilityJs = speedOf(measured, Peers.READABILITY_JS);
        return measured.stream().map(r -> !r.ran() ? r : new PeerResult(r.set(), r.peer(), r.status(), r.pages(),
                r.pagesPerSecond(), r.megabytesPerSecond(), r.score(), r.failedPages(), r.wallSeconds(),
                jsoup == null ? null : r.pagesPerSecond() / jsoup,
                readabilityJs == null ? null : r.pagesPerSecond() / readabilityJs)).toList();
    }

    private static Double speedOf(List<PeerResult> measured, String peer) {
        return measured.stream().filter(r -> r.ran() && r.peer().equals(peer)).map(PeerResult::pagesPerSecond)
                .findFirst().orElse(null);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
