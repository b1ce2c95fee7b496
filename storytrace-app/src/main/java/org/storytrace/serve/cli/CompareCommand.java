package org.storytrace.serve.cli;

import java.io.PrintWriter;
import org.storytrace.model.Comparison;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storytrace compare A B}: the claim-level diff of B against its source A. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Claim-level diff of B against A: kept, paraphrased, dropped, added and changed facts.")
final class CompareCommand extends ArchiveCommand {
    @Parameters(index = "0", paramLabel = "A", description = "The source article (id, id prefix or file name prefix).")
    String source;

    @Parameters(index = "1", paramLabel = "B", description = "The derived article.")
    String target;

    @Option(names = "--width", paramLabel = "N", description = "Width of the two-column view (default: $COLUMNS, else 140).")
    Integer width;

    @Override
    Object show(Archive archive, Views views, PrintWriter out) {
        StoredArticle a = References.article(archive, source, spec);
        StoredArticle b = References.article(archive, target, spec);
        Comparison c = archive.compare(a.article(), b.article());
        if (!json) {
            TextViews.comparison(out, c, a.article(), b.article(), TextViews.width(width), TextViews.colour());
        }
        return views.comparison(c, a.article().text(), b.article().text());
    }
}
