package org.storytrace.bench.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs each peer on the same pages on one thread and scores what it extracted. Figures are the
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

    /**
     * Measures the peers and returns their rows in the order given; {@code progress} hears what starts, as runs take
     * minutes. Peers in this JVM run interleaved (see {@link JavaPeer#interleaved}), the others one by one.
     */
    List<PeerResult> measure(List<Peer> peers, Consumer<String> progress) {
        Map<String, Peer.Run> runs = new HashMap<>();
        Map<String, String> notRun = new HashMap<>();
        List<JavaPeer<?>> inJvm = new ArrayList<>();
        for (Peer peer : peers) {
            Optional<String> unavailable = peer.unavailable();
            if (unavailable.isPresent()) {
                notRun.put(peer.name(), unavailable.get());
            } else if (peer instanceof JavaPeer<?> javaPeer) {
                inJvm.add(javaPeer);
            }
        }
        if (!inJvm.isEmpty()) {
            progress.accept(String.join(", ", inJvm.stream().map(Peer::name).toList()) + " (interleaved)");
            runs.putAll(JavaPeer.interleaved(inJvm, pages, warmup, rounds));
        }
        for (Peer peer : peers) {
            if (runs.containsKey(peer.name()) || notRun.containsKey(peer.name())) {
                continue;
            }
            progress.accept(peer.name());
            try {
                runs.put(peer.name(), peer.run(pages, warmup, rounds));
            } catch (RuntimeException e) {
                // One peer breaking (a crashed interpreter, say) is that peer's row, not the end of the comparison.
                notRun.put(peer.name(), "failed: " + e.getMessage());
            }
        }
        long bytes = pages.stream().mapToLong(Page::utf8Bytes).sum();
        List<PeerResult> measured = new ArrayList<>();
        for (Peer peer : peers) {
            Peer.Run run = runs.get(peer.name());
            if (run == null) {
                measured.add(PeerResult.notRun(set, peer.name(), pages.size(), notRun.get(peer.name())));
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
