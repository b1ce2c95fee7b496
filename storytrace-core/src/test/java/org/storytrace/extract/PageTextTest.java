package org.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storytrace.ingest.Ingester;

/**
 * {@link PageText} stands in for jsoup's {@code Element.text()} in every extraction threshold, so it must give the
 * same text for every element, on real pages and on markup built to hit white-space and block-edge corners.
 */
class PageTextTest {
    /** Real pages checked element by element: the first in id order, so the sample is fixed and not picked by hand. */
    private static final int REAL_PAGES = 12;

    /** Markup where jsoup's text() has special cases: preserved white space, block edges, invisible characters. */
    private static final List<String> PIECES = List.of(
            "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<a href=x>", "</a>", "<br>", "<hr>", "<li>",
            "<pre>", "</pre>", "<textarea>", "</textarea>", "<code>", "</code>", "<table><tr><td>", "</td></tr></table>",
            "<svg><![CDATA[ x  y ]]></svg>", "<b>", "</b>", "<h2>", "</h2>", "<title>", "</title>",
            " ", "  ", "\n", "\t", "\r\n", "\u00A0", "\u200B", "\u00AD", "\u2028", "\u0001", "\u000B", "\u3000",
            "word", "two words", " lead", "trail ", ",", "😀", "&nbsp;", "&#x200B;");

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property
    void everyElementHasTheTextJsoupGivesIt(@ForAll("markup") String html) {
        assertSameAsJsoup(Jsoup.parse(html));
    }

    @Test
    void everyElementOfRealPagesHasTheTextJsoupGivesIt() throws IOException {
        Path html = RealPagesTest.EXTRACTION.resolve("scrapinghub/html");
        List<Path> pages;
        try (Stream<Path> files = Files.list(html)) {
            pages = files.sorted().limit(REAL_PAGES).toList();
        }
        Ingester ingester = new Ingester();
        for (Path page : pages) {
            String content = ingester.read(page.getFileName().toString(), Files.readAllBytes(page))
                    .documents().get(0).content();
            assertSameAsJsoup(Jsoup.parse(content));
        }
    }

    @Test
    void linkTextCountsOncePerLinkItSitsIn() {
        Document doc = Jsoup.parse("<div><p>read <a href=a>this</a> and <a href=b>that one</a></p></div>");
        PageText text = PageText.read(doc);
        Element p = doc.selectFirst("p");
        assertThat(text.length(p)).isEqualTo("read this and that one".length());
        assertThat(text.linkDensity(p)).isEqualTo(("this".length() + "that one".length()) / 22.0);
        assertThat(text.linkDensity(doc.selectFirst("a"))).isEqualTo(1.0);
    }

    private static void assertSameAsJsoup(Document doc) {
        PageText text = PageText.read(doc);
        for (Element e : doc.getAllElements()) {
            String expected = e.text();
            assertThat(text.of(e)).as("text of <%s>", e.normalName()).isEqualTo(expected);
            assertThat(text.length(e)).isEqualTo(expected.length());
            assertThat(text.linkDensity(e)).as("link density of <%s>", e.normalName()).isEqualTo(linkDensity(e));
        }
    }

    /** Link density as the body passes first computed it, one subtree walk per element. */
    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return Math.min(1, (double) linked / total);
    }
}
