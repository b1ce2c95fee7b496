package org.storytrace.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Mention;
import org.storytrace.analyse.Token;
import org.storytrace.model.Span;

/**
 * The claim-bearing terms of one text: content-word stems and mention keys, each with where it occurs. Matching is
 * forgiving where rewrites are (accents, aliases like UK / Great Britain, one-letter misspellings of long words).
 */
final class Terms {
    /** Shorter words are mostly function words or too ambiguous to match fuzzily. */
    static final int MIN_WORD = 3;
    /** Words at least this long match another differing by one edit: "ex-military" is not, "Barrot"/"Barro" is. */
    static final int MIN_FUZZY = 5;

    private final Analysis analysis;
    /** Reads the words of a text in another language as the other text's terms; null when both share a language. */
    private final Gloss gloss;
    private final Map<String, List<Span>> occurrences = new LinkedHashMap<>();
    private final Map<String, List<String>> byPrefix = new HashMap<>();
    private String folded;

    Terms(Analysis analysis) {
        this(analysis, null);
    }

    /** The terms of a text in another language than the one it is compared with, through {@code gloss}. */
    Terms(Analysis analysis, Gloss gloss) {
        this.analysis = analysis;
        this.gloss = gloss;
        for (Token t : analysis.tokens()) {
            String term = termOf(t);
            if (term != null && !singleWordName(analysis, t)) {
                add(term, t.span());
            }
        }
        for (Mention m : analysis.mentions()) {
            add(keyOf(m), m.span());
        }
    }

    /** Whether this text's words are read as another language's terms. */
    boolean glossed() {
        return gloss != null;
    }

    /** The term of one of this text's tokens, glossed when the text is in the other language. */
    String termOf(Token t) {
        return gloss == null ? term(t) : gloss.term(t);
    }

    /** The key of one of this text's mentions, glossed when the text is in the other language. */
    String keyOf(Mention m) {
        return gloss == null ? key(m) : gloss.key(m);
    }

    private void add(String term, Span span) {
        List<Span> spans = occurrences.computeIfAbsent(term, k -> new ArrayList<>());
        if (spans.isEmpty() && term.length() >= 3) {
            byPrefix.computeIfAbsent(term.substring(0, 3), k -> new ArrayList<>()).add(term);
        }
        spans.add(span);
    }

    Analysis analysis() {
        return analysis;
    }

    /**
     * The whole text folded, computed once: every aligned pair asks for it, and folding a 10 000-sentence article
     * once per pair did not finish (CompareBadInputTest).
     */
    String foldedText() {
        if (folded == null) {
            folded = org.storytrace.analyse.Normalizer.fold(analysis.text());
        }
        return folded;
    }

    /** The term a token stands for, or null for function words, short words and bare punctuation. */
    static String term(Token t) {
        if (t.type() == Token.Type.NUMBER) {
            return null; // numbers count through their mentions, which know units and dates
        }
        if (t.norm().length() < MIN_WORD || Lexicon.STOP.contains(t.norm())) {
            return null;
        }
        String alias = Lexicon.ALIASES.get(t.norm());
        return alias != null ? "n:" + alias : t.stem();
    }

    /** A mention's key, with aliases resolved so "UK" and "Great Britain" meet. */
    static String key(Mention m) {
        if (m.kind() == Mention.Kind.NAME) {
            // Not replaceFirst: compiling its pattern on every call was a tenth of compare (CompareBenchmark).
            String k = m.key().startsWith("the ") ? m.key().substring(4) : m.key();
            String alias = Lexicon.ALIASES.get(k);
            return "n:" + (alias != null ? alias : k.contains(" ") ? k : placeStem(k));
        }
        return m.kind().name().charAt(0) + ":" + m.key();
    }

    /** A word that is a whole name by itself counts once, as the name ("Ukraine"), not also as a word. */
    private static boolean singleWordName(Analysis a, Token t) {
        for (Mention m : a.mentionsIn(t.span())) {
            if (m.kind() == Mention.Kind.NAME && m.span().equals(t.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One key for a place and its adjective: Ukraine / Ukrainian, Russia / Russian, Europe / European. Only
     * single-word names, and only when four letters or more remain, so short names are never merged.
     */
    static String placeStem(String name) {
        for (String suffix : new String[] {"ian", "ean", "an", "ia", "e", "a"}) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 4) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** Terms within a span, words first then mentions, without repeats. */
    List<String> within(Span span) {
        return within(span, List.of());
    }

    /** Terms within a span but outside every span of {@code ignored} (editorial framing, attribution cues). */
    List<String> within(Span span, List<Span> ignored) {
        List<String> out = new ArrayList<>();
        for (Token t : analysis.tokensIn(span)) {
            String term = termOf(t);
            if (term != null && !out.contains(term) && !covered(t.span(), ignored) && !singleWordName(analysis, t)) {
                out.add(term);
            }
        }
        for (Mention m : analysis.mentionsIn(span)) {
            String k = keyOf(m);
            if (!out.contains(k) && !covered(m.span(), ignored)) {
                out.add(k);
            }
        }
        return out;
    }

    static boolean covered(Span span, List<Span> spans) {
        for (Span x : spans) {
            if (x.start() <= span.start() && span.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether this text has the term, exactly or as a near-spelling (one edit for long words). */
    boolean has(String term) {
        return match(term) != null;
    }

    /** The term of this text that {@code term} matches, or null. */
    String match(String term) {
        if (occurrences.containsKey(term)) {
            return term;
        }
        if (term.length() < MIN_FUZZY) {
            return null;
        }
        List<String> near = byPrefix.get(term.substring(0, 3));
        if (near == null) {
            return null;
        }
        for (String candidate : near) {
            if (candidate.charAt(1) == ':' && term.charAt(1) == ':' && candidate.charAt(0) != term.charAt(0)) {
                continue;
            }
            if (Math.abs(candidate.length() - term.length()) <= 1 && editDistance(candidate, term, 1) <= 1) {
                return candidate;
            }
        }
        return null;
    }

    Set<String> all() {
        return occurrences.keySet();
    }

    List<Span> spans(String term) {
        return occurrences.getOrDefault(term, List.of());
    }

    /** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1; // the distance is at least the difference in length
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
