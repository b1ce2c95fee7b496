package org.storytrace.ingest;

import java.util.List;
import org.storytrace.model.Problem;

/** What one input yielded: the documents it held and the problems met on the way, both in input order. */
public record IngestResult(List<RawDocument> documents, List<Problem> problems) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    static IngestResult problem(String origin, String message) {
        return new IngestResult(List.of(), List.of(new Problem(origin, message)));
    }
}
