package org.storytrace.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A quick guess at the language of extracted text, by its script and, for Latin script, its commonest words. It is
 * cheap enough to run on every page; the analyse stage identifies the language properly later.
 */
final class TextLanguage {
    /** Only the start of the text is looked at; a few hundred words settle both script and function words. */
    private static final int SAMPLE_CHARS = 3000;

    /** Fewer letters than this and the text is too short to tell. */
    private static final int MIN_LETTERS = 40;

    /**
     * Share of Latin-script words that must be one language's function words for that language to be named; text
     * below it (names, lists, code) stays unknown. Set by eye on the newspaper4k and readability pages (real prose
     * is 20-40 %).
     */
    private static final double MIN_FUNCTION_WORD_SHARE = 0.08;

    /** The commonest function words of the Latin-script languages storytrace meets, as data. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "as", "he", "it"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "pour", "qui", "sur", "au"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf", "ein", "eine", "im", "dem"),
            "es", Set.of("el", "los", "las", "del", "que", "por", "con", "una", "para", "es", "se", "al", "como", "más"),
            "it", Set.of("il", "della", "che", "di", "per", "gli", "una", "del", "sono", "con", "non", "nel", "alla", "è"),
            "pt", Set.of("o", "os", "da", "do", "que", "em", "um", "uma", "para", "com", "não", "dos", "das", "é"),
            "pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "dla"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor", "zijn", "ook"));

    private TextLanguage() {
    }

    static String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        int latin = 0;
        int han = 0;
        int kana = 0;
        int[] scripts = new int[Character.UnicodeScript.values().length];
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            // ASCII letters are Latin, and UnicodeScript.of is a binary search over the whole of Unicode.
            Character.UnicodeScript script = cp < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp);
            scripts[script.ordinal()]++;
            switch (script) {
                case LATIN -> latin++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                default -> {
                    // counted in scripts[]
                }
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (latin * 2 > letters) {
            return byFunctionWords(sample);
        }
        if (kana > 0 && (kana + han) * 2 > letters) {
            return "ja";
        }
        if (han * 2 > letters) {
            return "zh";
        }
        Character.UnicodeScript main = Character.UnicodeScript.COMMON;
        for (Character.UnicodeScript s : Character.UnicodeScript.values()) {
            if (scripts[s.ordinal()] > scripts[main.ordinal()]) {
                main = s;
            }
        }
        return switch (main) {
            case CYRILLIC -> sample.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
            case ARABIC -> sample.matches("(?s).*[پچژگ].*") ? "fa" : "ar";
            case HANGUL -> "ko";
            case THAI -> "th";
            case HEBREW -> "he";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case MYANMAR -> "my";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            default -> null;
        };
    }

    /** The languages of {@link #FUNCTION_WORDS} in alphabetical order, which breaks ties between equal counts. */
    private static final List<String> LANGUAGES = FUNCTION_WORDS.keySet().stream().sorted().toList();
    /** Each function word with the languages (bits, in {@link #LANGUAGES} order) it belongs to: one look-up per word. */
    private static final Map<String, Integer> LANGUAGES_OF_WORD = languagesOfWord();

    private static Map<String, Integer> languagesOfWord() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            int bit = 1 << i;
            FUNCTION_WORDS.get(LANGUAGES.get(i)).forEach(w -> out.merge(w, bit, (a, b) -> a | b));
        }
        return Map.copyOf(out);
    }

    private static String byFunctionWords(String sample) {
        String lower = sample.toLowerCase(Locale.ROOT);
        int[] hits = new int[LANGUAGES.size()];
        // The words are the runs of letters, as splitting at [^\p{L}]+ gives them, walked by hand rather than split
        // with a pattern (a third of this method's time); a leading non-letter made split count one empty word more.
        int words = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean letter = i < lower.length() && Character.isLetter(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                Integer languages = LANGUAGES_OF_WORD.get(lower.substring(start, i));
                for (int bits = languages == null ? 0 : languages; bits != 0; bits &= bits - 1) {
                    hits[Integer.numberOfTrailingZeros(bits)]++;
                }
                start = -1;
            } else if (!letter && i == 0) {
                words++;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) {
                best = i;
            }
        }
        return best >= 0 && hits[best] >= MIN_FUNCTION_WORD_SHARE * words ? LANGUAGES.get(best) : null;
    }
}
