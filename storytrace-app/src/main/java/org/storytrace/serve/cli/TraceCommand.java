package org.storytrace.serve.cli;

import java.io.PrintWriter;
import org.storytrace.model.DerivationGraph;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Views;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code storytrace trace ARTICLE}: where an article came from, with edge types, confidence and evidence. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Where this article came from: its source(s), edge type, confidence and evidence.")
final class TraceCommand extends ArchiveCommand {
    @Parameters(paramLabel = "ARTICLE", description = "An article id, unique id prefix, or file name prefix (e.g. 004).")
    String reference;

    @Override
    Object show(Archive archive, Views views, PrintWriter out) {
        StoredArticle article = References.article(archive, reference, spec);
        DerivationGraph graph = archive.provenance(article.storyId());
        var why = archive.storyEvidence(article);
        if (!json) {
            TextViews.trace(out, article.article(), graph, why);
        }
        return views.trace(article.article(), article.storyId(), graph, why);
    }
}
