package org.storytrace.model;

import java.util.Locale;

/** What happened to one claim between a source and a derived article. */
public enum ChangeKind {
    KEPT(Family.KEPT),
    DROPPED(Family.DROPPED),
    ADDED_FRAMING(Family.ADDED),
    ADDED_CLAIM(Family.ADDED),
    ADDED_HEADING(Family.ADDED),
    ADDED_DETAIL(Family.ADDED),
    CHANGED_NAME(Family.CHANGED),
    CHANGED_NUMBER(Family.CHANGED),
    CHANGED_DATE(Family.CHANGED),
    CHANGED_SCOPE(Family.CHANGED),
    CHANGED_ACTOR(Family.CHANGED),
    CHANGED_ATTRIBUTION(Family.CHANGED),
    CHANGED_POLARITY(Family.CHANGED),
    CHANGED_MODALITY(Family.CHANGED),
    CHANGED_TERM(Family.CHANGED);

    /** The four families that recall is reported by. */
    public enum Family { KEPT, DROPPED, ADDED, CHANGED }

    private final Family family;

    ChangeKind(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** Lower-case name as in JSON output and in the seed-pair annotation ({@code changed_name}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
