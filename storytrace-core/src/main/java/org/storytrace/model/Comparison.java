package org.storytrace.model;

import java.util.List;

/** The claim-level diff of a derived article ({@code target}) against its source. */
public record Comparison(String sourceId, String targetId, List<Span> sourceSentences, List<Span> targetSentences,
                         List<Alignment> alignments, List<Change> changes) {
    public Comparison {
        sourceSentences = List.copyOf(sourceSentences);
        targetSentences = List.copyOf(targetSentences);
        alignments = List.copyOf(alignments);
        changes = List.copyOf(changes);
    }

    public List<Change> changes(ChangeKind.Family family) {
        return changes.stream().filter(c -> c.kind().family() == family).toList();
    }
}
