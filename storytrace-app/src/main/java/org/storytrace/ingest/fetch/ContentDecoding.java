package org.storytrace.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the {@code Content-Encoding}s offered in {@link #ACCEPT_ENCODING}, capping the decoded size as it inflates
 * so a small compressed bomb cannot fill the heap. Brotli is not offered: the JDK has no decoder, and adding a
 * dependency for a few percent of bandwidth on text pages is not worth it yet.
 */
final class ContentDecoding {
    /** What requests offer; a server may still send identity. */
    static final String ACCEPT_ENCODING = "gzip, deflate";

    private static final int BUFFER_BYTES = 16 * 1024;

    private ContentDecoding() {
    }

    /**
     * Decodes {@code body} sent with {@code contentEncoding} (null or identity for none).
     *
     * @throws UnsupportedEncodingException naming the encoding when it is one not offered
     */
    static byte[] decode(String contentEncoding, byte[] body, long max) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(body)), max);
            case "deflate" -> inflate(body, max);
            default -> throw new UnsupportedEncodingException(encoding);
        };
    }

    /**
     * HTTP's "deflate" is zlib-wrapped by the spec, but some servers send raw deflate; the zlib header decides,
     * as browsers do.
     */
    private static byte[] inflate(byte[] body, long max) throws IOException {
        boolean zlib = body.length >= 2 && (body[0] & 0x0f) == 8 && (((body[0] & 0xff) << 8) | (body[1] & 0xff)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try {
            return capped(new InflaterInputStream(new ByteArrayInputStream(body), inflater), max);
        } finally {
            // An inflater passed in is not ended by the stream, and holds native memory until it is.
            inflater.end();
        }
    }

    private static byte[] capped(InputStream in, long max) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > max) {
                    throw new TooLargeException(max);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** A Content-Encoding that was not offered and cannot be decoded. */
    static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String encoding) {
            super("unsupported content encoding '" + encoding + "'");
        }
    }
}
