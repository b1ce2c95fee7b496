package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.storytrace.testing.Shared;

class MentionFinderTest {
    // Matcher.find() is the specification; trying each pattern only where it can start must give the same matches.

    @Test
    void patternsTriedWhereTheyCanStartFindExactlyWhatFindFindsInEveryEvalText() {
        List<String> texts = new ArrayList<>(Shared.storyTexts());
        texts.add("Le 5 mars 2021, 12 % des 3 000 € ; on 14th of July 2020; Sept.  \n 9, 2019; 2021年12月5日; ٢٠٢١; Ⅻ");
        assertThat(texts).hasSizeGreaterThan(2_000);
        int matches = 0;
        for (String text : texts) {
            for (Pattern p : MentionFinder.PATTERNS) {
                List<String> expected = findAll(p, text);
                matches += expected.size();
                assertThat(startsAt(p, text)).as(p + " in " + text.substring(0, Math.min(80, text.length()))).isEqualTo(expected);
            }
        }
        assertThat(matches).isGreaterThan(5_000);
    }

    @Property(tries = 1_000)
    void patternsTriedWhereTheyCanStartAgreeWithFindOnAnyText(@ForAll String noise, @ForAll("dates") String date) {
        String text = noise + " " + date + noise;
        for (Pattern p : MentionFinder.PATTERNS) {
            assertThat(startsAt(p, text)).isEqualTo(findAll(p, text));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> dates() {
        return net.jqwik.api.Arbitraries.of("March 5, 2021", "5 mars 2021", "Sept. 9", "12 %", "$3.5 billion", "3 000 €",
                "2021-03-05", "12月5日", "listopada 2020", "Mär 3");
    }

    private static List<String> findAll(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> startsAt(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        StartsAt found = MentionFinder.Starts.of(text).matches(p);
        while (found.find()) {
            Matcher m = found.matcher();
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }
}
