package org.storytrace.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Story;
import org.storytrace.serve.Archive;
import org.storytrace.store.StoredArticle;
import org.storytrace.store.sqlite.SqliteArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace demo}: the whole pipeline on the seed pair, in a fresh archive: ingest, stories, the largest
 * story's timeline and derivation graph, and the diff of each derived article against its source.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the seed articles into a fresh embedded store and show the story, its derivation graph and the diff.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${sys:storytrace.home:-.}/../shared/seeds",
            description = "Folder of articles to ingest (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder for the demo archive; must be empty or absent (default: a new temporary folder).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path seeds = this.seeds.normalize();
        if (!Files.isDirectory(seeds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "demo: no folder " + seeds + " (run from the repository, beside ../shared, or pass --seeds)");
        }
        Path dir = data != null ? data : Files.createTempDirectory("storytrace-demo-");
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "demo: " + dir + " is not empty; the demo starts from a fresh store");
                }
            }
        }
        try (Archive archive = new Archive(SqliteArticleStore.open(dir), Clock.systemUTC(), org.storytrace.serve.InstalledDictionaries::fromEnvironment)) {
            out.println("== ingest " + seeds + " into a fresh store in " + dir);
            IngestCommand.Summary summary = IngestCommand.ingest(archive, List.of(seeds.toString()),
                    new IngestCommand.Report.Lines(out, spec.commandLine().getErr()), IngestCommand.defaultWorkers());
            out.println(summary);
            out.println();
            out.println("== stories");
            List<Story> stories = archive.store().stories();
            TextViews.stories(out, stories);
            if (stories.isEmpty()) {
                return ExitCodes.FAILED;
            }
            Story story = stories.get(0);
            out.println();
            out.println("== story " + story.id());
            List<StoredArticle> members = archive.store().storyMembers(story.id());
            DerivationGraph graph = archive.provenance(story.id());
            TextViews.timeline(out, story, members, graph);
            for (DerivationEdge e : graph.edges()) {
                var source = archive.store().article(e.sourceId());
                var derived = archive.store().article(e.derivedId());
                if (source.isPresent() && derived.isPresent()) {
                    out.println();
                    out.printf("== compare %s %s   (%s)%n", e.sourceId(), e.derivedId(), e.type().label());
                    TextViews.comparison(out, archive.compare(source.get().article(), derived.get().article()),
                            source.get().article(), derived.get().article(), TextViews.width(null), TextViews.colour());
                }
            }
            out.println();
            out.println("Explore further: storytrace stories --data " + dir + "   (also story, trace, compare; --help on each)");
            out.flush();
            return summary.failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
