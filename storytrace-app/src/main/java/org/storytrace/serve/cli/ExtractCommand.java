package org.storytrace.serve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.ingest.source.Sources;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.serve.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storytrace extract PATH...}: prints the article extracted from each page, as text or JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the article extracted from each page: body text, title, site, byline, dates, canonical URL,",
                "language, truncation and which pass produced the text. Reads .html/.htm (also .gz), .txt, folders and - for stdin.",
                "Nothing is stored."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(names = "--json", description = "One JSON object per article, one per line.")
    boolean json;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL, for relative links and dates in the path.")
    String url;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new Extractor();
        int[] failed = new int[1];
        new Sources(new Ingester(), System.in).read(paths, doc -> {
            RawDocument withUrl = url == null ? doc : new RawDocument(doc.origin(), doc.format(), doc.content(),
                    doc.declared().orElse(new ArticleMetadata(url, null, null, null, null, null)));
            Extraction e = extractor.extract(withUrl);
            if (e.text().isEmpty()) {
                failed[0]++;
                err.println("storytrace: extract: " + Terminal.line(doc.origin()) + ": "
                        + Terminal.line(e.notes().isEmpty() ? "no article text" : e.notes().get(e.notes().size() - 1)));
            }
            out.println(json ? mapper.valueToTree(view(doc.origin(), e)).toString() : text(doc.origin(), e));
        }, problem -> {
            failed[0]++;
            err.println("storytrace: extract: " + Terminal.line(problem.toString()));
        });
        out.flush();
        err.flush();
        return failed[0] > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private ObjectNode view(String origin, Extraction e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("origin", origin);
        n.put("title", e.metadata().title());
        n.put("site", e.metadata().outlet());
        n.put("byline", e.metadata().byline());
        n.put("published", time(e.metadata().published()));
        n.put("modified", time(e.modified()));
        n.put("url", e.metadata().url());
        n.put("canonical_url", e.canonicalUrl());
        n.put("language", e.language());
        n.put("declared_language", e.declaredLanguage());
        n.put("detected_language", e.detectedLanguage());
        n.put("pass", e.pass());
        ObjectNode t = n.putObject("truncation");
        t.put("truncated", e.truncation().truncated());
        if (!Double.isNaN(e.truncation().visibleFraction())) {
            t.put("visible_fraction", e.truncation().visibleFraction());
        }
        e.truncation().markers().forEach(t.putArray("markers")::add);
        n.put("text", e.text());
        e.furniture().forEach(n.putArray("furniture")::add);
        e.notes().forEach(n.putArray("notes")::add);
        return n;
    }

    private static String text(String origin, Extraction e) {
        StringBuilder s = new StringBuilder();
        field(s, "origin", origin);
        field(s, "title", e.metadata().title());
        field(s, "site", e.metadata().outlet());
        field(s, "byline", e.metadata().byline());
        field(s, "published", time(e.metadata().published()));
        field(s, "modified", time(e.modified()));
        field(s, "url", e.canonicalUrl() != null ? e.canonicalUrl() : e.metadata().url());
        field(s, "language", e.language());
        field(s, "pass", e.pass());
        if (e.truncation().truncated()) {
            field(s, "truncated", Double.isNaN(e.truncation().visibleFraction()) ? "yes, by an unknown amount"
                    : String.format(java.util.Locale.ROOT, "yes, %.0f %% visible", 100 * e.truncation().visibleFraction()));
        }
        e.notes().forEach(note -> field(s, "note", note));
        s.append('\n').append(Terminal.clean(e.text())).append('\n');
        return s.toString();
    }

    private static void field(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append(name).append(": ").append(Terminal.line(value)).append('\n');
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
