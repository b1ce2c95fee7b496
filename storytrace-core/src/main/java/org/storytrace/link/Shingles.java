package org.storytrace.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Token;

/** Word n-gram shingles of a text, hashed to 64 bits, for verbatim-reuse detection. */
public final class Shingles {
    /** Three words: long enough that shared shingles mean copied wording, short enough to survive light edits. */
    public static final int WORDS = 3;

    private Shingles() {
    }

    public static Set<Long> of(Analysis analysis) {
        Set<Long> out = new LinkedHashSet<>();
        for (long h : hashes(analysis)) {
            out.add(h);
        }
        return out;
    }

    /**
     * The hashes of {@link #of}, in text order and with repeats: what a MinHash signature needs, without the boxing
     * and joined strings that were a tenth of fingerprinting.
     */
    public static long[] hashes(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        int n = tokens.size();
        if (n == 0) {
            return new long[0];
        }
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).norm();
        }
        int span = Math.min(WORDS, n);
        long[] out = new long[n - span + 1];
        for (int i = 0; i < out.length; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < i + span; w++) {
                if (w > i) {
                    h = fnv(h, ' ');
                }
                String word = words[w];
                for (int c = 0; c < word.length(); c++) {
                    h = fnv(h, word.charAt(c));
                }
            }
            out[i] = mix(h);
        }
        return out;
    }

    /** FNV-1a over UTF-16 units, finished with the splitmix64 mixer so nearby strings spread out. */
    static long hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = fnv(h, s.charAt(i));
        }
        return mix(h);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static long fnv(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long mix(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** Share of {@code a}'s items (shingles, words, keys) that are also in {@code b}: how much of a is in b. */
    public static <T> double containment(Set<T> a, Set<T> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (T x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return (double) shared / a.size();
    }
}
