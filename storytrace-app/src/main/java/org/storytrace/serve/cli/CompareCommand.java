package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storytrace.model.Comparison;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace compare A B}: the claim-level diff of B against its source A. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Claim-level diff of B against A: kept, paraphrased, dropped, added and changed facts.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "A", description = "The source article (id, id prefix or file name prefix).")
    String source;

    @Parameters(index = "1", paramLabel = "B", description = "The derived article.")
    String target;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--width", paramLabel = "N", description = "Width of the two-column view (default: $COLUMNS, else 140).")
    Integer width;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            StoredArticle a = References.article(archive, source, spec);
            StoredArticle b = References.article(archive, target, spec);
            Comparison c = archive.compare(a.article(), b.article());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new Views().write(new Views().comparison(c, a.article().text(), b.article().text())));
            } else {
                TextViews.comparison(out, c, a.article(), b.article(), TextViews.width(width), TextViews.colour());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
