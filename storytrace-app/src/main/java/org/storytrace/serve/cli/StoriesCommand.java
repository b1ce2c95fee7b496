package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import org.storytrace.model.Story;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import picocli.CommandLine.Command;

/** {@code storytrace stories}: every story with its size, languages and first/last seen. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "List stories: article count, languages, first and last seen.")
final class StoriesCommand extends ArchiveCommand {
    @Override
    Object show(Archive archive, Views views, PrintWriter out) {
        List<Story> stories = archive.store().stories();
        if (!json) {
            TextViews.stories(out, stories);
        }
        return views.stories(stories);
    }
}
