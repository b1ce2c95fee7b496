package org.storytrace.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;

/**
 * Stage 2: turns a raw document into clean body text with its metadata, truncation and furniture. Never throws on
 * content: a page with no body gives empty text, for later stages to judge.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    private final HtmlMetadata htmlMetadata = new HtmlMetadata(new ObjectMapper());

    /** Extracts one document; what its container declared wins over what the page says. */
    public Extraction extract(RawDocument doc) {
        return switch (doc.format()) {
            case TEXT -> finish(doc.declared(), Paragraphs.ofLines(doc.content()), "text");
            case HTML -> html(doc);
        };
    }

    private Extraction html(RawDocument raw) {
        // The base URI lets relative canonical links resolve; the page itself is never fetched from.
        String baseUri = raw.declared().url() == null ? "" : raw.declared().url();
        Document doc = Jsoup.parse(raw.content(), baseUri);
        ArticleMetadata found = htmlMetadata.read(raw.origin(), doc);
        HtmlBody.Body body = HtmlBody.extract(doc);
        LOG.debug("{}: body from {} ({} paragraphs)", raw.origin(), body.pass(), body.paragraphs().size());
        return finish(raw.declared().orElse(found), body.paragraphs(), body.pass());
    }

    private static Extraction finish(ArticleMetadata metadata, List<String> paragraphs, String pass) {
        Furniture.Result cleaned = Furniture.remove(paragraphs);
        return new Extraction(metadata, String.join(Paragraphs.SEPARATOR, cleaned.paragraphs()), cleaned.truncation(),
                cleaned.furniture(), pass, null, null, null, null, List.of());
    }
}
