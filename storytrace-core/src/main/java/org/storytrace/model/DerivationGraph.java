package org.storytrace.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The provenance of one story: its origin inside the archive, external sources named by the text,
 * and typed edges from each derived article to its source.
 */
public record DerivationGraph(String storyId, String originId, List<ProvenanceNode> nodes, List<DerivationEdge> edges,
                              List<String> reasons) {
    public DerivationGraph {
        Objects.requireNonNull(storyId, "storyId");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        reasons = List.copyOf(reasons);
    }

    public List<DerivationEdge> edgesFrom(String derivedId) {
        return edges.stream().filter(e -> e.derivedId().equals(derivedId)).toList();
    }

    public Optional<ProvenanceNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
