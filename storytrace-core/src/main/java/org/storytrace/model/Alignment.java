package org.storytrace.model;

import java.util.List;

/**
 * Sentences of a source and a derived article found to say the same thing (or, with one side empty,
 * a sentence found on one side only). Indices point into each article's sentence list.
 */
public record Alignment(List<Integer> sourceSentences, List<Integer> targetSentences, Kind kind, double similarity) {
    /** How the aligned sentences relate. */
    public enum Kind { VERBATIM, PARAPHRASED, DROPPED, ADDED }

    public Alignment {
        sourceSentences = List.copyOf(sourceSentences);
        targetSentences = List.copyOf(targetSentences);
        if (sourceSentences.isEmpty() && targetSentences.isEmpty()) {
            throw new IllegalArgumentException("alignment: both sides empty");
        }
    }
}
