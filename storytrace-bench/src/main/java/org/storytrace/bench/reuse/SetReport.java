package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A scored set: its figures as one JSON object and as text (tables), whatever the layout. */
record SetReport(ObjectNode json, String text) {
    SetReport {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(text, "text");
    }
}
