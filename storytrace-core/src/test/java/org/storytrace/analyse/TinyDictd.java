package org.storytrace.analyse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes a dictd database in memory: entries appended to a body, gzipped, and an index in dictd's base 64. */
final class TinyDictd {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private final StringBuilder index = new StringBuilder();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** An entry under one or more index headwords; the definition's first line is its headword line, as in FreeDict. */
    TinyDictd entry(String definition, String... headwords) {
        byte[] bytes = definition.getBytes(StandardCharsets.UTF_8);
        int offset = body.size();
        body.writeBytes(bytes);
        for (String h : headwords) {
            indexLine(h + "\t" + base64(offset) + "\t" + base64(bytes.length));
        }
        return this;
    }

    TinyDictd indexLine(String line) {
        index.append(line).append('\n');
        return this;
    }

    InputStream index() {
        return new ByteArrayInputStream(index.toString().getBytes(StandardCharsets.UTF_8));
    }

    InputStream dictDz() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    static String base64(long n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append(DIGITS.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return sb.reverse().toString();
    }
}
