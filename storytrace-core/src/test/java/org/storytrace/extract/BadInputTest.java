package org.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;

/** Hostile and broken pages give a result or a one-line problem naming the input: never a crash or a hang. */
class BadInputTest {
    private static final String STORY = "<p>Discussions over sending Western troops to Ukraine have been revived, "
            + "officials said on Monday, after a week of talks in Paris and Berlin.</p>";

    private final Extractor extractor = new Extractor();
    private final Ingester ingester = new Ingester();

    private Extraction html(String content) {
        return extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML, content, ArticleMetadata.EMPTY));
    }

    private Extraction ingested(String name, byte[] bytes) {
        IngestResult read = ingester.read(name, bytes);
        assertThat(read.problems()).isEmpty();
        return extractor.extract(read.documents().get(0));
    }

    @Test
    void domNestedAHundredThousandDeepIsFlattenedAndItsTextKept() {
        String deep = "<div>".repeat(100_000) + STORY.repeat(3) + "</div>".repeat(100_000);

        Extraction e = html("<html><body>" + deep + "</body></html>");

        assertThat(e.text()).contains("Discussions over sending Western troops");
        assertThat(e.notes()).anyMatch(n -> n.startsWith("dom deeper than " + Extractor.MAX_DOM_DEPTH));
    }

    @Test
    void fiftyMegabytePageIsCutToTheCapWithANote() {
        StringBuilder page = new StringBuilder("<html><body><article>").append(STORY.repeat(5));
        String filler = "<div class='x'><span>filler text</span></div>\n";
        while (page.length() < 50 * 1024 * 1024) {
            page.append(filler);
        }

        Extraction e = html(page.append("</article></body></html>").toString());

        assertThat(e.text()).contains("Discussions over sending Western troops");
        assertThat(e.notes()).anyMatch(n -> n.startsWith("html cut to its first " + Extractor.MAX_HTML_CHARS));
    }

    @Test
    void scriptOnlyPageGivesEmptyTextAndSaysWhy() {
        Extraction e = html("<html><head><script>var x = '<p>not text</p>';</script></head><body><script>go()</script></body></html>");

        assertThat(e.text()).isEmpty();
        assertThat(e.notes()).anyMatch(n -> n.startsWith("no article text"));
    }

    @Test
    void truncatedAndMalformedHtmlStillYieldsTheStory() {
        Extraction e = html("<html><body><div><p>Discussions over sending Western troops to Ukraine have been revived, "
                + "officials said <b>on Monday, <i>after a week</b> of talks</i> in Paris and Berlin, and again <p");

        assertThat(e.text()).contains("Discussions over sending Western troops");
    }

    @Test
    void windows1251PageDeclaringItsCharsetIsDecoded() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>"
                + "Переговоры о направлении западных войск на Украину возобновились, заявили официальные лица в понедельник."
                + "</p></body></html>";

        Extraction e = ingested("ru.html", page.getBytes(Charset.forName("windows-1251")));

        assertThat(e.text()).contains("Переговоры о направлении");
        assertThat(e.detectedLanguage()).isEqualTo("ru");
    }

    @Test
    void pageLyingAboutLatin1ButWrittenInUtf8IsReadAsUtf8() {
        String page = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>"
                + "Le débat sur l'envoi de troupes occidentales en Ukraine est relancé, a déclaré le ministre à la presse."
                + "</p></body></html>";

        Extraction e = ingested("fr.html", page.getBytes(StandardCharsets.UTF_8));

        assertThat(e.text()).contains("Le débat sur l'envoi");
        assertThat(e.detectedLanguage()).isEqualTo("fr");
    }

    @Test
    void utf16PageWithByteOrderMarkIsDecoded() {
        String page = "\uFEFF<html><body>" + STORY + "</body></html>";

        Extraction e = ingested("utf16.html", page.getBytes(StandardCharsets.UTF_16LE));

        assertThat(e.text()).contains("Discussions over sending Western troops");
    }

    @Test
    void pageWithoutCharsetInWindows1252IsDecoded() {
        String page = "<html><body><p>Caf\u00e9 owners in M\u00fcnchen said the na\u00efve plan would fail, "
                + "according to a report published on Monday by the city council.</p></body></html>";

        Extraction e = ingested("de.html", page.getBytes(Charset.forName("windows-1252")));

        assertThat(e.text()).contains("Caf\u00e9 owners in M\u00fcnchen");
    }

    /** Random tag trees with random attributes (some of them the ones the passes look at) and random text. */
    @Provide
    Arbitrary<String> tagTrees() {
        Arbitrary<String> tag = Arbitraries.of("div", "p", "article", "main", "section", "span", "a", "h1", "h2", "li",
                "ul", "table", "td", "br", "script", "style", "nav", "time", "meta", "form", "figure", "blockquote");
        Arbitrary<String> attribute = Arbitraries.of("class=\"content\"", "class=\"article-body\"", "id=\"comments\"",
                "itemprop=\"articleBody\"", "hidden", "aria-hidden=\"true\"", "class='share menu'", "href=\"/x\"",
                "property=\"og:title\" content=\"T\"", "datetime=\"2024-13-45\"", "class=\"\"", "x=\"<\"");
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("Read also: x", "Related News :", "You have 70% of this article left to read.", ", , ,"));
        Arbitrary<String> open = tag.flatMap(t -> attribute.list().ofMaxSize(3)
                .map(attrs -> "<" + t + (attrs.isEmpty() ? "" : " " + String.join(" ", attrs)) + ">"));
        Arbitrary<String> close = tag.map(t -> "</" + t + ">");
        return Arbitraries.oneOf(open, close, text).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void extractorNeverThrowsOnGeneratedTagTrees(@ForAll("tagTrees") String page) {
        Extraction e = html(page);

        assertThat(e.text()).isEqualTo(e.text().strip());
        assertThat(e.pass()).startsWith("html:");
    }

    @Property(tries = 100)
    void ingestThenExtractNeverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
        IngestResult read = ingester.read("random.html", bytes);
        List<Extraction> out = new ArrayList<>();
        read.documents().forEach(d -> out.add(extractor.extract(d)));
        assertThat(out.size() + read.problems().size()).isPositive();
    }
}
