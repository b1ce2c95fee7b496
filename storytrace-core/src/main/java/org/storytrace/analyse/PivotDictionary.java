package org.storytrace.analyse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English pivot terms for the content words of other languages, from bilingual dictionaries (issue 5): a German
 * article and its English translation share many pivot terms, unrelated articles few. Immutable once built and
 * safe to read from many threads. English words are their own pivot (their light {@link Normalizer#stem}), as
 * long as any dictionary is loaded; words no dictionary knows, names mostly, have none, and are left to
 * {@link NeutralKeys}.
 */
public final class PivotDictionary {
    /** The language every pivot term is in. */
    public static final String PIVOT_LANGUAGE = "en";
    /** At most this many pivots per word: the first senses; later ones are rarer meanings that add only noise. */
    public static final int MAX_PIVOTS = 3;

    /** Names the layout {@link #writeTo} writes; change it whenever the layout or the way pivots are chosen changes. */
    static final String CACHE_FORMAT = "storytrace-pivots-3";
    private static final int BUFFER_BYTES = 64 * 1024;

    private static final PivotDictionary EMPTY = new PivotDictionary(Map.of());

    private final Map<String, PivotTable> tables;
    /**
     * Lookups by "language word": a word the dictionary lacks walks the stem and partial layers, several
     * microseconds, and the same words come back article after article.
     */
    private final Memo<List<String>> looked = new Memo<>(key -> {
        int space = key.indexOf(' ');
        return lookup(key.substring(0, space), key.substring(space + 1), Layer.values().length);
    });

    private PivotDictionary(Map<String, PivotTable> tables) {
        this.tables = Map.copyOf(tables);
    }

    /** A dictionary that knows no language: every lookup gives no pivot, which turns pivots off. */
    public static PivotDictionary empty() {
        return EMPTY;
    }

    /** A builder to hand dictionaries to, one language pair at a time. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ISO 639-1 codes of the languages a dictionary was loaded for, English not included. */
    public Set<String> languages() {
        return new TreeSet<>(tables.keySet());
    }

    /**
     * Up to {@value #MAX_PIVOTS} English pivot terms for a word, most likely first: lower case, ASCII, light
     * stems, never a stop word. {@code foldedWord} is a token's {@link Token#norm()} ({@link Normalizer#fold}).
     * Empty for a language without a dictionary and for words the dictionary does not know.
     */
    public List<String> pivots(String language, String foldedWord) {
        if (foldedWord == null || foldedWord.isEmpty() || tables.isEmpty()) {
            return List.of();
        }
        return looked.apply(language + ' ' + foldedWord);
    }

    /**
     * Writes the built tables in a compact binary form that {@link #read} loads in a fraction of the time parsing
     * the dictionaries takes. The stream is flushed, not closed.
     */
    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, BUFFER_BYTES));
        data.writeUTF(CACHE_FORMAT);
        data.writeInt(tables.size());
        for (PivotTable table : tables.values()) {
            table.write(data);
        }
        data.flush();
    }

    /**
     * Reads what {@link #writeTo} wrote. A stream in another format or cut short is an {@link IOException}
     * naming what was wrong, so the caller can fall back to the dictionaries.
     */
    public static PivotDictionary read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, BUFFER_BYTES));
        String format = data.readUTF();
        if (!format.equals(CACHE_FORMAT)) {
            throw new IOException("pivot cache: format '" + format + "', expected '" + CACHE_FORMAT + "'");
        }
        int n = data.readInt();
        Map<String, PivotTable> tables = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PivotTable table = PivotTable.read(data);
            tables.put(table.language(), table);
        }
        return new PivotDictionary(tables);
    }

    /**
     * The lookup, trying only the first {@code layers} layers of {@link Layer}; the evaluation uses it to
     * measure what each layer adds.
     */
    List<String> lookup(String language, String foldedWord, int layers) {
        if (foldedWord == null || foldedWord.isEmpty() || tables.isEmpty()) {
            return List.of();
        }
        String lang = language.toLowerCase(Locale.ROOT);
        if (lang.equals(PIVOT_LANGUAGE)) {
            String p = PivotTerms.ofWord(foldedWord);
            return p == null ? List.of() : List.of(p);
        }
        PivotTable table = tables.get(lang);
        return table == null ? List.of() : table.lookup(foldedWord, layers);
    }

    /** The fallbacks of a lookup, in the order they are tried; each runs only when the ones before found nothing. */
    enum Layer {
        /** The word as written is a headword. */
        EXACT,
        /** The word without its inflection suffix is a headword, or the stripped form of one ({@link Inflections}). */
        STEMMED,
        /**
         * German and Dutch: the longest tail of the word that is a headword, the head of the compound;
         * other languages: the longest headword the word starts with, missing at most a few letters.
         */
        PARTIAL
    }

    /**
     * Collects dictionaries, then {@link #build()}s the immutable dictionary. Thread-safe, so that an application
     * can parse several dictionaries in parallel: parsing happens outside the lock and only the merge inside.
     */
    public static final class Builder {
        private static final Logger LOG = LoggerFactory.getLogger(Builder.class);
        private final Map<String, PivotCandidates> byLanguage = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a dictd dictionary from {@code language} to English (FreeDict {@code deu-eng}): its headwords get
         * the English translations as pivots.
         */
        public Builder toEnglish(String language, InputStream index, InputStream dictDz) throws IOException {
            String lang = code(language);
            PivotCandidates found = new PivotCandidates();
            Map<String, List<String>> pivotsOfPhrase = new HashMap<>();
            // A headword with a space can never meet a token, and half of FreeDict German is such phrases.
            int skipped = Dictd.read(index, dictDz, PivotDictionary::oneWord, (headwords, definition) -> {
                List<String> phrases = Definitions.englishSide(definition);
                for (String headword : headwords) {
                    String key = Normalizer.fold(headword);
                    for (int i = 0; i < phrases.size(); i++) {
                        for (String pivot : pivotsOfPhrase.computeIfAbsent(phrases.get(i), PivotTerms::ofPhrase)) {
                            found.add(key, pivot, weight(i));
                        }
                    }
                }
            });
            return merge(lang, found, skipped);
        }

        /**
         * Adds a dictd dictionary from English to {@code language} (FreeDict {@code eng-ces}, Mueller's
         * English-Russian), read backwards: each one-word translation gets the English headword as a pivot.
         */
        public Builder fromEnglish(String language, InputStream index, InputStream dictDz) throws IOException {
            String lang = code(language);
            PivotCandidates found = new PivotCandidates();
            // Only one-word English headwords: the translations of a phrase ("get off") are not translations of
            // its words, and would pivot спускаться to "get".
            int skipped = Dictd.read(index, dictDz, PivotDictionary::oneWord, (headwords, definition) -> {
                List<String> words = Definitions.foreignSide(definition);
                for (String headword : headwords) {
                    List<String> english = PivotTerms.ofPhrase(headword);
                    String pivot = english.size() == 1 ? english.get(0) : null;
                    for (int i = 0; pivot != null && i < words.size(); i++) {
                        String key = Normalizer.fold(words.get(i));
                        if (key.length() >= MIN_KEY) {
                            found.add(key, pivot, weight(i));
                        }
                    }
                }
            });
            return merge(lang, found, skipped);
        }

        /** The dictionary of everything added so far. */
        public synchronized PivotDictionary build() {
            Map<String, PivotTable> tables = new HashMap<>();
            byLanguage.forEach((lang, candidates) -> tables.put(lang, PivotTable.of(lang, candidates)));
            return new PivotDictionary(tables);
        }

        private synchronized Builder merge(String lang, PivotCandidates found, int skipped) {
            if (skipped > 0) {
                LOG.debug("pivot dictionary {}: skipped {} malformed index lines", lang, skipped);
            }
            PivotCandidates existing = byLanguage.get(lang);
            if (existing == null) {
                byLanguage.put(lang, found);
            } else {
                existing.addAll(found);
            }
            return this;
        }

        private static String code(String language) {
            String lang = language.strip().toLowerCase(Locale.ROOT);
            if (lang.isEmpty() || lang.equals(PIVOT_LANGUAGE)) {
                throw new IllegalArgumentException("pivot dictionary: language '" + language + "' is not a language other than English");
            }
            return lang;
        }
    }

    private static boolean oneWord(String headword) {
        for (int i = 0; i < headword.length(); i++) {
            if (Character.isWhitespace(headword.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One-letter foreign "words" are prepositions and initials, never content words worth a pivot. */
    static final int MIN_KEY = 2;

    /**
     * How much a translation counts by its place in the definition: dictionaries list the commonest sense first,
     * so the first translation counts 1, the second 1/2, and so on.
     */
    static float weight(int position) {
        return 1f / (1 + position);
    }

    @Override
    public String toString() {
        return "PivotDictionary" + Arrays.toString(languages().toArray());
    }
}
