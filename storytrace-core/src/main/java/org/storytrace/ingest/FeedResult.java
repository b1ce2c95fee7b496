package org.storytrace.ingest;

import java.util.List;
import org.storytrace.model.Problem;

/**
 * What one feed document yielded: the items of an RSS or Atom feed, or the feed URLs an OPML list names, and the
 * problems met on the way, all in document order.
 */
public record FeedResult(List<FeedItem> items, List<String> feedUrls, List<Problem> problems) {
    public FeedResult {
        items = List.copyOf(items);
        feedUrls = List.copyOf(feedUrls);
        problems = List.copyOf(problems);
    }

    static FeedResult problem(String origin, String message) {
        return new FeedResult(List.of(), List.of(), List.of(new Problem(origin, message)));
    }
}
