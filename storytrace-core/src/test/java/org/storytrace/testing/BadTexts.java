package org.storytrace.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Texts the bad-input tests of compare and provenance share: real ones from ../shared where they exist. */
public final class BadTexts {
    private BadTexts() {
    }

    /** Seed 000 as ingest leaves it: furniture lines gone. */
    public static String seed000() {
        return Shared.seedText("000").replaceAll("(?m)^(Column Subscribers only.*|You have 70.82%.*|Related News :)\\n?", "");
    }

    /** Seed 004 as ingest leaves it: the inline date header gone. */
    public static String seed004() {
        return Shared.seedText("004").strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", "");
    }

    /** The body of one newspaper4k page of the extraction eval set (Thai, Burmese), as its annotation gives it. */
    public static String newspaper4k(String name) {
        try {
            return new ObjectMapper().readTree(Shared.root().resolve("eval/extraction/newspaper4k/" + name + ".json").toFile())
                    .get("text").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Article 1 of the Universal Declaration of Human Rights in scripts ../shared has no news in and the
     * dictionaries do not cover (Georgian, Amharic, Korean), keyed by language.
     */
    public static final List<String[]> UDHR_ARTICLE_1 = List.of(
            new String[] {"ka", "ყველა ადამიანი იბადება თავისუფალი და თანასწორი თავისი ღირსებითა და უფლებებით. "
                    + "მათ მინიჭებული აქვთ გონება და სინდისი და ერთმანეთის მიმართ უნდა იქცეოდნენ ძმობის სულისკვეთებით."},
            new String[] {"am", "የሰው ልጅ ሁሉ ሲወለድ ነጻና በክብርና በመብትም እኩልነት ያለው ነው። "
                    + "የተፈጥሮ ማስተዋልና ሕሊና ስላለው አንዱ ሌላውን በወንድማማችነት መንፈስ መመልከት ይገባዋል።"},
            new String[] {"ko", "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다. "
                    + "인간은 천부적으로 이성과 양심을 부여받았으며 서로 형제애의 정신으로 행동하여야 한다."});

    /** Every line of the English WMT22 news originals of the dev split: real sentences, one to a line. */
    public static List<String> wmt22EnglishLines() {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Path file = Shared.root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl");
        try {
            for (String line : Files.readAllLines(file)) {
                var r = json.readTree(line);
                if (r.get("lang").asText().equals("en") && r.get("id").asText().endsWith("#en-src")) {
                    for (String s : r.get("text").asText().split("\n")) {
                        if (!s.isBlank()) {
                            out.add(s.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One article of {@code sentences} real sentences, cycling through {@link #wmt22EnglishLines()}. */
    public static String longArticle(int sentences) {
        List<String> lines = wmt22EnglishLines();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append(lines.get(i % lines.size())).append(i % 5 == 4 ? "\n\n" : " ");
        }
        return b.toString();
    }
}
