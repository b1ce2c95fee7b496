package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.source.Sources;
import org.storytrace.serve.Archive;
import org.storytrace.serve.IngestOutcome;
import org.storytrace.serve.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace ingest PATH...}: reads files, folders and stdin into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the archive: .txt, .html/.htm, .jsonl, RSS/Atom feeds, OPML lists of local feeds, "
                + "WARC archives (any of them gzipped), folders (recursively) and - for stdin.",
                "The same content twice is stored once and reported as already known; the same URL with other text is "
                        + "stored as an updated revision of it."})
final class IngestCommand implements Callable<Integer> {
    /** How often the progress bar redraws: often enough to look alive, rarely enough to cost nothing. */
    private static final int PROGRESS_REFRESH_MILLIS = 200;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "Threads that extract and analyse ahead of the one writer (0, the default: one per core).")
    int workers;

    @Spec
    CommandSpec spec;

    /** One preparing thread per core: the writer mostly waits on them, and the store's own work is light. */
    static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Archive archive = data.open()) {
            Summary summary;
            // A person at a terminal gets a bar with items/s and errors; a pipe or a log gets a line per document.
            if (System.console() != null) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(PROGRESS_REFRESH_MILLIS).showSpeed().continuousUpdate().build()) {
                    summary = ingest(archive, paths, new Report.Bar(bar, err), threads());
                }
            } else {
                summary = ingest(archive, paths, new Report.Lines(out, err), threads());
            }
            out.println(summary);
            out.flush();
            return summary.failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    private int threads() {
        return workers > 0 ? workers : defaultWorkers();
    }

    /**
     * Ingests every document under {@code paths}, telling {@code report} about each outcome and problem. Extraction
     * and analysis run on {@code workers} threads ahead of the one writer; outcomes come in input order.
     */
    static Summary ingest(Archive archive, List<String> paths, Report report, int workers) {
        int[] counts = new int[4];
        try (Archive.Batch batch = archive.batch(workers, o -> {
            counts[o.status().ordinal()]++;
            report.outcome(o, counts[IngestOutcome.Status.FAILED.ordinal()]);
        })) {
            new Sources(new Ingester(), System.in).read(paths, batch::submit, problem -> {
                counts[IngestOutcome.Status.FAILED.ordinal()]++;
                report.problem("storytrace: ingest: " + Terminal.line(problem.toString()), counts[IngestOutcome.Status.FAILED.ordinal()]);
            });
        }
        report.flush();
        return new Summary(counts[IngestOutcome.Status.NEW.ordinal()], counts[IngestOutcome.Status.ALREADY_KNOWN.ordinal()],
                counts[IngestOutcome.Status.UPDATED.ordinal()], counts[IngestOutcome.Status.FAILED.ordinal()]);
    }

    /** Where an ingest run tells what happened: plain lines, or a progress bar with only problems printed. */
    sealed interface Report {
        void outcome(IngestOutcome o, int failedSoFar);

        void problem(String line, int failedSoFar);

        void flush();

        /** One line per document on out and per problem on err, for pipes, logs and tests. */
        record Lines(PrintWriter out, PrintWriter err) implements Report {
            @Override
            public void outcome(IngestOutcome o, int failedSoFar) {
                switch (o.status()) {
                    case NEW -> out.printf("new    %s  %s%s  %s%n", o.articleId(), o.storyId(),
                            o.openedStory() ? " (new story)" : o.merged().isEmpty() ? "" : " (merged " + String.join(", ", o.merged()) + ")",
                            Terminal.line(o.origin()));
                    case UPDATED -> out.printf("update %s  %s (revision of %s)  %s%n", o.articleId(), o.storyId(), o.revisionOf(),
                            Terminal.line(o.origin()));
                    case ALREADY_KNOWN -> out.printf("known  %s  %s  %s%n", o.articleId(), o.storyId(), Terminal.line(o.origin()));
                    case FAILED -> err.println("storytrace: ingest: " + Terminal.line(o.origin()) + ": " + Terminal.line(o.reason()));
                }
            }

            @Override
            public void problem(String line, int failedSoFar) {
                err.println(line);
            }

            @Override
            public void flush() {
                out.flush();
                err.flush();
            }
        }

        /** A progress bar of items read (with items/s) whose extra message counts errors; problems still get a line. */
        record Bar(ProgressBar bar, PrintWriter err) implements Report {
            @Override
            public void outcome(IngestOutcome o, int failedSoFar) {
                if (o.status() == IngestOutcome.Status.FAILED) {
                    problem("storytrace: ingest: " + Terminal.line(o.origin()) + ": " + Terminal.line(o.reason()), failedSoFar);
                    return;
                }
                bar.step();
            }

            @Override
            public void problem(String line, int failedSoFar) {
                err.println(line);
                err.flush();
                bar.step();
                bar.setExtraMessage(failedSoFar + " errors");
            }

            @Override
            public void flush() {
                err.flush();
            }
        }
    }

    /** Counts of one ingest run. */
    record Summary(int added, int known, int updated, int failed) {
        /** Read, new, already known and failed in the order scripts already parse; updated after them. */
        @Override
        public String toString() {
            return "read " + (added + known + updated + failed) + ", new " + added + ", already known " + known
                    + ", failed " + failed + ", updated " + updated;
        }
    }
}
