package org.storytrace.serve;

import java.util.HexFormat;

/**
 * The content hashes already in the store, as their first 64 bits in a primitive open-addressing set: eight bytes
 * an article, so that a worker can tell, before analysing a document, that its text is almost certainly stored.
 * Re-running an interrupted batch, re-reading a feed or re-ingesting a folder then costs extraction and a hash per
 * known article instead of the whole analysis. It only ever answers "maybe known": the writer still asks the store,
 * and a prefix shared by two texts (about one chance in 10^7 at a million articles) only means the writer analyses
 * that document itself. Thread-safe: workers ask while the writer adds.
 */
final class KnownContent {
    /** 0 marks an empty slot, so a prefix that happens to be 0 is stored as this instead. */
    private static final long ZERO_STANDS_FOR = 1L;
    private static final int HEX_DIGITS = 16;

    private long[] slots = new long[1 << 10];
    private int size;

    /** Whether a text with this content hash (hex SHA-256, as {@link ContentHash#of} gives) may be stored. */
    synchronized boolean mayContain(String contentHash) {
        long key = key(contentHash);
        int mask = slots.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            if (slots[s] == key) {
                return true;
            }
            if (slots[s] == 0) {
                return false;
            }
        }
    }

    /** Records that the store now holds a text with this content hash. */
    synchronized void add(String contentHash) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, key(contentHash))) {
            size++;
        }
    }

    synchronized int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long key : slots) {
            if (key != 0) {
                insert(bigger, key);
            }
        }
        slots = bigger;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            if (table[s] == key) {
                return false;
            }
            if (table[s] == 0) {
                table[s] = key;
                return true;
            }
        }
    }

    /** The hash's first 16 hex digits as a long: already uniformly spread, SHA-256 being what it is. */
    private static long key(String contentHash) {
        long key = HexFormat.fromHexDigitsToLong(contentHash, 0, HEX_DIGITS);
        return key == 0 ? ZERO_STANDS_FOR : key;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
