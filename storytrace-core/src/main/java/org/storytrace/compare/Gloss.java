package org.storytrace.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storytrace.analyse.Mention;
import org.storytrace.analyse.Normalizer;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.analyse.Token;

/**
 * Reads the words of a text in another language as the terms of the English text it is compared with (issue 6):
 * a word becomes the term of the other text that it is (a name, an alias), that a dictionary gives as its
 * translation (a pivot), or that it is spelt like (a cognate: "militaires" / "military", "troupes" / "troops"), so
 * that alignment and the fact checks run on one vocabulary. A word with none of these keeps its own stem, which the
 * other text does not have: it counts as not shared, as an unknown word should. Not thread-safe (it caches).
 */
final class Gloss {
    /**
     * A cognate shares at least this many first letters with its English term ("operat" in opérateur / operator)...
     * Five, because four-letter prefixes are shared by unrelated words (form-ation / form-er, conc-erne / conc-ept).
     */
    static final int COGNATE_PREFIX = 5;
    /**
     * ... and the shared prefix covers at least this share of the longer word, so that a long word does not meet
     * every English word it starts like. On the French seed pair: true cognates share 0.67-1.0 (opérateur 6/9,
     * contractuels 8/11), and the pairs this lets through wrongly (propos / proposal) are rare.
     */
    static final double COGNATE_SHARE = 0.6;
    /**
     * A shared beginning this long is a cognate whatever the endings (propositions / proposals, exportation /
     * export): English and French suffixes differ most in exactly such Latin nouns.
     */
    static final int COGNATE_LONG_PREFIX = 6;

    /** French and Italian elided articles and pronouns written onto the next word: l'envoi, d'armement, dell'Ucraina. */
    private static final Pattern ELISION = Pattern.compile("^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un)'(?=\\p{L})");

    private final PivotDictionary dictionary;
    private final String language;
    private final Set<String> other;
    private final Map<String, List<String>> otherByHead = new HashMap<>();
    private final Map<String, String> cache = new HashMap<>();

    /**
     * @param language the language of the words to gloss
     * @param other    the terms of the English text they are compared with
     */
    Gloss(PivotDictionary dictionary, String language, Set<String> other) {
        this.dictionary = dictionary;
        this.language = language;
        this.other = Set.copyOf(other);
        // Filed in the order given, not Set.copyOf's, whose iteration order changes from run to run.
        for (String term : other) {
            String word = term.startsWith("n:") ? term.substring(2) : term;
            if (word.length() >= COGNATE_PREFIX && word.indexOf(' ') < 0) {
                otherByHead.computeIfAbsent(word.substring(0, 3), k -> new ArrayList<>()).add(term);
            }
        }
    }

    /** The folded word without an elided article or pronoun in front: l'envoi → envoi. */
    static String unelided(String folded) {
        return ELISION.matcher(folded).replaceFirst("");
    }

    /** The term a token stands for, or null for function words, short words and numbers. */
    String term(Token t) {
        if (t.type() == Token.Type.NUMBER) {
            return null;
        }
        String w = unelided(t.norm());
        if (w.length() < Terms.MIN_WORD || Lexicon.STOP.contains(w) || Lexicon.stop(language).contains(w)) {
            return null;
        }
        return cache.computeIfAbsent(w, this::resolve);
    }

    /** A mention's key in the other text's terms when a name is spelt differently there (Pologne / Poland). */
    String key(Mention m) {
        String own = Terms.key(m);
        if (m.kind() != Mention.Kind.NAME || other.contains(own)) {
            return own;
        }
        String k = unelided(m.key().replaceFirst("^(?:the|le|la|les|l') ?", ""));
        String alias = Lexicon.ALIASES.get(k);
        if (alias != null) {
            return "n:" + alias;
        }
        if (k.indexOf(' ') < 0) {
            for (String pivot : dictionary.pivots(language, k)) {
                for (String form : forms(pivot)) {
                    if (other.contains(form)) {
                        return form;
                    }
                }
            }
        }
        return own;
    }

    private String resolve(String w) {
        String alias = Lexicon.ALIASES.get(w);
        if (alias != null) {
            return "n:" + alias;
        }
        // The dictionary first: a word spelt like an English word may mean another (ministère is "ministry", not "minister").
        for (String pivot : dictionary.pivots(language, w)) {
            for (String form : forms(pivot)) {
                if (other.contains(form)) {
                    return form;
                }
            }
        }
        String stem = Normalizer.stem(w);
        if (other.contains(stem)) {
            return stem;
        }
        String cognate = cognate(stem);
        return cognate != null ? cognate : stem;
    }

    /** The ways an English pivot can appear among terms: a word, a one-word name, a place's adjective, an alias. */
    private static List<String> forms(String pivot) {
        List<String> out = new ArrayList<>(4);
        out.add(pivot);
        out.add("n:" + pivot);
        out.add("n:" + Terms.placeStem(pivot));
        String alias = Lexicon.ALIASES.get(pivot);
        if (alias != null) {
            out.add("n:" + alias);
        }
        return out;
    }

    /** The other text's term spelt most like {@code stem}: a long shared beginning, or one edit apart. */
    private String cognate(String stem) {
        if (stem.length() < COGNATE_PREFIX) {
            return null;
        }
        String best = null;
        int bestPrefix = 0;
        for (String term : otherByHead.getOrDefault(stem.substring(0, 3), List.of())) {
            String word = term.startsWith("n:") ? term.substring(2) : term;
            int prefix = commonPrefix(stem, word);
            boolean near = prefix >= COGNATE_LONG_PREFIX
                    || prefix >= COGNATE_PREFIX && prefix >= COGNATE_SHARE * Math.max(stem.length(), word.length())
                    || Math.abs(stem.length() - word.length()) <= 1 && Terms.editDistance(stem, word, 1) <= 1;
            // Ties go to the closer length, then to the alphabet, so that a run never depends on iteration order.
            if (near && (prefix > bestPrefix || prefix == bestPrefix && closer(stem, word, best))) {
                best = term;
                bestPrefix = prefix;
            }
        }
        return best;
    }

    private static boolean closer(String stem, String word, String best) {
        String b = best.startsWith("n:") ? best.substring(2) : best;
        int d = Math.abs(stem.length() - word.length());
        int e = Math.abs(stem.length() - b.length());
        return d < e || d == e && word.compareTo(b) < 0;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
