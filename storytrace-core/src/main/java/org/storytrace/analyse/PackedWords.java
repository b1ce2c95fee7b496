package org.storytrace.analyse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * An immutable map from words to up to {@value PivotDictionary#MAX_PIVOTS} pivot term numbers, packed into a few
 * primitive arrays: every key's characters in one {@code char[]}, an open-addressing slot table of entry numbers,
 * and the terms as numbers into a shared list. The installed dictionaries hold about a million and a half words;
 * as {@code HashMap<String, String[]>} they were some ten million objects and 370 MB that every full collection
 * walked (bench ingest spent a fifth of its CPU in the collector), and reading them from the cache allocated
 * each one. Packed, they are a dozen arrays a quarter of the size, read from the cache in bulk.
 */
final class PackedWords {
    /** Marks an unused pivot place of an entry with fewer than {@value PivotDictionary#MAX_PIVOTS} pivots. */
    private static final int NONE = -1;

    private final char[] chars;
    /** Entry i's key is chars[starts[i], starts[i + 1]). */
    private final int[] starts;
    /** Each entry's key hash ({@link String#hashCode}), so that probing compares characters only on a hash match. */
    private final int[] hashes;
    /** Entry i's term numbers at [i * MAX_PIVOTS, (i + 1) * MAX_PIVOTS), {@link #NONE} after the last. */
    private final int[] pivots;
    /** Power-of-two sized, at most half full: entry number + 1, or 0 for an empty slot. */
    private final int[] slots;

    private PackedWords(char[] chars, int[] starts, int[] hashes, int[] pivots) {
        this.chars = chars;
        this.starts = starts;
        this.hashes = hashes;
        this.pivots = pivots;
        this.slots = slotsFor(hashes);
    }

    /** Packs {@code map}, whose values are term numbers (at most {@value PivotDictionary#MAX_PIVOTS} each). */
    static PackedWords of(Map<String, int[]> map) {
        int n = map.size();
        // Sorted so that the same map always packs (and caches) to the same bytes.
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int length = 0;
        for (String k : keys) {
            length += k.length();
        }
        char[] chars = new char[length];
        int[] starts = new int[n + 1];
        int[] hashes = new int[n];
        int[] pivots = new int[n * PivotDictionary.MAX_PIVOTS];
        Arrays.fill(pivots, NONE);
        int at = 0;
        for (int i = 0; i < n; i++) {
            String k = keys[i];
            k.getChars(0, k.length(), chars, at);
            starts[i] = at;
            at += k.length();
            hashes[i] = k.hashCode();
            int[] terms = map.get(k);
            if (terms.length > PivotDictionary.MAX_PIVOTS) {
                throw new IllegalArgumentException("pivot table: " + terms.length + " pivots for '" + k + "'");
            }
            System.arraycopy(terms, 0, pivots, i * PivotDictionary.MAX_PIVOTS, terms.length);
        }
        starts[n] = at;
        return new PackedWords(chars, starts, hashes, pivots);
    }

    int size() {
        return hashes.length;
    }

    /** The term numbers of {@code word}, or null when it is not a key. */
    int[] get(String word) {
        int h = word.hashCode();
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            int entry = slots[s] - 1;
            if (entry < 0) {
                return null;
            }
            if (hashes[entry] == h && sameKey(entry, word)) {
                int base = entry * PivotDictionary.MAX_PIVOTS;
                int n = 0;
                while (n < PivotDictionary.MAX_PIVOTS && pivots[base + n] != NONE) {
                    n++;
                }
                return Arrays.copyOfRange(pivots, base, base + n);
            }
        }
    }

    private boolean sameKey(int entry, String word) {
        int from = starts[entry];
        if (starts[entry + 1] - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the arrays the table is rebuilt from (the slot table is not written: it follows from the hashes). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(hashes.length);
        out.writeInt(chars.length);
        ByteBuffer buffer = ByteBuffer.allocate(chars.length * Character.BYTES);
        buffer.asCharBuffer().put(chars);
        out.write(buffer.array());
        writeInts(out, starts);
        writeInts(out, hashes);
        writeInts(out, pivots);
    }

    /**
     * Reads what {@link #write} wrote. Counts, offsets, hashes and term numbers are checked, so that a damaged
     * cache is an {@link IOException}, never a lookup that fails later.
     */
    static PackedWords read(DataInputStream in, int termCount) throws IOException {
        int n = count(in, "words");
        int length = count(in, "characters");
        char[] chars = new char[length];
        ByteBuffer.wrap(readBytes(in, (long) length * Character.BYTES)).asCharBuffer().get(chars);
        int[] starts = readInts(in, n + 1L);
        int[] hashes = readInts(in, n);
        int[] pivots = readInts(in, (long) n * PivotDictionary.MAX_PIVOTS);
        if (starts[0] != 0 || starts[n] != length) {
            throw new IOException("pivot cache: word offsets do not span the characters");
        }
        for (int i = 0; i < n; i++) {
            if (starts[i + 1] < starts[i]) {
                throw new IOException("pivot cache: word offsets go backwards at " + i);
            }
            if (hashes[i] != hash(chars, starts[i], starts[i + 1])) {
                throw new IOException("pivot cache: word " + i + " does not match its hash");
            }
        }
        for (int t : pivots) {
            if (t != NONE && (t < 0 || t >= termCount)) {
                throw new IOException("pivot cache: term " + t + " of " + termCount);
            }
        }
        return new PackedWords(chars, starts, hashes, pivots);
    }

    /** {@link String#hashCode} of chars[from, to), without making the string. */
    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static int[] slotsFor(int[] hashes) {
        int capacity = Integer.highestOneBit(Math.max(2, hashes.length * 2 - 1)) << 1;
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < hashes.length; i++) {
            int s = spread(hashes[i]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
        return slots;
    }

    /** String hashes of similar words differ in their low bits only; mixing spreads them over the slot table. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int count(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("pivot cache: " + n + " " + what);
        }
        return n;
    }

    private static byte[] readBytes(DataInputStream in, long n) throws IOException {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IOException("pivot cache: a table of " + n + " bytes");
        }
        byte[] bytes = in.readNBytes((int) n);
        if (bytes.length < n) {
            throw new IOException("pivot cache: cut short");
        }
        return bytes;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        out.write(buffer.array());
    }

    private static int[] readInts(DataInputStream in, long n) throws IOException {
        int[] values = new int[(int) Math.min(n, Integer.MAX_VALUE)];
        ByteBuffer.wrap(readBytes(in, n * Integer.BYTES)).asIntBuffer().get(values);
        return values;
    }
}
