package org.storytrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Generated news articles for {@code bench ingest}: sentences of the WMT22 document-translation dev set shuffled
 * into articles of one language each, each with its own numbers, a named official and a date, so that every article is distinct but
 * reads like news. Written as JSONL, as a record-gzipped WARC of HTML pages and as RSS 2.0 feeds.
 */
final class IngestCorpus {
    /** Sentences per article: the dev set's documents are about this long. */
    private static final int MIN_SENTENCES = 6;
    private static final int MAX_SENTENCES = 14;
    /** Items per generated feed: a busy newsroom feed's size, so the feed set is many files, as in real use. */
    static final int ITEMS_PER_FEED = 500;

    private static final List<String> NAMES = List.of("Anna Kowalski", "Jean Dupont", "Olena Shevchenko", "Marco Rossi",
            "Sofia García", "Lars Nilsson", "Aylin Demir", "Pieter de Vries", "Eva Novak", "Tomás Ó Briain");

    record Article(String url, String title, Instant published, List<String> paragraphs) {
    }

    private final List<Article> articles;

    private IngestCorpus(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    List<Article> articles() {
        return articles;
    }

    static IngestCorpus generate(Path devSet, int count, long seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        // Sentences by language: an article is written in one language, as real ones are, so that language
        // identification, tokenisation and the dictionaries see what they would see in production.
        java.util.Map<String, List<String>> byLanguage = new java.util.TreeMap<>();
        List<String> languageOfSentence = new ArrayList<>();
        for (String line : Files.readAllLines(devSet)) {
            JsonNode node = json.readTree(line);
            String language = node.path("lang").asText("und");
            List<String> sentences = byLanguage.computeIfAbsent(language, k -> new ArrayList<>());
            node.path("text").asText("").lines().map(String::strip).filter(s -> s.length() > 40).forEach(s -> {
                sentences.add(s);
                languageOfSentence.add(language);
            });
        }
        Random random = new Random(seed);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Languages as often as the dev set has sentences in them.
            List<String> sentences = byLanguage.get(languageOfSentence.get(random.nextInt(languageOfSentence.size())));
            int n = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
            List<String> paragraphs = new ArrayList<>(n + 1);
            for (int j = 0; j < n; j++) {
                paragraphs.add(sentences.get(random.nextInt(sentences.size())));
            }
            paragraphs.add(random.nextInt(paragraphs.size()), NAMES.get(random.nextInt(NAMES.size())) + " said on "
                    + (1 + random.nextInt(28)) + " March that " + (100 + random.nextInt(90_000)) + " people and "
                    + (1 + random.nextInt(99)) + " % of the budget were affected (case " + i + ").");
            String title = paragraphs.get(0).length() > 80 ? paragraphs.get(0).substring(0, 80) : paragraphs.get(0);
            articles.add(new Article("https://bench" + (i % 50) + ".example/news/" + i, title,
                    start.plusSeconds(600L * i), paragraphs));
        }
        return new IngestCorpus(articles);
    }

    /** One JSONL line per article, with {@code text} (pre-extracted), as the README's schema says. */
    void writeJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode node = json.createObjectNode();
                node.put("url", a.url()).put("title", a.title()).put("published", a.published().toString())
                        .put("text", String.join("\n\n", a.paragraphs()));
                out.write(json.writeValueAsString(node));
                out.write('\n');
            }
        }
    }

    /** A WARC with one gzipped response record per article page, as crawlers write them. */
    void writeWarcGz(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            int i = 0;
            for (Article a : articles) {
                byte[] body = html(a).getBytes(StandardCharsets.UTF_8);
                byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
                byte[] head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                        + new java.util.UUID(0, i++) + ">\r\nWARC-Date: " + a.published() + "\r\nWARC-Target-URI: " + a.url()
                        + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                GZIPOutputStream gz = new GZIPOutputStream(out);
                gz.write(head);
                gz.write(http);
                gz.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                gz.finish();
            }
        }
    }

    /** RSS 2.0 feeds of {@link #ITEMS_PER_FEED} items with the full article HTML in {@code content:encoded}. */
    List<Path> writeFeeds(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += ITEMS_PER_FEED) {
            Document xml = Document.createShell("");
            xml.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
            Element rss = new Element("rss").attr("version", "2.0").attr("xmlns:content", "http://purl.org/rss/1.0/modules/content/");
            Element channel = rss.appendElement("channel");
            channel.appendElement("title").text("bench feed " + from);
            channel.appendElement("link").text("https://bench.example/");
            channel.appendElement("description").text("generated");
            for (Article a : articles.subList(from, Math.min(articles.size(), from + ITEMS_PER_FEED))) {
                Element item = channel.appendElement("item");
                item.appendElement("title").text(a.title());
                item.appendElement("link").text(a.url());
                item.appendElement("pubDate").text(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(a.published().atZone(java.time.ZoneOffset.UTC)));
                item.appendElement("description").text(a.paragraphs().get(0));
                item.appendElement("content:encoded").text(articleHtml(a).outerHtml());
            }
            Path file = folder.resolve(String.format("feed-%05d.xml", from / ITEMS_PER_FEED));
            Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + rss.outerHtml(), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static Element articleHtml(Article a) {
        Element article = new Element("article");
        a.paragraphs().forEach(p -> article.appendElement("p").text(p));
        return article;
    }

    private static String html(Article a) {
        Document doc = Document.createShell(a.url());
        doc.title(a.title());
        doc.head().appendElement("meta").attr("property", "article:published_time").attr("content", a.published().toString());
        doc.body().appendElement("h1").text(a.title());
        doc.body().appendChild(articleHtml(a));
        return doc.outerHtml();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
