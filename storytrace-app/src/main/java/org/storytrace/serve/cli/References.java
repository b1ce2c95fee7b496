package org.storytrace.serve.cli;

import java.util.List;
import org.storytrace.model.Article;
import org.storytrace.model.Story;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Terminal;
import org.storytrace.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Turns what a user typed (an id, an id prefix, a file name prefix) into one article or story, or a usage error. */
final class References {
    private References() {
    }

    static StoredArticle article(Archive archive, String reference, CommandSpec spec) {
        List<Article> matches = archive.store().resolve(reference);
        if (matches.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no article matches '" + Terminal.line(reference) + "'");
        }
        if (matches.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + Terminal.line(reference) + "' matches "
                    + matches.size() + " articles: " + String.join(", ", matches.stream().limit(5)
                    .map(a -> a.id() + " (" + Terminal.line(a.origin()) + ")").toList()));
        }
        return archive.store().article(matches.get(0).id()).orElseThrow();
    }

    /** A story by id or unique id prefix, or the story of the article the reference names. */
    static Story story(Archive archive, String reference, CommandSpec spec) {
        var exact = archive.store().story(reference);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Story> byPrefix = archive.store().stories().stream().filter(s -> s.id().startsWith(reference)).toList();
        if (byPrefix.size() == 1) {
            return byPrefix.get(0);
        }
        if (byPrefix.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + Terminal.line(reference) + "' matches "
                    + byPrefix.size() + " stories");
        }
        StoredArticle a = article(archive, reference, spec);
        return archive.store().story(a.storyId()).orElseThrow();
    }
}
