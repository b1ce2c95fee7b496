package org.storytrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Problem;

/**
 * Reads a WARC file (plain, or gzipped record by record) with jwarc: every HTTP response record with an HTML body
 * becomes a document whose URL is its {@code WARC-Target-URI}, named {@code origin@OFFSET} by the record's offset
 * in the file as given. Other records (requests, metadata, images, scripts) are skipped; a record that cannot be
 * read is a problem at its offset, and reading stops there because a WARC has no resynchronisation marker.
 */
final class WarcRecords {
    private static final Logger LOG = LoggerFactory.getLogger(WarcRecords.class);

    /** Every WARC record, and so every WARC file, starts with its version line. */
    static final byte[] MAGIC = {'W', 'A', 'R', 'C', '/', '1', '.'};

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    IngestResult read(String origin, byte[] bytes) {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long offset = 0;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
            reader.onWarning(warning -> LOG.debug("{}: {}", origin, warning));
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord record = next.get();
                offset = record.position();
                if (record instanceof WarcResponse response) {
                    readResponse(origin + "@" + offset, response, documents, problems);
                }
                offset = reader.position();
            }
        } catch (IOException | RuntimeException e) {
            // jwarc throws ParsingException (a RuntimeException) or EOFException on a cut or corrupt record.
            String where = origin + "@" + offset;
            // A record cut short fails twice, reading its body and then skipping past it: report it once.
            if (problems.isEmpty() || !problems.get(problems.size() - 1).input().equals(where)) {
                problems.add(new Problem(where, "unreadable WARC record (" + e.getMessage() + "); the rest of the file is not read"));
            }
        }
        return new IngestResult(documents, problems);
    }

    private static void readResponse(String where, WarcResponse response, List<RawDocument> documents,
                                     List<Problem> problems) throws IOException {
        MediaType type = response.http().contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!HTML_TYPES.contains(base)) {
            LOG.debug("{}: {} is {}, not HTML; skipped", where, response.target(), base);
            return;
        }
        byte[] body;
        try {
            body = decoded(response);
        } catch (Gzip.TooLargeException e) {
            problems.add(new Problem(where, response.target() + ": body " + e.getMessage()));
            return;
        } catch (UnsupportedEncodingException e) {
            problems.add(new Problem(where, response.target() + ": " + e.getMessage()));
            return;
        } catch (IOException e) {
            // A body cut short or not the gzip it claims to be: this record is lost, the next may be fine.
            problems.add(new Problem(where, response.target() + ": corrupt body (" + e.getMessage() + ")"));
            return;
        }
        Optional<Charset> declared = charset(type.parameters().get("charset"));
        String html = Decoding.html(where, body, declared);
        if (html.isBlank()) {
            problems.add(new Problem(where, response.target() + ": empty body"));
            return;
        }
        ArticleMetadata metadata = new ArticleMetadata(response.target(), null, null, null, null, null);
        documents.add(new RawDocument(where, RawDocument.Format.HTML, html, metadata));
    }

    /** Thrown for a Content-Encoding this reader cannot undo; the message names it. */
    static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String encoding) {
            super("unsupported Content-Encoding '" + encoding + "'");
        }
    }

    /** The HTTP body with chunking removed and gzip or deflate undone, capped like any gzip input. */
    private static byte[] decoded(WarcResponse response) throws IOException {
        String encoding = response.http().headers().first("Content-Encoding").orElse("identity")
                .strip().toLowerCase(Locale.ROOT);
        try (InputStream raw = response.http().body().stream()) {
            InputStream in = switch (encoding) {
                case "identity", "" -> raw;
                case "gzip", "x-gzip" -> new GZIPInputStream(raw);
                case "deflate" -> new InflaterInputStream(raw);
                default -> throw new UnsupportedEncodingException(encoding);
            };
            byte[] bytes = in.readNBytes((int) Ingester.MAX_INFLATED_BYTES + 1);
            if (bytes.length > Ingester.MAX_INFLATED_BYTES) {
                throw new Gzip.TooLargeException(Ingester.MAX_INFLATED_BYTES);
            }
            return bytes;
        }
    }

    private static Optional<Charset> charset(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
