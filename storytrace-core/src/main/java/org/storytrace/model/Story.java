package org.storytrace.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A group of articles about one event, with the article ids in the order they were seen, its languages and outlets. */
public record Story(String id, List<String> articleIds, List<String> languages, List<String> outlets, Instant firstSeen, Instant lastSeen) {
    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        languages = List.copyOf(languages);
        outlets = List.copyOf(outlets);
    }

    public int size() {
        return articleIds.size();
    }
}
