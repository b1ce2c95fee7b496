package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every read-only view command shares: {@code --data}, {@code --json}, opening and closing the archive, and
 * choosing between the JSON and the text rendering.
 */
abstract class ArchiveCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Archive archive = data.open()) {
            PrintWriter out = spec.commandLine().getOut();
            Views views = new Views();
            Object node = show(archive, views, out);
            if (json) {
                out.println(views.write(node));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Renders the view: returns its JSON node, and writes the text form to {@code out} unless {@link #json} is set. */
    abstract Object show(Archive archive, Views views, PrintWriter out);
}
