package org.storytrace.bench.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storytrace bench extraction}: times and scores storytrace's extractor beside bare jsoup and the peers. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Time and score article extraction on one thread: bare jsoup parsing (the floor), storytrace, "
                + "readability4j, boilerpipe, Mozilla Readability and readability-lxml, on the same pages.",
                "Peers outside the JVM come from scripts/install-peers.sh; a missing one is reported, not fatal."})
public final class ExtractionBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--set", paramLabel = "DIR", description = "A set laid out as scrapinghub's (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:storytrace.home:-.}/../shared/eval/extraction/scrapinghub")
    private Path setDir;

    @Option(names = "--json", description = "Print one JSON object per peer, one per line.")
    private boolean json;

    @Option(names = "--peers", split = ",", paramLabel = "LIST",
            description = "Peers to run, comma-separated (default: all of jsoup, storytrace, readability4j, boilerpipe, "
                    + "readability-js, readability-lxml).")
    private List<String> only;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Override
    public Integer call() {
        if (warmup < 0 || rounds < 1) {
            throw new ParameterException(spec.commandLine(), "bench extraction: --warmup must be >= 0 and --rounds >= 1");
        }
        Path home = Path.of(System.getProperty("storytrace.home", "."));
        List<Peer> peers = chosen(Peers.all(home.resolve("storytrace-bench/peers")));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Page> pages = ScrapinghubPages.load(setDir);
        ExtractionBench bench = new ExtractionBench(setDir, pages, warmup, rounds);
        List<PeerResult> results = bench.measure(peers, peer -> {
            err.println("bench extraction: running " + peer + " on " + pages.size() + " pages");
            err.flush();
        });
        if (json) {
            results.forEach(r -> out.println(json(r)));
        } else {
            printTable(out, results, pages);
        }
        out.flush();
        return 0;
    }

    private List<Peer> chosen(List<Peer> all) {
        if (only == null) {
            return all;
        }
        List<String> known = all.stream().map(Peer::name).toList();
        for (String name : only) {
            if (!known.contains(name)) {
                throw new ParameterException(spec.commandLine(),
                        "bench extraction: unknown peer '" + name + "'; known: " + String.join(", ", known));
            }
        }
        return all.stream().filter(p -> only.contains(p.name())).toList();
    }

    private String json(PeerResult r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode().put("set", r.set()).put("peer", r.peer()).put("status", r.status())
                .put("pages", r.pages()).put("threads", 1).put("warmup_rounds", warmup).put("timed_rounds", rounds);
        o.put("pages_per_s", r.pagesPerSecond()).put("mb_per_s", r.megabytesPerSecond());
        ScrapinghubScoring.Score s = r.score();
        o.put("precision", s == null ? null : s.precision()).put("recall", s == null ? null : s.recall())
                .put("f1", s == null ? null : s.f1()).put("accuracy", s == null ? null : s.accuracy());
        o.put("failed_pages", r.failedPages()).put("wall_s", r.wallSeconds())
                .put("ratio_to_jsoup", r.ratioToJsoup()).put("ratio_to_readability_js", r.ratioToReadabilityJs());
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bench extraction: cannot write JSON for " + r.peer(), e);
        }
    }

    private void printTable(PrintWriter out, List<PeerResult> results, List<Page> pages) {
        long bytes = pages.stream().mapToLong(Page::utf8Bytes).sum();
        String set = results.isEmpty() ? setDir.toString() : results.get(0).set();
        out.printf(Locale.ROOT, "set %s: %d pages, %.1f MB of decoded HTML; one thread; median of %d timed rounds after %d warm-up%n",
                set, pages.size(), bytes / 1e6, rounds, warmup);
        out.printf(Locale.ROOT, "%-17s %9s %7s %6s %6s %6s %8s %8s %7s  %s%n",
                "peer", "pages/s", "MB/s", "P", "R", "F1", "x jsoup", "x read.js", "wall s", "note");
        for (PeerResult r : results) {
            if (!r.ran()) {
                out.printf(Locale.ROOT, "%-17s %9s %7s %6s %6s %6s %8s %8s %7s  %s%n",
                        r.peer(), "-", "-", "-", "-", "-", "-", "-", "-", r.status());
                continue;
            }
            ScrapinghubScoring.Score s = r.score();
            out.printf(Locale.ROOT, "%-17s %9.1f %7.2f %6.3f %6.3f %6.3f %8s %8s %7.1f  %s%n",
                    r.peer(), r.pagesPerSecond(), r.megabytesPerSecond(), s.precision(), s.recall(), s.f1(),
                    ratio(r.ratioToJsoup()), ratio(r.ratioToReadabilityJs()), r.wallSeconds(),
                    r.failedPages() == 0 ? "" : r.failedPages() + " pages failed");
        }
    }

    private static String ratio(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
