package org.storytrace.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Selectors and words the HTML passes work with, kept as data like trafilatura's {@code xpaths.py}. Selectors are
 * parsed once here: jsoup parses a selector string on every {@code select} and {@code is}, and with {@code is} run on
 * every element that parsing was a fifth of extraction time.
 */
final class HtmlSelectors {
    private HtmlSelectors() {
    }

    /**
     * Elements that never hold article text. Figure captions describe a picture, not the story; the page's h1 is
     * its title, reported as such, and no benchmark counts it as body text. With {@link #NEVER_TEXT_ATTRIBUTES},
     * {@link #NEVER_TEXT_CLASS} and {@link #HIDDEN_STYLE} this is the selector {@code script, style, ..., h1,
     * [hidden], [aria-hidden=true], [role=navigation], ..., [class~=...], [style~=...]}, written out as data
     * because matched by jsoup it was a tenth of extraction time: a 28-way alternative tried on every element.
     */
    static final Set<String> NEVER_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "nav", "footer",
            "aside", "iframe", "figure", "figcaption", "svg", "canvas", "button", "select", "textarea", "input",
            "dialog", "object", "embed", "h1");

    /**
     * Attributes that hide an element or say it is not the story, with the values that do (as jsoup's
     * {@code [name=value]}: trimmed, any case); an empty list means any value ({@code [hidden]}).
     */
    static final Map<String, List<String>> NEVER_TEXT_ATTRIBUTES = Map.of(
            "hidden", List.of(),
            "aria-hidden", List.of("true"),
            "role", List.of("navigation", "complementary", "contentinfo", "banner"),
            "itemprop", List.of("author"),
            "rel", List.of("author"));

    /** Classes of bylines, datelines and picture captions and credits. */
    static final Pattern NEVER_TEXT_CLASS =
            Pattern.compile("(?i)(?:^|\\s)(?:byline|dateline|caption|credit)(?:\\s|$)");

    /** An inline style that hides the element. */
    static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none");

    /**
     * Heads of a page or of an article. A page's head (logo, menu, search) goes; an article's head goes too, byline,
     * date, deck and share links, unless it holds the article's lead (standfirst) as a paragraph of prose of 150
     * characters or more, which is body. The same holds for an element classed only as a header
     * ({@code article-header}).
     */
    static final Evaluator HEADER = QueryParser.parse("header");

    /**
     * Starts of class or id tokens (split at spaces, dashes and underscores) that mark page furniture:
     * {@code site-nav}, {@code navbar}, {@code share_buttons}, {@code comments}, {@code related-articles}.
     */
    static final List<String> FURNITURE_CLASS_WORDS = List.of(
            "menu", "nav", "share", "social", "comment", "cookie", "newsletter", "related", "promo", "advert",
            "breadcrumb", "sidebar", "byline", "author", "caption", "sponsor", "outbrain", "taboola", "popular",
            "trending", "recommend", "disqus", "signup", "subscribe", "toolbar", "masthead", "footer", "header",
            "banner", "tags", "keywords", "pagination", "pager", "dateline", "timestamp", "modal", "overlay",
            "print", "photo", "gallery", "credit", "hidden", "skip", "cta");

    /** The first letters of {@link #FURNITURE_CLASS_WORDS}: a class word starting otherwise is not furniture. */
    static final String FURNITURE_CLASS_WORD_STARTS = FURNITURE_CLASS_WORDS.stream()
            .map(word -> word.substring(0, 1)).distinct().collect(Collectors.joining());

    /** Words before a furniture word that make the class a layout state: {@code no-sidebars}, {@code with-navigation}. */
    static final Set<String> LAYOUT_STATE_WORDS = Set.of("no", "with", "without", "has", "one", "two", "three");

    /** Parts of an element whose hiding a class names ({@code field--label-hidden}): the rest stays visible. */
    static final Set<String> HIDDEN_PARTS = Set.of("label", "title", "heading", "icon");

    /** Screen sizes and media in the responsive frameworks' {@code hidden-xs}, {@code l-hidden-s}, {@code hidden-print}. */
    static final Set<String> SCREEN_SIZES = Set.of("xs", "s", "sm", "m", "md", "l", "lg", "xl", "xxl", "print",
            "mobile", "phone", "tablet", "desktop", "small", "medium", "large", "up", "down");

    /** Tokens that start with a furniture word but name article content: an opinion column's "commentary". */
    static final Set<String> CONTENT_CLASS_TOKENS = Set.of("commentary", "navigator", "headerless", "authored",
            "printable", "photography");

    /**
     * Elements that usually hold no article text but sometimes wrap the whole page (ASP.NET pages put everything in
     * one {@code <form>}), so they go only when they do not hold the body.
     */
    static final Evaluator USUALLY_NOT_TEXT = QueryParser.parse("form");

    /** What marks an element as the article or its body, so that it is never furniture however it is classed. */
    static final Evaluator BODY_MARKERS = QueryParser.parse("article, main, [itemprop=articleBody]");

    /** Headings that can open a related-articles list. */
    static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");

    /**
     * Containers publishers use for the article body alone, most specific first (schema.org's articleBody, then
     * the class names of the common CMSes: WordPress, Drupal, Arc, Hearst, Yahoo, Vox...).
     */
    static final List<Evaluator> BODY_CONTAINERS = List.of(
            QueryParser.parse("[itemprop=articleBody]"),
            QueryParser.parse("[class~=(?i)(?:^|\\s)(?:article|story|post|entry|news|content|main)[-_]?(?:body|text|content)(?:[-_]?(?:text|inner|wrapper|container|main))?(?:\\s|$)]"),
            QueryParser.parse("[class~=(?i)(?:^|\\s)(?:article|story|post|entry)__(?:body|text|content)(?:\\s|$)]"),
            QueryParser.parse("[class~=(?i)(?:^|\\s)(?:body[-_]?(?:text|copy|content)|field[-_]+(?:name[-_]+)?body|c-entry-content|caas-body|rich-text|richtext|td-post-content|text-block|articletext|artikel[-_]?text|texto)(?:\\s|$)]"),
            QueryParser.parse("[id~=(?i)(?:^|\\s)(?:article|story|post|entry|main)[-_]?(?:body|text|content)(?:\\s|$)]"),
            QueryParser.parse("[id~=(?i)(?:^|\\s)(?:articlebody|storybody|bodytext|content[-_]?body)(?:\\s|$)]"));

    /**
     * Words every class and id pattern of {@link #BODY_CONTAINERS} needs (body, text or content, in any ASCII case):
     * an element whose class and id have none of them is not tried against the patterns. A new pattern must need
     * one of these too, or add its word here.
     */
    static final List<String> BODY_CONTAINER_WORDS = List.of("body", "text", "content");

    /** Elements that end a paragraph: what a reader sees as a separate block. */
    static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "section", "article", "main", "address", "hr", "br", "details", "summary",
            "center", "header", "footer", "form", "fieldset", "caption", "tbody", "thead", "tfoot");

    /** Elements whose text the density pass scores as a paragraph of its own. */
    static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");

    /** Class or id words that make an element more likely to be the body (Readability's positive list). */
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|texto|inhalt",
            Pattern.CASE_INSENSITIVE);

    /** Class or id words that make it less likely (Readability's negative list). */
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|"
                    + "scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|card|"
                    + "byline|author|caption|recirc|more",
            Pattern.CASE_INSENSITIVE);
}
