package org.storytrace.compare;

import java.util.ArrayList;
import java.util.List;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Sentence;
import org.storytrace.model.Span;

/**
 * The sentences lying wholly inside a span, found by binary search: the per-pair checks ran over every sentence of
 * the text for every aligned pair, which made comparing a 10 000-sentence article quadratic (CompareBadInputTest).
 */
final class SentencesIn {
    private SentencesIn() {
    }

    /** The sentences of {@code a} with {@code span.start() <= start} and {@code end <= span.end()}, in text order. */
    static List<Sentence> span(Analysis a, Span span) {
        List<Sentence> sentences = a.sentences();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = lo; i < sentences.size() && sentences.get(i).span().start() <= span.end(); i++) {
            if (sentences.get(i).span().end() <= span.end()) {
                out.add(sentences.get(i));
            }
        }
        return out;
    }
}
