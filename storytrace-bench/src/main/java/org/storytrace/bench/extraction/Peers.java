package org.storytrace.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;

/** The peers {@code bench extraction} knows, in the order it runs and prints them. */
final class Peers {
    static final String JSOUP = "jsoup";
    static final String STORYTRACE = "storytrace";
    static final String READABILITY_JS = "readability-js";

    /** readability4j resolves relative links against the page URL; the set's pages are scored on text only. */
    private static final String PAGE_URL = "https://example.invalid/";

    private Peers() {
    }

    /**
     * Every peer; {@code peersDir} holds the scripts of those outside the JVM. Bare jsoup comes first: it is the
     * floor every ratio is taken against, and parsing is all it is timed on (its text is the whole page's).
     */
    static List<Peer> all(Path peersDir) {
        Extractor extractor = new Extractor();
        return List.of(
                new JavaPeer<Document>(JSOUP, Jsoup::parse, Document::text),
                new JavaPeer<Extraction>(STORYTRACE,
                        html -> extractor.extract(new RawDocument("bench", RawDocument.Format.HTML, html, ArticleMetadata.EMPTY)),
                        Extraction::text),
                new JavaPeer<Article>("readability4j", html -> new Readability4J(PAGE_URL, html).parse(),
                        article -> Objects.toString(article.getTextContent(), "")),
                new JavaPeer<String>("boilerpipe", Peers::boilerpipe, text -> text),
                new ProcessPeer(READABILITY_JS, peersDir.resolve("readability-js"),
                        List.of("node", "-e", "require.resolve('@mozilla/readability'); require.resolve('jsdom')"),
                        List.of("node", "extract.js")),
                // Debian's interpreter by path: python3-readability installs there, not into a pyenv or venv python.
                new ProcessPeer("readability-lxml", peersDir.resolve("readability-lxml"),
                        List.of("/usr/bin/python3", "-c", "import readability, lxml.html"),
                        List.of("/usr/bin/python3", "extract.py")));
    }

    private static String boilerpipe(String html) {
        try {
            return ArticleExtractor.INSTANCE.getText(html);
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe: " + e.getMessage(), e);
        }
    }
}
