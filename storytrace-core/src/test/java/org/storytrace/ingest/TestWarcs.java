package org.storytrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Builds small WARC files in memory from real pages of {@code ../shared/eval/extraction}, record by record. */
final class TestWarcs {
    static final Path NEWSPAPER = IngesterTest.SHARED.resolve("eval/extraction/newspaper4k");
    static final List<String> PAGES = List.of("cnn_article", "cleveland.com1", "fox13now_001");

    private TestWarcs() {
    }

    static byte[] page(String name) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(NEWSPAPER.resolve(name + ".html.gz")))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A WARC response record; {@code gzipBody} sends the body with {@code Content-Encoding: gzip}. */
    static byte[] response(String url, String contentType, byte[] body, boolean gzipBody) {
        byte[] payload = gzipBody ? gzip(body) : body;
        String httpHead = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n"
                + (gzipBody ? "Content-Encoding: gzip\r\n" : "") + "Content-Length: " + payload.length + "\r\n\r\n";
        byte[] http = concat(httpHead.getBytes(StandardCharsets.ISO_8859_1), payload);
        return record("response", url, "application/http;msgtype=response", http);
    }

    static byte[] request(String url) {
        return record("request", url, "application/http;msgtype=request",
                ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] record(String type, String url, String contentType, byte[] block) {
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nWARC-Date: 2024-11-25T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The usual test WARC: three HTML responses (the second with a gzip body), a request and an image. */
    static List<byte[]> records() {
        return List.of(
                response("https://edition.cnn.com/a", "text/html; charset=utf-8", page(PAGES.get(0)), false),
                request("https://edition.cnn.com/a"),
                response("https://www.cleveland.com/b", "text/html", page(PAGES.get(1)), true),
                response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, false),
                response("https://fox13now.com/c", "text/html; charset=UTF-8", page(PAGES.get(2)), false));
    }

    static byte[] warc(List<byte[]> records) {
        return concat(records.toArray(new byte[0][]));
    }

    /** Gzipped record by record, as crawlers write WARC.gz so that each record can be read on its own. */
    static byte[] warcGz(List<byte[]> records) {
        return concat(records.stream().map(TestWarcs::gzip).toArray(byte[][]::new));
    }

    static byte[] gzip(byte[] bytes) {
        try {
            return IngesterTest.gzip(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
