package org.storytrace.bench;

import java.util.Set;
import org.storytrace.analyse.Analyser;

/**
 * Language identification as ingest runs it: {@link Analyser#analyse} with no declared language. Measured beside
 * the libraries so that what core does to their input (it reads only a text's head) shows in the same table.
 */
final class StorytraceCandidate implements LangIdCandidate {
    private final Analyser analyser = new Analyser();
    private final Set<String> languages;

    StorytraceCandidate() {
        // The profiles are optimaize's, so it answers the languages optimaize does.
        try (OptimaizeCandidate optimaize = new OptimaizeCandidate()) {
            languages = optimaize.languages();
        }
    }

    @Override
    public String name() {
        return "storytrace";
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public String identify(String text) {
        return LanguageCodes.comparable(analyser.analyse(text, null).language());
    }
}
