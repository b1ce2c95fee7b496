package org.storytrace.bench;

import java.util.Objects;

/** One labelled text of a language-id set; {@code language} is already in {@link LanguageCodes#comparable} form. */
record LangIdSample(String language, String text) {
    LangIdSample {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
