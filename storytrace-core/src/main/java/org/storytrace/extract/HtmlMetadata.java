package org.storytrace.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.model.ArticleMetadata;

/**
 * Reads what a page says about itself, most trusted source first: JSON-LD, OpenGraph, plain meta tags,
 * {@code <time datetime>}, then {@code <title>} and {@code <h1>}. Runs before the body pass strips scripts.
 */
final class HtmlMetadata {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlMetadata.class);

    /** schema.org types whose JSON-LD describes the article itself rather than the site or a breadcrumb. */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "WebPage");

    /**
     * An h1 found inside the {@code <title>} replaces it only when it is at least this share of it; shorter ones are
     * the site's logo (prachatai's h1 is its name). Set on the newspaper4k pages.
     */
    private static final double MIN_H1_SHARE_OF_TITLE = 0.5;

    /** The selectors read here beyond their tag name, parsed once (jsoup parses a selector string on every call). */
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");

    private final ObjectMapper mapper;

    HtmlMetadata(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What the page says about itself beyond {@link ArticleMetadata}. */
    record PageFacts(ArticleMetadata metadata, String canonicalUrl, Instant modified, String declaredLanguage) {
    }

    /**
     * The elements metadata is read from, found in one walk of the page: the first canonical link (its resolved
     * address), {@code <time>}, {@code <title>}, {@code <h1>} and {@code <html>}, every meta tag and every JSON-LD
     * script, in page order. Seven searches of the page each cost as much as the walk (the time and h1 searches
     * went through the body when the page had none).
     */
    private record Tags(String canonicalUrl, Element time, Element title, Element h1, Element html, List<Element> metas,
                        List<Element> jsonLd) {
        Tags {
            metas = List.copyOf(metas);
            jsonLd = List.copyOf(jsonLd);
        }

        static Tags of(Document doc) {
            Element[] first = new Element[5];
            List<Element> metas = new ArrayList<>();
            List<Element> jsonLd = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof Element e)) {
                    return;
                }
                switch (e.normalName()) {
                    case "link" -> first[0] = first[0] == null && CANONICAL.matches(doc, e) ? e : first[0];
                    case "time" -> first[1] = first[1] == null && TIME.matches(doc, e) ? e : first[1];
                    case "title" -> first[2] = first[2] == null ? e : first[2];
                    case "h1" -> first[3] = first[3] == null ? e : first[3];
                    case "html" -> first[4] = first[4] == null ? e : first[4];
                    case "meta" -> metas.add(e);
                    case "script" -> {
                        if (JSON_LD.matches(doc, e)) {
                            jsonLd.add(e);
                        }
                    }
                    default -> {
                        // not read for metadata
                    }
                }
            }, doc);
            // The canonical link's address resolved once: resolving parses a URL, and two passes asked for it.
            return new Tags(first[0] == null ? null : first[0].absUrl("href"), first[1], first[2], first[3], first[4], metas, jsonLd);
        }
    }

    PageFacts read(String origin, Document doc) {
        Instant[] modified = new Instant[1];
        Tags tags = Tags.of(doc);
        Map<String, String> metas = metas(tags);
        ArticleMetadata found = jsonLd(origin, tags, modified).orElse(openGraph(metas)).orElse(plain(tags, metas));
        if (modified[0] == null) {
            modified[0] = LenientDates.parse(firstMeta(metas, MODIFIED_META)).orElse(null);
        }
        if (found.published() == null) {
            // Least trusted: a date in the URL's path, as news CMSes write it (/2019/11/18/).
            found = found.orElse(new ArticleMetadata(null, null, null, null,
                    LenientDates.fromUrl(found.url()).orElse(null), null));
        }
        String declared = primarySubtag(found.language());
        String canonical = tags.canonicalUrl();
        String canonicalUrl = canonical != null && !canonical.isBlank() ? canonical : meta(metas, "property", "og:url");
        ArticleMetadata normalised = new ArticleMetadata(found.url(), found.title(), found.outlet(), found.byline(),
                found.published(), declared);
        return new PageFacts(normalised, canonicalUrl, modified[0], declared);
    }

    /** Meta tags that carry the publication time, after JSON-LD and OpenGraph, most trusted first. */
    private static final List<String> PUBLISHED_META = List.of(
            "datePublished", "date", "pubdate", "publish-date", "publishdate", "parsely-pub-date", "sailthru.date",
            "dc.date", "dc.date.issued", "dcterms.date", "article.published");

    /** Meta tags that name the author, after JSON-LD. */
    private static final List<String> AUTHOR_META = List.of(
            "author", "byl", "parsely-author", "sailthru.author", "dc.creator", "article:author_name");

    /** Meta tags that carry the modification time, most trusted first. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "dateModified", "last-modified");

    private static String firstMeta(Map<String, String> metas, List<String> names) {
        for (String name : names) {
            String v = meta(metas, "property", name);
            v = v != null ? v : meta(metas, "name", name);
            v = v != null ? v : meta(metas, "itemprop", name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String primarySubtag(String lang) {
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private ArticleMetadata jsonLd(String origin, Tags tags, Instant[] modified) {
        ArticleMetadata found = ArticleMetadata.EMPTY;
        for (Element script : tags.jsonLd()) {
            JsonNode root;
            try {
                root = mapper.readTree(script.data());
            } catch (JsonProcessingException e) {
                LOG.debug("{}: skipping unreadable JSON-LD ({})", origin, e.getOriginalMessage());
                continue;
            }
            for (JsonNode node : articleNodes(root)) {
                Instant published = LenientDates.parse(text(node.get("datePublished"))).orElse(null);
                if (modified[0] == null) {
                    modified[0] = LenientDates.parse(text(node.get("dateModified"))).orElse(null);
                }
                JsonNode publisher = node.get("publisher");
                found = found.orElse(new ArticleMetadata(text(node.get("url")), text(node.get("headline")),
                        publisher == null ? null : text(publisher.get("name")), names(node.get("author")),
                        published, text(node.get("inLanguage"))));
            }
        }
        return found;
    }

    /** Article nodes of a JSON-LD block, which may be one object, an array, or an {@code @graph}. */
    private static List<JsonNode> articleNodes(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(0);
            if (node == null) {
                continue;
            }
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                if (node.has("@graph")) {
                    pending.add(node.get("@graph"));
                }
                if (isArticleType(node.get("@type")) && node.has("headline")) {
                    out.add(node);
                }
            }
        }
        // Pages list the article before the WebPage that wraps it only sometimes; the article's own node wins.
        out.sort((a, b) -> Boolean.compare(isWebPage(a), isWebPage(b)));
        return out;
    }

    private static boolean isWebPage(JsonNode node) {
        return "WebPage".equals(text(node.get("@type")));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    /** Author names, from a string, a Person object, or an array of either, joined by commas. */
    private static String names(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isObject() ? text(a.get("name")) : text(a);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        return blankToNull(Paragraphs.normalise(node.asText()));
    }

    private static ArticleMetadata openGraph(Map<String, String> metas) {
        return new ArticleMetadata(meta(metas, "property", "og:url"), meta(metas, "property", "og:title"),
                meta(metas, "property", "og:site_name"), null,
                LenientDates.parse(meta(metas, "property", "article:published_time")).orElse(null), null);
    }

    private static ArticleMetadata plain(Tags tags, Map<String, String> metas) {
        Element time = tags.time();
        Instant published = LenientDates.parse(firstMeta(metas, PUBLISHED_META))
                .or(() -> LenientDates.parse(time == null ? null : time.attr("datetime")))
                .orElse(null);
        String titleText = tags.title() == null ? null : tags.title().text();
        String h1 = tags.h1() == null ? null : tags.h1().text();
        String title = titleText != null && !titleText.isBlank() ? titleText : h1;
        if (title != null && h1 != null && title.contains(h1) && h1.length() >= MIN_H1_SHARE_OF_TITLE * title.length()) {
            // "Headline » Local » Site" in <title>: the h1 is the headline without the site's trail.
            title = h1;
        }
        return new ArticleMetadata(blankToNull(tags.canonicalUrl()),
                title == null ? null : blankToNull(Paragraphs.normalise(title)), null,
                firstMeta(metas, AUTHOR_META), published, language(tags.html()));
    }

    /** The primary subtag of {@code <html lang>}: {@code en-GB} is {@code en}, as language detection reports it. */
    private static String language(Element html) {
        String lang = html == null ? "" : html.attr("lang");
        String primary = lang.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String meta(Map<String, String> metas, String attribute, String name) {
        return metas.get(attribute + ":" + name.toLowerCase(Locale.ROOT));
    }

    /** Every meta tag's content by {@code attribute:name} (first one wins), read in one pass over the page. */
    private static Map<String, String> metas(Tags tags) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : tags.metas()) {
            String content = blankToNull(Paragraphs.normalise(meta.attr("content")));
            if (content == null) {
                continue;
            }
            for (String attribute : META_KEYS) {
                if (meta.hasAttr(attribute)) {
                    metas.putIfAbsent(attribute + ":" + meta.attr(attribute).toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return metas;
    }

    /** The attributes that name a meta tag. */
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop");

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
