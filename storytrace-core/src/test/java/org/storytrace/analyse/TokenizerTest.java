package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.storytrace.testing.Shared;

class TokenizerTest {
    // The expression is the specification; the scanner replaced it for speed and must find the same runs.
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void scannerFindsExactlyTheTokensOfTheRegularExpressionInEveryEvalText() {
        List<String> texts = new ArrayList<>(Shared.storyTexts());
        assertThat(texts).hasSizeGreaterThan(2_000);
        for (String text : texts) {
            assertThat(spansOf(text)).as(text.substring(0, Math.min(80, text.length()))).isEqualTo(regexSpans(text));
        }
    }

    @Property(tries = 2_000)
    void scannerAgreesWithTheRegularExpressionOnAnyText(@ForAll String text) {
        assertThat(spansOf(text)).isEqualTo(regexSpans(text));
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphensAndNumbersTheirSeparators() {
        assertThat(tokenizer.tokenize("Kyiv's well-known 70.82% of 1,500 l'État").stream().map(Token::text).toList())
                .containsExactly("Kyiv's", "well-known", "70.82", "of", "1,500", "l'État");
    }

    private static List<String> spansOf(String text) {
        List<String> out = new ArrayList<>();
        Tokenizer.forEachRun(text, (start, end) -> out.add(start + ":" + end));
        return out;
    }

    private static List<String> regexSpans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Tokenizer.TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }
}
