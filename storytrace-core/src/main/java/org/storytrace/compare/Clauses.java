package org.storytrace.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.storytrace.model.Span;

/** Splits a sentence into clauses at punctuation and clause-opening words, so drops and additions get tight spans. */
final class Clauses {
    private Clauses() {
    }

    /** The clauses of one sentence of {@code a}; a cut never falls inside a name, number or date ("January 20, 2025"). */
    static List<Span> of(org.storytrace.analyse.Analysis a, Span sentence) {
        String text = a.text();
        // Offsets from the sentence's start: a set indexed by text offset grew to the sentence's end, 160 KB per call
        // a megabyte into a text, and made comparing a 10 000-sentence article quadratic (CompareBadInputTest).
        java.util.BitSet protectedChars = new java.util.BitSet(sentence.end() - sentence.start());
        for (org.storytrace.analyse.Mention m : a.mentionsIn(sentence)) {
            protectedChars.set(m.span().start() - sentence.start(), m.span().end() - sentence.start());
        }
        List<Integer> cuts = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (protectedChars.get(i - sentence.start())) {
                continue;
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '–' || c == '—' || c == '“' || c == '”' || c == '"' || c == '«' || c == '»') {
                cuts.add(i);
            }
        }
        Matcher m = Lexicon.CLAUSE_OPENERS.matcher(text);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            cuts.add(m.start());
        }
        cuts.sort(Integer::compare);
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        for (int cut : cuts) {
            addTrimmed(text, start, cut, out);
            start = cut + 1;
        }
        addTrimmed(text, start, sentence.end(), out);
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
    }
}
