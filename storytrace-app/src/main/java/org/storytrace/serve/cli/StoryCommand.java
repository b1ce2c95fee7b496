package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Story;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace story ID}: the timeline of one story with each article's role, and its derivation graph. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Show one story: its articles in time order (outlet, time, language, role) and its derivation graph.")
final class StoryCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ID", description = "A story id or unique prefix, or an article reference (its story is shown).")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            Story story = References.story(archive, id, spec);
            List<StoredArticle> members = archive.store().storyMembers(story.id());
            DerivationGraph graph = archive.provenance(story.id());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new Views().write(new Views().timeline(story, members, graph)));
            } else {
                TextViews.timeline(out, story, members, graph);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
