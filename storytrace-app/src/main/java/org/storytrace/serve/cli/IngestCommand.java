package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.source.Sources;
import org.storytrace.serve.Archive;
import org.storytrace.serve.IngestOutcome;
import org.storytrace.serve.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace ingest PATH...}: reads files, folders and stdin into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the archive: .txt, .html/.htm (also .gz), .jsonl files, folders (recursively) and - for stdin.",
                "The same content twice is stored once and reported as already known."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            Summary summary = ingest(archive, paths, spec.commandLine().getOut(), spec.commandLine().getErr());
            spec.commandLine().getOut().println(summary);
            return summary.failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    /** Ingests every document under {@code paths}, one line per document on out and per problem on err. */
    static Summary ingest(Archive archive, List<String> paths, PrintWriter out, PrintWriter err) {
        int[] counts = new int[3];
        new Sources(new Ingester(), System.in).read(paths, doc -> {
            IngestOutcome o = archive.ingest(doc);
            switch (o.status()) {
                case NEW -> {
                    counts[0]++;
                    out.printf("new    %s  %s%s  %s%n", o.articleId(), o.storyId(),
                            o.openedStory() ? " (new story)" : o.merged().isEmpty() ? "" : " (merged " + String.join(", ", o.merged()) + ")",
                            Terminal.line(o.origin()));
                }
                case ALREADY_KNOWN -> {
                    counts[1]++;
                    out.printf("known  %s  %s  %s%n", o.articleId(), o.storyId(), Terminal.line(o.origin()));
                }
                case FAILED -> {
                    counts[2]++;
                    err.println("storytrace: ingest: " + Terminal.line(o.origin()) + ": " + Terminal.line(o.reason()));
                }
            }
        }, problem -> {
            counts[2]++;
            err.println("storytrace: ingest: " + Terminal.line(problem.toString()));
        });
        out.flush();
        err.flush();
        return new Summary(counts[0], counts[1], counts[2]);
    }

    /** Counts of one ingest run. */
    record Summary(int added, int known, int failed) {
        @Override
        public String toString() {
            return "read " + (added + known + failed) + ", new " + added + ", already known " + known + ", failed " + failed;
        }
    }
}
