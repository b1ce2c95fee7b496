package org.storytrace.model;

/** How a derived article relates to its source. */
public enum EdgeType {
    /** The same text, whole or truncated, under another outlet or URL. */
    REPUBLICATION,
    /** The same content in another language. */
    TRANSLATION,
    /** Rewritten text that says where it came from ("according to the publication"). */
    ATTRIBUTED_REWRITE,
    /** Rewritten text that does not say where it came from. */
    UNATTRIBUTED_REWRITE,
    /** Same event, no sign that one copied the other. */
    INDEPENDENT;

    /** Lower-case name with hyphens, as shown to users and in JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
