package org.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;

/** What always holds for extraction, whatever the input. */
class ExtractorPropertiesTest {
    private final Extractor extractor = new Extractor();

    /** Pieces of real furniture, markup and body text, so random documents hit the interesting paths. */
    private static final List<String> PIECES = List.of(
            "You have 70.82% of this article left to read. The rest is for subscribers only.",
            "Il vous reste 12,5 % de cet article à lire.", "La suite est réservée aux abonnés.",
            "Column Subscribers only ‘One week after Trump’s election’", "Related News :", "Read also: x",
            "Composed of 80% ex-military personnel, DCI would be ready.", "\n", "\n\n", " ", "\u00A0",
            "<p>", "</p>", "<article>", "</article>", "<div class=\"share\">", "</div>", "<script>", "</script>",
            "<br>", "<h1>", "</h1>", "<li>", "<!--", "-->", "<meta charset=\"x\">", "&amp;", "&lt;script&gt;",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":[1],\"author\":{}}</script>");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(40));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    private Extraction extract(RawDocument.Format format, String content) {
        return extractor.extract(new RawDocument("p", format, content, ArticleMetadata.EMPTY));
    }

    private static void assertWellFormed(Extraction e) {
        assertThat(e.text()).isEqualTo(e.text().strip()).doesNotContain("\n\n\n");
        Set<String> paragraphs = Set.copyOf(Arrays.asList(e.text().split("\n\n")));
        assertThat(e.furniture()).noneMatch(paragraphs::contains);
        assertThat(e.truncation().markers()).allMatch(e.furniture()::contains);
    }

    @Property
    void extractNeverThrowsOnArbitraryText(@ForAll String content) {
        assertWellFormed(extract(RawDocument.Format.TEXT, content));
    }

    @Property
    void extractNeverThrowsOnArbitraryHtml(@ForAll String content) {
        assertWellFormed(extract(RawDocument.Format.HTML, content));
    }

    @Property
    void reportedFurnitureNeverStaysInTheTextOfMixedDocuments(@ForAll("documents") String content) {
        assertWellFormed(extract(RawDocument.Format.TEXT, content));
        assertWellFormed(extract(RawDocument.Format.HTML, content));
    }
}
