package org.storytrace.bench.reuse;

import java.util.Objects;
import org.storytrace.provenance.ReuseClass;

/** An agency story (source) and a newspaper story (derived) with the pair's gold class. */
record CounterPair(String item, ReuseClass label, CounterArticle source, CounterArticle derived) {
    CounterPair {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(derived, "derived");
    }
}
