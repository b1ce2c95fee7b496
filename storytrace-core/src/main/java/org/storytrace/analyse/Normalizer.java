package org.storytrace.analyse;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Language-neutral keys for words: accent-free lower case ({@link #fold}) and a light suffix stripper
 * ({@link #stem}) so that paraphrases ("discussions are underway" / "discussion") still meet.
 */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Normalizer() {
    }

    /** Lower case without diacritics and with typographic apostrophes and dashes made plain: Noël → noel. */
    public static String fold(String s) {
        if (ascii(s)) {
            // Nothing to decompose or replace: the quotes and dashes made plain below are all outside ASCII.
            return s.toLowerCase(Locale.ROOT);
        }
        return FOLDED.apply(s);
    }

    private static final Memo<String> FOLDED = new Memo<>(Normalizer::foldUnicode);

    private static String foldUnicode(String s) {
        String d = java.text.Normalizer.normalize(s, Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return d.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('‑', '-');
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A deliberately light stemmer: strips the commonest English and Romance inflections only. A heavier
     * stemmer conflates words the diff must keep apart ("operator" / "operation"); this one only has to make
     * inflected forms of one word meet.
     */
    public static String stem(String folded) {
        String w = folded;
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("es") && w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfglmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("e") && n > 4) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
