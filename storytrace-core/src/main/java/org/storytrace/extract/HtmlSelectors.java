package org.storytrace.extract;

import java.util.List;
import java.util.Set;

/** Selectors and words the HTML pass works with, kept as data like trafilatura's {@code xpaths.py}. */
final class HtmlSelectors {
    private HtmlSelectors() {
    }

    /** Elements that never hold article text. Figure captions describe a picture, not the story. */
    static final String NEVER_TEXT = "script, style, noscript, template, nav, header, footer, aside, iframe, "
            + "figure, figcaption, svg, canvas, button, select, textarea, dialog, object, embed, [hidden]";

    /**
     * Starts of class or id tokens (split at spaces, dashes and underscores) that mark page furniture:
     * {@code site-nav}, {@code navbar}, {@code share_buttons}, {@code comments}, {@code related-articles}.
     */
    static final List<String> FURNITURE_CLASS_WORDS = List.of(
            "menu", "nav", "share", "social", "comment", "cookie", "newsletter", "related", "promo", "advert",
            "breadcrumb", "sidebar");

    /** Tokens that start with a furniture word but name article content: an opinion column's "commentary". */
    static final Set<String> CONTENT_CLASS_TOKENS = Set.of("commentary", "navigator");

    /**
     * Elements that usually hold no article text but sometimes wrap the whole page (ASP.NET pages put everything in
     * one {@code <form>}), so they go only when they do not hold the body.
     */
    static final String USUALLY_NOT_TEXT = "form";

    /** Containers that publishers use for the article body, most specific first, with the pass each one names. */
    static final List<Container> CONTAINERS = List.of(
            new Container("[itemprop=articleBody]", "html:articleBody"),
            new Container("article", "html:article"),
            new Container("main, [role=main]", "html:main"));

    /** One body container selector and the pass name it reports. */
    record Container(String selector, String pass) {
    }

    /** Elements that end a paragraph: what a reader sees as a separate block. */
    static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "section", "article", "main", "address", "hr", "br", "details", "summary");
}
