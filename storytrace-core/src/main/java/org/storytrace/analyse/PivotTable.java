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
    /** The English pivot terms the tables refer to by number: a few thousand stems serve all the words. */
    private final String[] terms;
    private final PackedWords exact;
    /** Headwords filed under their stripped form, when that differs from the headword. */
    private final PackedWords stemmed;

    private PivotTable(String language, String[] terms, PackedWords exact, PackedWords stemmed) {
        this.language = language;
        this.terms = terms;
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
        Map<String, Integer> numbers = new HashMap<>();
        List<String> terms = new ArrayList<>();
        Map<String, int[]> exactNumbers = numbered(exact, numbers, terms);
        Map<String, int[]> stemmedNumbers = numbered(stemmed, numbers, terms);
        return new PivotTable(language, terms.toArray(new String[0]), PackedWords.of(exactNumbers), PackedWords.of(stemmedNumbers));
    }

    /** {@code map} with each pivot term replaced by its number in {@code terms}, which it extends as needed. */
    private static Map<String, int[]> numbered(Map<String, String[]> map, Map<String, Integer> numbers, List<String> terms) {
        Map<String, int[]> out = new HashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((word, pivots) -> {
            int[] ids = new int[pivots.length];
            for (int i = 0; i < pivots.length; i++) {
                ids[i] = numbers.computeIfAbsent(pivots[i], t -> {
                    terms.add(t);
                    return terms.size() - 1;
                });
            }
            out.put(word, ids);
        });
        return out;
    }

    /** Writes the terms and both packed tables, so that reading needs no stripping, ranking or hashing of strings. */
    void write(DataOutputStream out) throws IOException {
        out.writeUTF(language);
        out.writeInt(terms.length);
        for (String t : terms) {
            out.writeUTF(t);
        }
        exact.write(out);
        stemmed.write(out);
    }

    static PivotTable read(DataInputStream in) throws IOException {
        String language = in.readUTF();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("pivot cache: " + n + " terms");
        }
        String[] terms = new String[n];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = in.readUTF();
        }
        PackedWords exact = PackedWords.read(in, n);
        return new PivotTable(language, terms, exact, PackedWords.read(in, n));
    }

    String language() {
        return language;
    }

    /** The pivot terms of {@code word} in {@code table}, or null when it is not a key there. */
    private String[] find(PackedWords table, String word) {
        int[] ids = table.get(word);
        if (ids == null) {
            return null;
        }
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = terms[ids[i]];
        }
        return out;
    }

    List<String> lookup(String word, int layers) {
        String[] found = find(exact, word);
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
        String[] found = stem.equals(word) ? null : find(exact, stem);
        return found != null ? found : find(stemmed, stem);
    }

    /** The pivots of the longest tail that is a word: the head of a compound (Flüchtlings|krise). */
    private String[] head(String word) {
        for (int i = 1; i <= word.length() - Inflections.MIN_HEAD; i++) {
            String tail = word.substring(i);
            String[] found = find(exact, tail);
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
            String[] found = find(exact, word.substring(0, n));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
