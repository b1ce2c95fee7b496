package org.storytrace.model;

import java.util.List;
import java.util.Objects;

/**
 * "{@code derivedId} was made from {@code sourceId}". The source may be an external node
 * (an outlet named in the text but absent from the archive), whose id starts with {@code external:}.
 */
public record DerivationEdge(String derivedId, String sourceId, EdgeType type, double confidence, List<Evidence> evidence) {
    public DerivationEdge {
        Objects.requireNonNull(derivedId, "derivedId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(type, "type");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("edge " + derivedId + " -> " + sourceId + ": confidence " + confidence + " outside [0,1]");
        }
        evidence = List.copyOf(evidence);
    }
}
