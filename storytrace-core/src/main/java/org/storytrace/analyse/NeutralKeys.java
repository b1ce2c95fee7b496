package org.storytrace.analyse;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Language-neutral keys of an analysis, what lets a translation find its original: names (as written, and as a
 * sound skeleton of their Latin transliteration, so that Хэмилтона, ハミルトン and Hamilton meet), numbers of three
 * digits or more (or with decimals), percentages, money and dates, each prefixed by its kind so that the year 2024 and a sum of 2024
 * do not meet. Thread-safe: each thread gets its own transliterator.
 */
public final class NeutralKeys {
    /**
     * Consonant classes of a skeleton kept per name word: enough to tell most names apart, few enough that
     * inflected endings (Ферстаппеном, Brexita) and transliteration variants fall outside the key.
     */
    static final int SKELETON_CLASSES = 4;
    /**
     * Skeletons shorter than this say nothing: two consonant classes ("s:sp", "s:nn") are shared by hundreds of
     * unrelated words, and in the dev sets they made most of the false matches between off-domain texts.
     */
    static final int MIN_SKELETON = 3;
    /** Integers shorter than this (days, small counts: 10, 24, 30) are shared by unrelated texts too often to be keys. */
    static final int MIN_NUMBER_DIGITS = 3;

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");

    private final ThreadLocal<Transliterator> latin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    /** Transliteration is the costliest step of a key, and names recur across articles. */
    private final Memo<String> transliterated = new Memo<>(s -> latin.get().transliterate(s));

    /** Keys in sorted order, without duplicates. */
    public List<String> of(Analysis analysis) {
        TreeSet<String> keys = new TreeSet<>();
        for (Mention m : analysis.mentions()) {
            switch (m.kind()) {
                case NAME -> {
                    keys.add("n:" + m.key());
                    for (String word : NOT_LETTERS.split(latin(soundOf(m)))) {
                        String s = skeleton(word);
                        if (s.length() >= MIN_SKELETON) {
                            keys.add("s:" + s);
                        }
                    }
                }
                case NUMBER -> {
                    if (isTelling(m.key())) {
                        keys.add("#:" + m.key());
                    }
                }
                case PERCENT -> keys.add("%:" + m.key());
                case MONEY -> keys.add("$:" + m.key());
                case DATE -> keys.add("d:" + m.key());
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * Whether a number tells one story from another. Bare years (2020 in a third of the dev news) and round
     * figures (100, 500, 3000) are shared by unrelated texts; in the dev sets they made most false pairs of
     * texts that shared a single key. Decimals and other integers of {@link #MIN_NUMBER_DIGITS} digits or more are kept.
     */
    static boolean isTelling(String number) {
        if (number.contains(".")) {
            return true;
        }
        String digits = NOT_DIGITS.matcher(number).replaceAll("");
        if (digits.length() < MIN_NUMBER_DIGITS) {
            return false;
        }
        if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return false;
        }
        return TRAILING_ZEROS.matcher(digits).replaceAll("").length() > 1;
    }

    /**
     * The form of a name to transliterate: its key, except for kana, whose key has lost the voicing marks to
     * accent folding (バ → ハ), which would turn Banksy into "hanks"; the surface keeps them.
     */
    private static String soundOf(Mention m) {
        boolean kana = m.text().codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HIRAGANA;
        });
        return kana ? m.text() : m.key();
    }

    /** Lower-case ASCII transliteration: Київ → kiiv, トランプ → toranpu, Vučić → vucic. */
    public String latin(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        return ascii ? s.toLowerCase(java.util.Locale.ROOT) : transliterated.apply(s);
    }

    /**
     * The sound skeleton of a transliterated word: its first {@link #SKELETON_CLASSES} consonant classes, with
     * vowels, h, j and doubled letters gone and the letters that transliterations and languages swap
     * merged (b/p, f/v/w, c/g/k/q, d/t, s/z/x, m/n, l/r: Japanese and Chinese do not tell l from r).
     */
    static String skeleton(String word) {
        StringBuilder out = new StringBuilder(SKELETON_CLASSES);
        String w = word.replace("dz", "").replace("sch", "s").replace("ph", "f").replace("ck", "k");
        int last = 0;
        for (int i = 0; i < w.length() && out.length() < SKELETON_CLASSES; i++) {
            int c = switch (w.charAt(i)) {
                case 'b', 'p' -> 'p';
                case 'f', 'v', 'w' -> 'f';
                case 'c', 'g', 'k', 'q' -> 'k';
                case 'd', 't' -> 't';
                case 's', 'z', 'x' -> 's';
                case 'm', 'n' -> 'n';
                case 'l', 'r' -> 'r';
                case 'a', 'e', 'i', 'o', 'u', 'y' -> 1;
                default -> 0;
            };
            if (c == 1) {
                last = 0; // a vowel between two like consonants keeps both: "Nana" is not "Nan"
                continue;
            }
            if (c == 0) {
                continue;
            }
            if (c != last) {
                out.append((char) c);
            }
            last = c;
        }
        return out.toString();
    }
}
