package org.storytrace.bench;

import java.util.Set;

/** One language-id library as configured for measurement; implementations hold their loaded models. */
interface LangIdCandidate extends AutoCloseable {
    /** Library, version and configuration, as printed in the tables. */
    String name();

    /** Languages it can answer, in {@link LanguageCodes#comparable} form. */
    Set<String> languages();

    /** The language of {@code text} in {@link LanguageCodes#comparable} form, or {@code und}. */
    String identify(String text);

    /**
     * Frees what the library keeps beyond this instance, so the next candidate's load time and heap are its own.
     * Nothing to do for libraries whose models live in the instance.
     */
    @Override
    default void close() {
    }
}
