package org.storytrace.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns bytes into text: strictly for text and JSONL, the way browsers do for HTML. */
final class Decoding {
    private static final Logger LOG = LoggerFactory.getLogger(Decoding.class);

    /** How far into an HTML page a charset declaration is looked for; the HTML spec pre-scans 1024 bytes. */
    private static final int CHARSET_PRESCAN_BYTES = 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** Pages that declare Latin-1 are decoded as windows-1252, as every browser does (WHATWG Encoding). */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /** A byte-order mark: the charset it names and how many bytes it takes. */
    record Bom(Charset charset, int length) {
    }

    static Optional<Bom> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /** Thrown by {@link #strict} with the offset of the first byte that does not decode. */
    static final class InvalidBytesException extends CharacterCodingException {
        private final transient Charset charset;
        private final long offset;

        InvalidBytesException(Charset charset, long offset) {
            this.charset = charset;
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "invalid " + charset.name() + " at byte " + offset;
        }
    }

    /** Decodes {@code bytes} from {@code start}, failing on the first malformed or unmappable sequence. */
    static String strict(byte[] bytes, int start, Charset charset) throws InvalidBytesException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // One char per byte is enough for UTF-8 and single-byte charsets, and too much for UTF-16.
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidBytesException(charset, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    static boolean isValidUtf8(byte[] bytes, int start) {
        try {
            strict(bytes, start, StandardCharsets.UTF_8);
            return true;
        } catch (InvalidBytesException e) {
            return false;
        }
    }

    /**
     * Decodes an HTML page: a BOM wins; then UTF-8 if the bytes are valid UTF-8, because valid multi-byte UTF-8 is
     * almost never legacy text by chance and pages often lie in their meta tag; then the declared charset;
     * then windows-1252, which decodes any byte.
     */
    static String html(String origin, byte[] bytes) {
        return html(origin, bytes, Optional.empty());
    }

    /**
     * Decodes an HTML page that came with a transport charset (an HTTP {@code Content-Type} in a WARC record): as
     * {@link #html(String, byte[])}, with the transport charset ranking above the meta tag, as in browsers.
     */
    static String html(String origin, byte[] bytes, Optional<Charset> transport) {
        Optional<Bom> bom = bom(bytes);
        if (bom.isPresent()) {
            return new String(bytes, bom.get().length(), bytes.length - bom.get().length(), bom.get().charset());
        }
        Optional<Charset> declared = transport.isPresent() ? transport : declaredCharset(bytes);
        if (isValidUtf8(bytes, 0)) {
            declared.filter(c -> !c.equals(StandardCharsets.UTF_8) && !isAscii(bytes))
                    .ifPresent(c -> LOG.debug("{}: declares {} but is valid UTF-8; decoding as UTF-8", origin, c));
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Charset chosen = declared.filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(WINDOWS_1252);
        LOG.debug("{}: not valid UTF-8; decoding as {}", origin, chosen);
        return new String(bytes, chosen);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        if (name.startsWith("utf-16")) {
            // A UTF-16 page without a BOM could not have been read up to its meta tag as ASCII: the tag lies.
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
