package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storytrace.model.DerivationGraph;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace trace ARTICLE}: where an article came from, with edge types, confidence and evidence. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Where this article came from: its source(s), edge type, confidence and evidence.")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ARTICLE", description = "An article id, unique id prefix, or file name prefix (e.g. 004).")
    String reference;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            StoredArticle article = References.article(archive, reference, spec);
            DerivationGraph graph = archive.provenance(article.storyId());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new Views().write(new Views().trace(article.article(), article.storyId(), graph)));
            } else {
                TextViews.trace(out, article.article(), graph);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
