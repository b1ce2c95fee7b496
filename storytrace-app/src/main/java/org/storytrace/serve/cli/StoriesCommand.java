package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storytrace.model.Story;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storytrace stories}: every story with its size, languages and first/last seen. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "List stories: article count, languages, first and last seen.")
final class StoriesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            List<Story> stories = archive.store().stories();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new Views().write(new Views().stories(stories)));
            } else {
                TextViews.stories(out, stories);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
