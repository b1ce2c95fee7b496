package org.storytrace.store.sqlite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.storytrace.model.Story;

/** Folds a story's members, met in insertion order, into a {@link Story}. */
final class StorySummary {
    /** Largest first, then the one seen earliest, then the one opened first, so the order never depends on SQL. */
    static final Comparator<StorySummary> LISTING_ORDER = Comparator
            .comparingInt((StorySummary s) -> s.articleIds.size()).reversed()
            .thenComparing(s -> s.firstSeen)
            .thenComparingLong(s -> s.createdSeq);

    private final String id;
    private final long createdSeq;
    private final List<String> articleIds = new ArrayList<>();
    private final TreeSet<String> languages = new TreeSet<>();
    private final TreeSet<String> outlets = new TreeSet<>();
    private Instant firstSeen;
    private Instant lastSeen;

    StorySummary(String id, long createdSeq) {
        this.id = id;
        this.createdSeq = createdSeq;
    }

    void add(String articleId, String language, String outlet, Instant seen) {
        articleIds.add(articleId);
        if (outlet != null && !outlet.isBlank()) {
            outlets.add(outlet);
        }
        if (language != null) {
            languages.add(language);
        }
        firstSeen = firstSeen == null || seen.isBefore(firstSeen) ? seen : firstSeen;
        lastSeen = lastSeen == null || seen.isAfter(lastSeen) ? seen : lastSeen;
    }

    Story toStory() {
        return new Story(id, articleIds, List.copyOf(languages), List.copyOf(outlets), firstSeen, lastSeen);
    }
}
