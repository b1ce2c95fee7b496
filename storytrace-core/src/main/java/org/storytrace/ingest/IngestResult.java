package org.storytrace.ingest;

import java.util.List;
import org.storytrace.model.Problem;

/**
 * What one input yielded: the documents it held, the problems met on the way, both in input order, and the feed
 * URLs an OPML list named (read or fetched by the caller, since ingest opens nothing).
 */
public record IngestResult(List<RawDocument> documents, List<Problem> problems, List<String> feedUrls) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        feedUrls = List.copyOf(feedUrls);
    }

    /** A result that names no feeds: what every input but an OPML list gives. */
    public IngestResult(List<RawDocument> documents, List<Problem> problems) {
        this(documents, problems, List.of());
    }

    static IngestResult problem(String origin, String message) {
        return new IngestResult(List.of(), List.of(new Problem(origin, message)));
    }
}
