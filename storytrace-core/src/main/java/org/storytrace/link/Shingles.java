package org.storytrace.link;

import java.util.ArrayList;
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
        List<String> words = new ArrayList<>();
        for (Token t : analysis.tokens()) {
            words.add(t.norm());
        }
        Set<Long> out = new LinkedHashSet<>();
        if (words.size() < WORDS) {
            if (!words.isEmpty()) {
                out.add(hash(String.join(" ", words)));
            }
            return out;
        }
        for (int i = 0; i + WORDS <= words.size(); i++) {
            out.add(hash(String.join(" ", words.subList(i, i + WORDS))));
        }
        return out;
    }

    /** FNV-1a over UTF-16 units, finished with the splitmix64 mixer so nearby strings spread out. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
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
