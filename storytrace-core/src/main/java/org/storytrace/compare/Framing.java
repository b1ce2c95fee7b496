package org.storytrace.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.analyse.Normalizer;
import org.storytrace.model.Span;

/** Finds loaded and editorial language ({@link Lexicon#FRAMING}) in a span, as spans. */
final class Framing {
    private static final Pattern PATTERN = compile();

    private Framing() {
    }

    private static Pattern compile() {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : Lexicon.FRAMING) {
            String folded = Normalizer.fold(phrase);
            boolean open = folded.endsWith("*");
            String body = Pattern.quote(open ? folded.substring(0, folded.length() - 1) : folded).replace(" ", "\\E\\s+\\Q");
            alternatives.add(body + (open ? "[\\p{L}]*" : ""));
        }
        return Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])");
    }

    /**
     * Framing phrases inside {@code span} of {@code text}. Matching runs on folded text, whose offsets equal the
     * original's as long as folding keeps lengths, which it does for precomposed letters; otherwise nothing is found.
     */
    static List<Span> in(String text, Span span) {
        String original = span.of(text);
        String folded = Normalizer.fold(original);
        List<Span> out = new ArrayList<>();
        if (folded.length() != original.length()) {
            return out;
        }
        Matcher m = PATTERN.matcher(folded);
        while (m.find()) {
            out.add(new Span(span.start() + m.start(), span.start() + m.end()));
        }
        return out;
    }
}
