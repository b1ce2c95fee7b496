package org.storytrace.ingest;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.model.Problem;

/**
 * Reads one feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, or an OPML list of feeds) with ROME into items and
 * feed URLs. Doctypes are refused, so external entities and entity-expansion bombs never reach the parser's
 * resolver; every failure is a {@link Problem} naming the input. Opens nothing itself: fetching a feed or an
 * item's page is the caller's business.
 */
public final class Feeds {
    private static final Logger LOG = LoggerFactory.getLogger(Feeds.class);

    /** Used when neither a BOM nor the XML declaration names the encoding, as the XML spec says. */
    private static final String DEFAULT_XML_ENCODING = "UTF-8";

    /**
     * A doctype in the prolog that only names an external DTD, as RSS 0.91 feeds carry Netscape's. It can define
     * nothing by itself and its DTD is never loaded, so it is cut before parsing rather than failing the feed;
     * a doctype with an internal subset ({@code [...]}, where entities are declared) is left in and refused.
     */
    private static final Pattern EXTERNAL_ONLY_DOCTYPE = Pattern.compile(
            "^(\\s*(?:<\\?[^>]*\\?>\\s*|<!--.*?-->\\s*)*)<!DOCTYPE\\s+[\\w:.-]+\\s+"
                    + "(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+|SYSTEM\\s+)(?:\"[^\"]*\"|'[^']*')\\s*>",
            Pattern.DOTALL);

    /** A feed whose entries exceed this is cut here: far above any real feed, and it bounds one document's items. */
    static final int MAX_ITEMS = 100_000;

    /**
     * Reads one feed document; gzipped bytes are inflated first, up to {@link Ingester#MAX_INFLATED_BYTES}.
     *
     * @param origin names the document in problems, e.g. the path or the URL it came from
     * @param bytes  the whole document as fetched or read, in whatever encoding it declares
     */
    public FeedResult read(String origin, byte[] bytes) {
        if (Gzip.hasMagic(bytes)) {
            try {
                bytes = Gzip.inflate(bytes, Ingester.MAX_INFLATED_BYTES);
            } catch (Gzip.TooLargeException e) {
                return FeedResult.problem(origin, "gzip " + e.getMessage());
            } catch (EOFException e) {
                return FeedResult.problem(origin, "truncated gzip");
            } catch (IOException e) {
                return FeedResult.problem(origin, "corrupt gzip (" + e.getMessage() + ")");
            }
        }
        WireFeed wire;
        try {
            wire = parse(bytes);
        } catch (FeedException | IOException e) {
            return FeedResult.problem(origin, "not a feed (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            // ROME's way of saying no parser claims the root element: HTML, plain XML, or nothing at all.
            return FeedResult.problem(origin, "not a feed (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // ROME's format modules trust their input in places (dates, numbers, attributes); a hostile feed must
            // not stop the batch, so anything they throw is this document's problem.
            return FeedResult.problem(origin, "not a feed (" + e + ")");
        }
        if (wire instanceof Opml opml) {
            List<String> urls = new ArrayList<>();
            collectFeedUrls(opml.getOutlines(), urls);
            LOG.debug("{}: OPML list of {} feeds", origin, urls.size());
            return new FeedResult(List.of(), urls, List.of());
        }
        return items(origin, new SyndFeedImpl(wire));
    }

    private static WireFeed parse(byte[] bytes) throws IOException, FeedException {
        WireFeedInput input = new WireFeedInput();
        // Already ROME's default; said again because refusing doctypes is what keeps XXE and billion laughs out.
        input.setAllowDoctypes(false);
        // Lenient: a declaration that contradicts the bytes falls back to what the bytes are, as browsers do.
        String xml;
        try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes), true, DEFAULT_XML_ENCODING)) {
            StringWriter text = new StringWriter(bytes.length);
            reader.transferTo(text);
            xml = text.toString();
        }
        Matcher doctype = EXTERNAL_ONLY_DOCTYPE.matcher(xml);
        if (doctype.find()) {
            xml = doctype.group(1) + xml.substring(doctype.end());
        }
        return input.build(new StringReader(xml));
    }

    private static FeedResult items(String origin, SyndFeed feed) {
        List<FeedItem> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        int count = Math.min(entries.size(), MAX_ITEMS);
        if (entries.size() > MAX_ITEMS) {
            problems.add(new Problem(origin, "more than " + MAX_ITEMS + " items; the rest are not read"));
        }
        for (int i = 0; i < count; i++) {
            SyndEntry entry = entries.get(i);
            String content = joined(entry.getContents());
            boolean summaryOnly = content.isBlank();
            if (summaryOnly) {
                content = entry.getDescription() == null ? "" : html(entry.getDescription());
            }
            if (content.isBlank()) {
                problems.add(new Problem(origin, "item " + (i + 1) + " has neither content nor summary"));
                continue;
            }
            items.add(new FeedItem(entry.getTitle(), link(entry), instant(entry.getPublishedDate()),
                    instant(entry.getUpdatedDate()), author(entry), content, summaryOnly));
        }
        LOG.debug("{}: {} feed with {} items", origin, feed.getFeedType(), items.size());
        return new FeedResult(items, List.of(), problems);
    }

    private static void collectFeedUrls(List<Outline> outlines, List<String> urls) {
        for (Outline outline : outlines) {
            String xmlUrl = outline.getXmlUrl();
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                urls.add(xmlUrl.strip());
            }
            collectFeedUrls(outline.getChildren(), urls);
        }
    }

    private static String joined(List<SyndContent> contents) {
        return contents.stream().map(Feeds::html).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }

    /** Plain-text content (Atom {@code type="text"}, some RSS 0.9x) is escaped so it reads as the text it is. */
    private static String html(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return new Element("p").text(value).outerHtml();
        }
        return value;
    }

    /** The item link, else its id when that is a URL (an RSS permalink guid, an Atom id that is the page). */
    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor();
        }
        return entry.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
