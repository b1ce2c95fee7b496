package org.storytrace.provenance;

import java.util.Locale;

/** How much of a text derives from another, in the three classes of the COUNTER corpus (Sharjeel et al. 2017). */
public enum ReuseClass {
    /** All of it comes from the source, copied or rewritten. */
    WHOLLY_DERIVED("WD"),
    /** Some of it comes from the source, the rest from elsewhere. */
    PARTIALLY_DERIVED("PD"),
    /** Written independently, though possibly about the same event. */
    NOT_DERIVED("ND");

    private final String code;

    ReuseClass(String code) {
        this.code = code;
    }

    /** The corpus label: WD, PD or ND. */
    public String code() {
        return code;
    }

    /** Lower-case name with hyphens, as shown to users and in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean derived() {
        return this != NOT_DERIVED;
    }

    /** The class whose corpus label is {@code code}. */
    public static ReuseClass ofCode(String code) {
        for (ReuseClass c : values()) {
            if (c.code.equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("reuse: unknown class '" + code + "' (expected WD, PD or ND)");
    }
}
