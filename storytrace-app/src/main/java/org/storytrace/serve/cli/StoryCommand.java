package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Story;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code storytrace story ID}: the timeline of one story with each article's role, and its derivation graph. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Show one story: its articles in time order (outlet, time, language, role) and its derivation graph.")
final class StoryCommand extends ArchiveCommand {
    @Parameters(paramLabel = "ID", description = "A story id or unique prefix, or an article reference (its story is shown).")
    String id;

    @Override
    Object show(Archive archive, Views views, PrintWriter out) {
        Story story = References.story(archive, id, spec);
        List<StoredArticle> members = archive.store().storyMembers(story.id());
        DerivationGraph graph = archive.provenance(story.id());
        if (!json) {
            TextViews.timeline(out, story, members, graph);
        }
        return views.timeline(story, members, graph);
    }
}
