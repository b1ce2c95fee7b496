package org.storytrace.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of a page, in layers that each run only if the one before under-delivered (as
 * trafilatura's sequence does): a publisher's body container, then the element with the most paragraph text,
 * then every paragraph of the page.
 */
final class HtmlBody {
    /**
     * Fewer characters than this from a layer means it missed the body and the next layer runs. Chosen by eye on a
     * few scrapinghub and newspaper4k pages (teaser cards inside {@code <article>} run to about 150 characters);
     * to be swept with the {@code eval} command.
     */
    private static final int MIN_BODY_CHARS = 250;

    /** A furniture-classed element holding more than this share of the page's paragraph text is a wrapper, kept. */
    private static final double MAX_FURNITURE_SHARE = 0.5;

    private HtmlBody() {
    }

    /** The paragraphs of the body and the pass that found them. */
    record Body(List<String> paragraphs, String pass) {
    }

    /** Takes the body out of {@code doc}, which it strips of furniture on the way. */
    static Body extract(Document doc) {
        Element body = doc.body();
        removeFurniture(body);
        for (HtmlSelectors.Container container : HtmlSelectors.CONTAINERS) {
            Optional<List<String>> best = body.select(container.selector()).stream()
                    .map(HtmlBody::paragraphs)
                    .max(Comparator.comparingInt(Paragraphs::totalLength));
            if (best.isPresent() && Paragraphs.totalLength(best.get()) >= MIN_BODY_CHARS) {
                return new Body(best.get(), container.pass());
            }
        }
        Optional<Element> densest = body.select("*").stream()
                .filter(e -> paragraphChildrenLength(e) > 0)
                .max(Comparator.comparingInt(HtmlBody::paragraphChildrenLength));
        List<String> dense = densest.map(HtmlBody::paragraphs).orElse(List.of());
        if (Paragraphs.totalLength(dense) >= MIN_BODY_CHARS) {
            return new Body(dense, "html:density");
        }
        List<String> allParagraphs = new ArrayList<>();
        body.select("p").forEach(p -> allParagraphs.addAll(paragraphs(p)));
        List<String> fallback = Paragraphs.totalLength(allParagraphs) >= MIN_BODY_CHARS ? allParagraphs : paragraphs(body);
        return new Body(fallback, "html:body-fallback");
    }

    private static void removeFurniture(Element body) {
        body.select(HtmlSelectors.NEVER_TEXT).remove();
        int pageText = body.select("p").stream().mapToInt(p -> p.text().length()).sum();
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (hasFurnitureClass(e) || e.is(HtmlSelectors.USUALLY_NOT_TEXT)) && !holdsBody(e, pageText)) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean hasFurnitureClass(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("[\\s_-]+")) {
            if (!HtmlSelectors.CONTENT_CLASS_TOKENS.contains(token)
                    && HtmlSelectors.FURNITURE_CLASS_WORDS.stream().anyMatch(token::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Whether removing {@code e} would take the article with it: a wrapper with an unlucky class name. */
    private static boolean holdsBody(Element e, int pageText) {
        if (e.is("article, main, [itemprop=articleBody]") || !e.select("article, main, [itemprop=articleBody]").isEmpty()) {
            return true;
        }
        int own = e.select("p").stream().mapToInt(p -> p.text().length()).sum();
        return pageText > 0 && own > MAX_FURNITURE_SHARE * pageText;
    }

    private static int paragraphChildrenLength(Element e) {
        int length = 0;
        for (Element child : e.children()) {
            if (child.nameIs("p")) {
                length += child.text().length();
            }
        }
        return length;
    }

    /** The paragraphs inside {@code root}: every block element and {@code <br>} ends one. */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (isBlock(node)) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && HtmlSelectors.BLOCKS.contains(e.normalName());
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = Paragraphs.normalise(current.toString());
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }
}
