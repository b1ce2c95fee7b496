package org.storytrace.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;

/**
 * Stage 2: turns a raw document into clean body text with its metadata, truncation and furniture. Never throws on
 * content: a page with no body gives empty text and a note saying so, for later stages to judge.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    /**
     * Most characters of HTML parsed; the rest of a larger page is cut off, with a note. The largest real page in
     * the evaluation sets is 2.9 MB (newspaper4k's cnn_test_nlp); 16 Mi characters keeps any article while bounding
     * the DOM (jsoup needs about ten times the HTML size) far below a default heap.
     */
    public static final int MAX_HTML_CHARS = 16 * 1024 * 1024;

    /**
     * Deepest element kept as an element; anything deeper becomes the plain text it held. Real pages nest under 60
     * levels; a cap keeps every later pass linear on hostile pages nested 100 000 deep.
     */
    public static final int MAX_DOM_DEPTH = 256;

    private final HtmlMetadata htmlMetadata = new HtmlMetadata(new ObjectMapper());

    /** Extracts one document; what its container declared wins over what the page says. */
    public Extraction extract(RawDocument doc) {
        return switch (doc.format()) {
            case TEXT -> {
                List<String> paragraphs = Paragraphs.ofLines(doc.content());
                yield finish(doc.declared(), paragraphs, "text", null, List.of());
            }
            case HTML -> html(doc);
        };
    }

    private Extraction html(RawDocument raw) {
        List<String> notes = new ArrayList<>();
        String html = raw.content();
        if (html.length() > MAX_HTML_CHARS) {
            notes.add("html cut to its first " + MAX_HTML_CHARS + " of " + html.length() + " characters");
            html = html.substring(0, MAX_HTML_CHARS);
        }
        // The base URI lets relative canonical links resolve; the page itself is never fetched from.
        String baseUri = raw.declared().url() == null ? "" : raw.declared().url();
        Document doc = Jsoup.parse(html, baseUri);
        int flattened = flattenBelow(doc, MAX_DOM_DEPTH);
        if (flattened > 0) {
            notes.add("dom deeper than " + MAX_DOM_DEPTH + " levels: " + flattened + " subtrees kept as text");
        }
        HtmlMetadata.PageFacts facts = htmlMetadata.read(raw.origin(), doc);
        HtmlBody.Body body = HtmlBody.extract(doc);
        LOG.debug("{}: body from {} ({} paragraphs)", raw.origin(), body.pass(), body.paragraphs().size());
        if (body.paragraphs().isEmpty()) {
            notes.add("no article text (the page has no visible text outside scripts, styles and furniture)");
        }
        return finish(raw.declared().orElse(facts.metadata()), body.paragraphs(), body.pass(), facts, notes);
    }

    /** Replaces each element at {@code maxDepth} by its text, so no element is deeper; returns how many. */
    private static int flattenBelow(Document doc, int maxDepth) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth == maxDepth && node instanceof Element e) {
                    tooDeep.add(e);
                }
            }
        }, doc);
        for (Element e : tooDeep) {
            e.replaceWith(new TextNode(" " + e.text() + " "));
        }
        return tooDeep.size();
    }

    private static Extraction finish(ArticleMetadata metadata, List<String> paragraphs, String pass,
                                     HtmlMetadata.PageFacts facts, List<String> notes) {
        Furniture.Result cleaned = Furniture.remove(paragraphs);
        String text = String.join(Paragraphs.SEPARATOR, cleaned.paragraphs());
        return new Extraction(metadata, text, cleaned.truncation(), cleaned.furniture(), pass,
                facts == null ? null : facts.canonicalUrl(), facts == null ? null : facts.modified(),
                facts == null ? null : facts.declaredLanguage(), TextLanguage.detect(text), notes);
    }
}
