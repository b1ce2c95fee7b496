package org.storytrace.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.model.ArticleMetadata;

/**
 * Stage 1: turns the bytes of one input (a text file, an HTML page, a JSONL export, an RSS/Atom feed or OPML list,
 * a WARC archive, any of them gzipped) into raw
 * documents, and everything wrong with it into problems. The format is sniffed from the content; the name only
 * breaks ties. Opens nothing itself.
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    /** Largest inflated gzip accepted: far above any article or daily export, far below a heap-filling bomb. */
    public static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    /** How much of the start of an input is looked at to tell binary from text and HTML from plain text. */
    private static final int SNIFF_BYTES = 8 * 1024;

    /**
     * Share of control characters (other than tab, CR, LF, FF) in the sniffed start above which an input is
     * binary: text has next to none, while compressed or executable data has about one byte in eight.
     */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /** An HTML page starts with markup: a doctype, a root or sectioning tag, a comment or an XML prolog. */
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|link|script"
                    + "|style|article|main|section|header|div|p|h[1-6]|table|ul|ol|blockquote)[\\s/>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * A feed or feed list: an optional prolog, comments, processing instructions and doctype, then an RSS, RDF,
     * Atom or OPML root element, with or without a namespace prefix.
     */
    private static final Pattern FEED_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*|<\\?[^>]*\\?>\\s*)*(?:<!DOCTYPE[^\\[>]*(?:\\[.*?])?\\s*>\\s*)?(?:<!--.*?-->\\s*)*"
                    + "<(?:[A-Za-z_][\\w.-]*:)?(?:rss|RDF|feed|opml)[\\s/>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Any other XML document (a prolog or a doctype that is not HTML's): handed to the feed reader, which refuses
     * doctypes, so a long entity bomb the sniffer could not see past is refused rather than read as text.
     */
    private static final Pattern XML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*(?:<\\?xml\\s|<!DOCTYPE\\s+(?!html[\\s>]))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final List<String> JSONL_EXTENSIONS = List.of(".jsonl", ".ndjson");
    private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm", ".xhtml");

    private final JsonLines jsonLines;
    private final Feeds feeds = new Feeds();
    private final WarcRecords warcRecords = new WarcRecords();

    /** An ingester that inflates gzip up to {@link #MAX_INFLATED_BYTES}. */
    public Ingester() {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.jsonLines = new JsonLines(mapper);
    }

    /**
     * Reads one input.
     *
     * @param origin names the input in documents and problems, e.g. the path as the user gave it
     * @param bytes  its whole content
     */
    public IngestResult read(String origin, byte[] bytes) {
        String name = origin.toLowerCase(Locale.ROOT);
        if (Gzip.hasMagic(bytes) && Gzip.inflatedStartsWith(bytes, WarcRecords.MAGIC)) {
            // A WARC.gz is gzipped record by record; jwarc reads it as it is, so offsets are those of the file.
            return warcRecords.read(origin, bytes);
        }
        if (Gzip.hasMagic(bytes)) {
            try {
                bytes = Gzip.inflate(bytes, MAX_INFLATED_BYTES);
            } catch (Gzip.TooLargeException e) {
                return IngestResult.problem(origin, "gzip " + e.getMessage());
            } catch (EOFException e) {
                return IngestResult.problem(origin, "truncated gzip");
            } catch (ZipException e) {
                return IngestResult.problem(origin, "corrupt gzip (" + e.getMessage() + ")");
            } catch (IOException e) {
                return IngestResult.problem(origin, "unreadable gzip (" + e + ")");
            }
            name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        } else if (name.endsWith(".gz")) {
            return IngestResult.problem(origin, "not gzip (no gzip magic bytes)");
        }
        if (startsWith(bytes, WarcRecords.MAGIC)) {
            return warcRecords.read(origin, bytes);
        }
        return readPlain(origin, name, bytes);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Each feed item becomes an HTML document named {@code origin#N}; an OPML list yields its feed URLs for the
     * caller to read or fetch.
     */
    private IngestResult readFeed(String origin, byte[] bytes) {
        FeedResult feed = feeds.read(origin, bytes);
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            String where = origin + "#" + (i + 1);
            if (item.summaryOnly()) {
                // Fetching the page is what watch does; a local feed is ingested as what it holds.
                LOG.debug("{}: only a summary of {}; ingested as it is", where, item.link());
            }
            Instant published = item.published() != null ? item.published() : item.updated();
            documents.add(new RawDocument(where, RawDocument.Format.HTML, item.contentHtml(),
                    new ArticleMetadata(item.link(), item.title(), null, item.author(), published, null)));
        }
        return new IngestResult(documents, feed.problems(), feed.feedUrls());
    }

    private IngestResult readPlain(String origin, String name, byte[] bytes) {
        Optional<Decoding.Bom> bom = Decoding.bom(bytes);
        int start = bom.map(Decoding.Bom::length).orElse(0);
        Charset charset = bom.map(Decoding.Bom::charset).orElse(StandardCharsets.UTF_8);
        // UTF-16 is full of NUL bytes; only its BOM lets it through the binary check.
        boolean utf16 = !charset.equals(StandardCharsets.UTF_8);
        if (!utf16 && looksBinary(bytes, start)) {
            return IngestResult.problem(origin, "binary file");
        }
        if (isBlank(bytes, start) && !utf16) {
            return IngestResult.problem(origin, "empty");
        }
        String head = new String(bytes, start, Math.min(SNIFF_BYTES, bytes.length - start),
                utf16 ? charset : StandardCharsets.ISO_8859_1);
        if (FEED_START.matcher(head).find()) {
            LOG.debug("{}: reading as a feed", origin);
            return readFeed(origin, bytes);
        }
        if (HTML_START.matcher(head).find() || (HTML_EXTENSIONS.stream().anyMatch(name::endsWith) && head.contains("<"))) {
            String html = utf16 ? new String(bytes, start, bytes.length - start, charset) : Decoding.html(origin, bytes);
            return documentOrEmpty(origin, RawDocument.Format.HTML, html, ArticleMetadata.EMPTY);
        }
        if (XML_START.matcher(head).find()) {
            LOG.debug("{}: XML that is not HTML; reading as a feed", origin);
            return readFeed(origin, bytes);
        }
        String text;
        try {
            text = Decoding.strict(bytes, start, charset);
        } catch (Decoding.InvalidBytesException e) {
            return IngestResult.problem(origin, e.getMessage());
        }
        if (text.strip().startsWith("{") || JSONL_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            LOG.debug("{}: reading as JSONL", origin);
            return jsonLines.read(origin, text);
        }
        TextHeader.Parsed parsed = TextHeader.parse(text);
        return documentOrEmpty(origin, RawDocument.Format.TEXT, parsed.body(), parsed.metadata());
    }

    private static IngestResult documentOrEmpty(String origin, RawDocument.Format format, String content,
                                                ArticleMetadata declared) {
        if (content.isBlank()) {
            return IngestResult.problem(origin, "empty");
        }
        return new IngestResult(List.of(new RawDocument(origin, format, content, declared)), List.of());
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + SNIFF_BYTES);
        int control = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                control++;
            }
        }
        return end > start && control > MAX_CONTROL_SHARE * (end - start);
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }
}
