package org.storytrace.model;

import java.util.Objects;

/** A node of a derivation graph: an archived article, or an external source named by one. */
public record ProvenanceNode(String id, String label, boolean external, Role role) {
    /** The part an article plays in its story. */
    public enum Role {
        ORIGIN, REPUBLICATION, TRANSLATION, ATTRIBUTED_REWRITE, UNATTRIBUTED_REWRITE, SUMMARY, REVISION, SHARED_SOURCE, INDEPENDENT,
        EXTERNAL_ORIGIN, MISSING_SOURCE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Role of(EdgeType type) {
            return valueOf(type.name());
        }
    }

    public ProvenanceNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
    }
}
