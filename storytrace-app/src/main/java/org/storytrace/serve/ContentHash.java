package org.storytrace.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of an article's content: SHA-256 of its body text with whitespace runs folded to one space. */
final class ContentHash {
    /** Characters of the hash used as the short article id: 48 bits, collisions unlikely below ~10 M articles. */
    static final int ID_LENGTH = 12;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private ContentHash() {
    }

    static String of(String text) {
        String normalised = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
