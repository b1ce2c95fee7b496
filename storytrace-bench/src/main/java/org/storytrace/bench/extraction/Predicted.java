package org.storytrace.bench.extraction;

import java.time.Instant;
import org.storytrace.extract.Extraction;

/**
 * What an extractor said about one page, the part the benchmarks score. Every field but {@code text} may be null.
 */
record Predicted(String text, String title, String byline, Instant published, String language) {
    static final Predicted NOTHING = new Predicted("", null, null, null, null);

    Predicted {
        text = text == null ? "" : text;
    }

    static Predicted of(Extraction e) {
        return new Predicted(e.text(), e.metadata().title(), e.metadata().byline(), e.metadata().published(),
                e.language());
    }
}
