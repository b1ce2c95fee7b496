package org.storytrace.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.ingest.FeedResult;
import org.storytrace.ingest.Feeds;
import org.storytrace.ingest.fetch.FetchPolicy;
import org.storytrace.ingest.fetch.FetchState;
import org.storytrace.ingest.fetch.Fetcher;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code storytrace watch --feeds FILE}: polls feeds and ingests their new articles, fetching summary-only ones. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds and ingest new articles; when an item carries only a summary, its article "
                + "page is fetched. Feeds are fetched with conditional GET, at most one request per second per host.",
                "Loopback, private, link-local and multicast addresses are refused (also after DNS and after each "
                        + "redirect) unless --allow-private is given. Ctrl-C stops between two articles."})
final class WatchCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the article in progress: a page fetch's timeouts plus one pipeline run. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(45);

    @Mixin
    DataOptions data;

    @Option(names = "--feeds", paramLabel = "FILE", required = true,
            description = "Feed URLs, one a line (# starts a comment), or an OPML file.")
    Path feedsFile;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Time between the starts of two rounds: 90s, 10m, 1h or ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Option(names = "--allow-private",
            description = "Also fetch from loopback, private and link-local addresses (local tests, intranet feeds).")
    boolean allowPrivate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<URI> feedUrls = new ArrayList<>();
        boolean badList = !readFeedList(feedsFile, feedUrls, err);
        if (feedUrls.isEmpty()) {
            err.println("storytrace: watch: " + Terminal.line(feedsFile.toString()) + ": no feed URLs");
            err.flush();
            return ExitCodes.FAILED;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks; this one asks the loop to stop between articles and waits for it, so the
        // article being stored is finished (each one is its own transaction anyway) and the state file is saved.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                finished.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "storytrace-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Archive archive = data.open()) {
            FetchState state = FetchState.load(data.config().dataDir());
            FeedRound round = new FeedRound(archive, new Fetcher(FetchPolicy.defaults(allowPrivate)), state,
                    new IngestCommand.Report.Lines(out, err));
            boolean anyFailed = badList;
            for (int n = 1; ; n++) {
                long started = System.nanoTime();
                FeedRound.Counts counts = round.run(feedUrls, () -> stop.getCount() == 0);
                anyFailed |= counts.anyFailed();
                out.println("round " + n + ": " + counts);
                out.flush();
                if (once || stop.getCount() == 0) {
                    break;
                }
                long waitNanos = every.toNanos() - (System.nanoTime() - started);
                if (waitNanos > 0 && stop.await(waitNanos, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
            return anyFailed ? ExitCodes.FAILED : ExitCodes.OK;
        } finally {
            finished.countDown();
            if (stop.getCount() != 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /**
     * Reads feed URLs from a list (one a line, # comments) or an OPML file into {@code urls}; each bad line or
     * unreadable file gets one line on {@code err}. Returns false when anything was wrong.
     */
    static boolean readFeedList(Path file, List<URI> urls, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("storytrace: watch: " + Terminal.line(file.toString()) + ": unreadable (" + Terminal.line(String.valueOf(e.getMessage())) + ")");
            return false;
        }
        String name = file.toString();
        List<String> candidates = new ArrayList<>();
        boolean ok = true;
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("<")) {
            FeedResult opml = new Feeds().read(name, bytes);
            opml.problems().forEach(p -> err.println("storytrace: watch: " + Terminal.line(p.toString())));
            ok = opml.problems().isEmpty();
            candidates.addAll(opml.feedUrls());
        } else {
            text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(candidates::add);
        }
        for (String candidate : candidates) {
            try {
                URI uri = new URI(candidate);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new URISyntaxException(candidate, "not an absolute http(s) URL");
                }
                urls.add(uri);
            } catch (URISyntaxException e) {
                err.println("storytrace: watch: " + Terminal.line(name) + ": " + Terminal.line(e.getMessage()));
                ok = false;
            }
        }
        err.flush();
        return ok;
    }

    /** Reads 90s, 10m, 2h, 1d or an ISO-8601 duration (PT10M); zero and negative durations are refused. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Duration d;
            Matcher m = SHORT.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                try {
                    d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'" + value + "' is not a duration (try 90s, 10m, 1h or PT10M)");
                }
            }
            if (d.isZero() || d.isNegative()) {
                throw new TypeConversionException("'" + value + "' must be longer than zero");
            }
            return d;
        }
    }
}
