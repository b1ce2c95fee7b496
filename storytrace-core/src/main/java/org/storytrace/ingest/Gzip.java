package org.storytrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Inflates gzip bytes in memory, refusing to go past a cap so a small bomb cannot exhaust the heap. */
final class Gzip {
    private static final int BUFFER_BYTES = 64 * 1024;

    private Gzip() {
    }

    static boolean hasMagic(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** Thrown when the inflated size passes the cap; the message says so in one line. */
    static final class TooLargeException extends IOException {
        TooLargeException(long cap) {
            super("inflates to more than " + cap + " bytes");
        }
    }

    static byte[] inflate(byte[] bytes, long maxInflatedBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), BUFFER_BYTES)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, BUFFER_BYTES));
            byte[] buffer = new byte[BUFFER_BYTES];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxInflatedBytes) {
                    throw new TooLargeException(maxInflatedBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Whether the inflated bytes start with {@code prefix}; inflates only that much, and corrupt gzip is no. */
    static boolean inflatedStartsWith(byte[] bytes, byte[] prefix) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), prefix.length)) {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        } catch (IOException e) {
            return false;
        }
    }
}
