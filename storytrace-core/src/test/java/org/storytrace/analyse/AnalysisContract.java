package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.storytrace.model.Span;

/** What always holds of an analysis, like Lucene's BaseTokenStreamTestCase: spans inside the text, never going backwards. */
final class AnalysisContract {
    private AnalysisContract() {
    }

    static void check(Analysis a) {
        int len = a.text().length();
        int previousEnd = 0;
        for (Sentence s : a.sentences()) {
            assertInside(s.span(), len);
            assertThat(s.span().start()).as("sentence start").isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.span().length()).as("sentence length").isPositive();
            previousEnd = s.span().end();
        }
        previousEnd = 0;
        for (Token t : a.tokens()) {
            assertInside(t.span(), len);
            assertThat(t.span().start()).as("token start").isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.span().of(a.text())).isEqualTo(t.text());
            previousEnd = t.span().end();
        }
        previousEnd = 0;
        for (Mention m : a.mentions()) {
            assertInside(m.span(), len);
            assertThat(m.span().start()).as("mention start").isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.span().of(a.text())).isEqualTo(m.text());
            previousEnd = m.span().end();
        }
        assertThat(a.languageConfidence()).isBetween(0.0, 1.0);
    }

    private static void assertInside(Span s, int len) {
        assertThat(s.end()).isLessThanOrEqualTo(len);
    }
}
