package org.storytrace.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads a dictd database: an index of {@code headword TAB offset TAB length} lines, offsets and lengths in
 * dictd's base-64 digits, over a body that is dictzip, i.e. plain gzip with a random-access table we do not
 * need because we inflate the whole body once and slice it.
 */
final class Dictd {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** Headwords like {@code 00databaseinfo} carry the database's own metadata, not words. */
    private static final String METADATA_PREFIX = "00database";
    private static final int BUFFER_BYTES = 64 * 1024;

    private Dictd() {
    }

    /**
     * Hands each definition, with the wanted headwords that point at it, to {@code sink}, in index order.
     * Definitions no wanted headword points at are never decoded: that is most of the work saved when phrases
     * are not wanted, and Japanese lists one definition under each of its spellings. Returns how many index
     * lines were skipped because they were malformed or pointed outside the body; a damaged line costs one word,
     * not the dictionary.
     */
    static int read(InputStream index, InputStream dictDz, Predicate<String> wanted, BiConsumer<List<String>, String> sink)
            throws IOException {
        byte[] body = new GZIPInputStream(dictDz, BUFFER_BYTES).readAllBytes();
        BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8), BUFFER_BYTES);
        Map<Long, List<String>> headwordsByDefinition = new LinkedHashMap<>();
        int skipped = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            int tab1 = line.indexOf('\t');
            int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
            if (tab2 < 0) {
                skipped++;
                continue;
            }
            String headword = line.substring(0, tab1).strip();
            if (headword.isEmpty() || headword.startsWith(METADATA_PREFIX) || !wanted.test(headword)) {
                continue;
            }
            long offset = number(line, tab1 + 1, tab2);
            int end = line.indexOf('\t', tab2 + 1);
            long length = number(line, tab2 + 1, end < 0 ? line.length() : end);
            if (offset < 0 || length < 0 || offset + length > body.length) {
                skipped++;
                continue;
            }
            // Offset and length in one key: bodies are far below 2^32 bytes, definitions far below 2^31.
            headwordsByDefinition.computeIfAbsent(offset << 32 | length, k -> new ArrayList<>(1)).add(headword);
        }
        headwordsByDefinition.forEach((at, headwords) ->
                sink.accept(headwords, new String(body, (int) (at >>> 32), (int) (at & 0xffffffffL), StandardCharsets.UTF_8)));
        return skipped;
    }

    /** A dictd base-64 number (most significant digit first), or -1 when a character is not a digit. */
    static long number(String s, int from, int to) {
        if (from >= to || to - from > 10) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int d = DIGITS.indexOf(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            n = n * 64 + d;
        }
        return n;
    }
}
