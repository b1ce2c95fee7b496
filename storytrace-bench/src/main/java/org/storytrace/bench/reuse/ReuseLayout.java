package org.storytrace.bench.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One layout of reuse sets: recognises its records and scores a set of them. */
interface ReuseLayout {
    /** The layout's name, as printed. */
    String name();

    /** Whether a record of a set is in this layout; the first record decides for the whole set. */
    boolean accepts(JsonNode record);

    /** Scores a set whose records are all in this layout. */
    SetReport score(String set, List<JsonNode> records);
}
