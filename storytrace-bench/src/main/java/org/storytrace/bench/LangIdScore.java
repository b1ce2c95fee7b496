package org.storytrace.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storytrace.analyse.Analysis;

/**
 * Accuracy of one library's answers on one set: overall, per gold language, and split at {@link #SHORT_TEXT_CHARS}.
 * An undetermined answer counts as wrong and is also counted on its own.
 */
record LangIdScore(Tally all, int undetermined, Tally shortTexts, Tally longTexts, Map<String, Tally> perLanguage) {
    /**
     * Texts under this many characters count as short: headlines and one-sentence blurbs, where n-gram models are
     * known to struggle, as against article bodies (the split named in the language-id issue).
     */
    static final int SHORT_TEXT_CHARS = 100;

    LangIdScore {
        perLanguage = Map.copyOf(perLanguage);
    }

    /** Scores {@code answers.get(i)} against {@code samples.get(i).language()}. */
    static LangIdScore of(List<LangIdSample> samples, List<String> answers) {
        if (samples.size() != answers.size()) {
            throw new IllegalArgumentException("eval langid: " + samples.size() + " texts but " + answers.size() + " answers");
        }
        Map<String, Tally> perLanguage = new TreeMap<>();
        Tally all = Tally.NONE;
        Tally shortTexts = Tally.NONE;
        Tally longTexts = Tally.NONE;
        int undetermined = 0;
        for (int i = 0; i < samples.size(); i++) {
            LangIdSample sample = samples.get(i);
            boolean right = sample.language().equals(answers.get(i));
            all = all.add(right);
            perLanguage.merge(sample.language(), Tally.NONE.add(right), Tally::plus);
            if (isShort(sample.text())) {
                shortTexts = shortTexts.add(right);
            } else {
                longTexts = longTexts.add(right);
            }
            undetermined += Analysis.UNDETERMINED.equals(answers.get(i)) ? 1 : 0;
        }
        return new LangIdScore(all, undetermined, shortTexts, longTexts, perLanguage);
    }

    static boolean isShort(String text) {
        return text.codePointCount(0, text.length()) < SHORT_TEXT_CHARS;
    }

    /** Share of texts answered {@code und}. */
    double undeterminedShare() {
        return all.total() == 0 ? Double.NaN : (double) undetermined / all.total();
    }

    /** Accuracy over the texts whose gold language is in {@code languages}. */
    Tally on(Set<String> languages) {
        return perLanguage.entrySet().stream().filter(e -> languages.contains(e.getKey())).map(Map.Entry::getValue)
                .reduce(Tally.NONE, Tally::plus);
    }

    /** Right answers out of texts; accuracy is NaN for no texts, so an empty split never passes for 0 or 1. */
    record Tally(int correct, int total) {
        static final Tally NONE = new Tally(0, 0);

        Tally {
            if (correct < 0 || correct > total) {
                throw new IllegalArgumentException("eval langid: " + correct + " right out of " + total);
            }
        }

        Tally add(boolean right) {
            return new Tally(correct + (right ? 1 : 0), total + 1);
        }

        Tally plus(Tally other) {
            return new Tally(correct + other.correct, total + other.total);
        }

        double accuracy() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }
}
