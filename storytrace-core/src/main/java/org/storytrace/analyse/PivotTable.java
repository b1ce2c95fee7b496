package org.storytrace.analyse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pivots of one language, looked up in the layers of {@link PivotDictionary.Layer}. Immutable. */
final class PivotTable {
    /**
     * A prefix match may leave off at most this many letters of the word (Czech vládou → vláda needs two):
     * a longer tail is more than an inflection.
     */
    static final int MAX_PREFIX_DROP = 3;
    /** Prefixes shorter than this are shared by unrelated words. */
    static final int MIN_PREFIX = 4;

    private final String language;
    private final Map<String, String[]> exact;
    /** Headwords filed under their stripped form, when that differs from the headword. */
    private final Map<String, String[]> stemmed;

    private PivotTable(String language, Map<String, String[]> exact, Map<String, String[]> stemmed) {
        this.language = language;
        this.exact = exact;
        this.stemmed = stemmed;
    }

    static PivotTable of(String language, PivotCandidates candidates) {
        Map<String, String[]> exact = new HashMap<>();
        Map<String, PivotCandidates.Scores> byStem = new HashMap<>();
        candidates.forEach((key, scores) -> {
            exact.put(key, scores.top(PivotDictionary.MAX_PIVOTS));
            String stem = Inflections.strip(language, key);
            if (!stem.equals(key)) {
                byStem.computeIfAbsent(stem, s -> new PivotCandidates.Scores()).addAll(scores);
            }
        });
        Map<String, String[]> stemmed = new HashMap<>();
        byStem.forEach((stem, scores) -> stemmed.put(stem, scores.top(PivotDictionary.MAX_PIVOTS)));
        return new PivotTable(language, exact, stemmed);
    }

    /**
     * Writes both maps, so that reading needs no stripping or ranking again. Each distinct term is written once
     * and referred to by number: a few thousand English stems serve hundreds of thousands of headwords, and
     * reading numbers is what makes the cache several times faster than the dictionaries.
     */
    void write(DataOutputStream out) throws IOException {
        out.writeUTF(language);
        Map<String, Integer> numbers = new HashMap<>();
        List<String> terms = new ArrayList<>();
        for (Map<String, String[]> map : List.of(exact, stemmed)) {
            for (String[] pivots : map.values()) {
                for (String t : pivots) {
                    numbers.computeIfAbsent(t, k -> {
                        terms.add(k);
                        return terms.size() - 1;
                    });
                }
            }
        }
        out.writeInt(terms.size());
        for (String t : terms) {
            out.writeUTF(t);
        }
        write(exact, numbers, out);
        write(stemmed, numbers, out);
    }

    static PivotTable read(DataInputStream in) throws IOException {
        String language = in.readUTF();
        String[] terms = new String[count(in, "terms")];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = in.readUTF();
        }
        Map<String, String[]> exact = read(in, terms);
        return new PivotTable(language, exact, read(in, terms));
    }

    String language() {
        return language;
    }

    private static void write(Map<String, String[]> map, Map<String, Integer> numbers, DataOutputStream out) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String[]> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue().length);
            for (String term : e.getValue()) {
                out.writeInt(numbers.get(term));
            }
        }
    }

    private static Map<String, String[]> read(DataInputStream in, String[] terms) throws IOException {
        int size = count(in, "words");
        Map<String, String[]> map = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            String key = in.readUTF();
            int n = in.readUnsignedByte();
            if (n > PivotDictionary.MAX_PIVOTS) {
                throw new IOException("pivot cache: " + n + " pivots for '" + key + "'");
            }
            String[] pivots = new String[n];
            for (int j = 0; j < n; j++) {
                int t = in.readInt();
                if (t < 0 || t >= terms.length) {
                    throw new IOException("pivot cache: term " + t + " of " + terms.length + " for '" + key + "'");
                }
                pivots[j] = terms[t];
            }
            map.put(key, pivots);
        }
        return map;
    }

    private static int count(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("pivot cache: " + n + " " + what);
        }
        return n;
    }

    List<String> lookup(String word, int layers) {
        String[] found = exact.get(word);
        if (found == null && layers > PivotDictionary.Layer.STEMMED.ordinal()) {
            found = stemmed(word);
        }
        if (found == null && layers > PivotDictionary.Layer.PARTIAL.ordinal()) {
            found = Inflections.compounds(language) ? head(word) : prefix(word);
        }
        return found == null ? List.of() : List.of(found);
    }

    private String[] stemmed(String word) {
        String stem = Inflections.strip(language, word);
        String[] found = stem.equals(word) ? null : exact.get(stem);
        return found != null ? found : stemmed.get(stem);
    }

    /** The pivots of the longest tail that is a word: the head of a compound (Flüchtlings|krise). */
    private String[] head(String word) {
        for (int i = 1; i <= word.length() - Inflections.MIN_HEAD; i++) {
            String tail = word.substring(i);
            String[] found = exact.get(tail);
            if (found == null) {
                found = stemmed(tail);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The pivots of the longest headword the word starts with, missing at most {@value #MAX_PREFIX_DROP} letters. */
    private String[] prefix(String word) {
        int shortest = Math.max(MIN_PREFIX, word.length() - MAX_PREFIX_DROP);
        for (int n = word.length() - 1; n >= shortest; n--) {
            String[] found = exact.get(word.substring(0, n));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
