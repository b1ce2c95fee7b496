package org.storytrace.bench.stories;

import java.time.Instant;
import java.util.Objects;

/**
 * One labelled article of a story set: its id, gold story, declared language, text, optional publication time and
 * the set it came from (so that mixed runs can be scored per set).
 */
public record StoryItem(String id, String story, String language, String text, Instant published, String set) {
    public StoryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(set, "set");
    }
}
