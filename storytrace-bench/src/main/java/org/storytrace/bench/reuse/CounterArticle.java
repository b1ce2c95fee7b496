package org.storytrace.bench.reuse;

import java.time.Instant;
import java.util.Objects;

/** One article of a COUNTER-layout set, with its publication day when the corpus date could be read. */
record CounterArticle(String id, String lang, String outlet, String text, Instant published) {
    CounterArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
