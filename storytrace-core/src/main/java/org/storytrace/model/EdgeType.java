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
    /** A much shorter text whose content comes from the source. */
    SUMMARY,
    /** A later version of the same page (same canonical URL, edited text). */
    REVISION,
    /** A copy of a source the archive does not hold, shared with another copy (a wire story run by two outlets). */
    SHARED_SOURCE,
    /** Same event, no sign that one copied the other. */
    INDEPENDENT;

    /** Lower-case name with hyphens, as shown to users and in JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
