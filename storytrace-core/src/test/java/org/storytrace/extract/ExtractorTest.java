package org.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Truncation;

class ExtractorTest {
    static final Path SEEDS = Path.of(System.getProperty("storytrace.shared", "../../shared")).resolve("seeds");

    private final Ingester ingester = new Ingester();
    private final Extractor extractor = new Extractor();

    private Extraction extractSeed(String name) throws IOException {
        List<RawDocument> docs = ingester.read("seeds/" + name, Files.readAllBytes(SEEDS.resolve(name))).documents();
        assertThat(docs).hasSize(1);
        return extractor.extract(docs.get(0));
    }

    private static RawDocument text(String content) {
        return new RawDocument("t.txt", RawDocument.Format.TEXT, content, ArticleMetadata.EMPTY);
    }

    private static RawDocument html(String content) {
        return new RawDocument("t.html", RawDocument.Format.HTML, content, ArticleMetadata.EMPTY);
    }

    @Test
    void aBodyHiddenUntilItsScriptsRunStillGivesItsText() {
        // Anti-flicker snippets hide the whole body until a script shows it; the hidden body is read all the same.
        String paragraph = "The council voted on Tuesday to close the old bridge to cars, after engineers found "
                + "corrosion in two of its supports, and to open it again to cyclists and walkers next spring.";
        Extraction e = extractor.extract(html("<html><body style=\"display:none\"><div><p>" + paragraph
                + "</p><p>" + paragraph + "</p></div></body></html>"));
        assertThat(e.text()).isEqualTo(paragraph + "\n\n" + paragraph);
    }

    @Test
    void seedPaywallFurnitureIsRemovedAndRecorded() throws IOException {
        Extraction e = extractSeed("000_4ca84f07905ba047.txt");

        String teaser = "Column Subscribers only ‘One week after Trump’s election, a new alignment is emerging in Europe’";
        String counter = "You have 70.82% of this article left to read. The rest is for subscribers only.";
        assertThat(e.furniture()).containsExactly(teaser, counter, "Related News :");
        assertThat(e.text()).doesNotContain("Subscribers only", "70.82", "Related News");
        assertThat(e.truncation().truncated()).isTrue();
        assertThat(e.truncation().visibleFraction()).isCloseTo(0.2918, within(1e-9));
        assertThat(e.truncation().markers()).containsExactly(counter);
        assertThat(e.text()).startsWith("As the conflict in Ukraine enters a new phase")
                .contains("‘Not ruling out any option’")
                .contains("Composed of 80% ex-military personnel")
                .endsWith("it wrote in its 2024 annual report.");
        assertThat(e.pass()).isEqualTo("text");
    }

    @Test
    void seedLinesBecomeParagraphsSeparatedByOneBlankLine() throws IOException {
        Extraction e = extractSeed("000_4ca84f07905ba047.txt");

        assertThat(e.text().split("\n\n")).hasSize(6);
        assertThat(e.text()).doesNotContain("\n\n\n");
    }

    @Test
    void seedInlineDateBecomesMetadata() throws IOException {
        Extraction e = extractSeed("004_554aa86091631b34.txt");

        assertThat(e.metadata().published()).isEqualTo(Instant.parse("2024-11-25T00:00:00Z"));
        assertThat(e.text()).startsWith("Against the background");
        assertThat(e.truncation()).isEqualTo(Truncation.NONE);
        assertThat(e.furniture()).isEmpty();
    }

    @Test
    void frenchPaywallCounterGivesTheVisibleFraction() {
        Extraction e = extractor.extract(text("Le débat est relancé.\n"
                + "Il vous reste 70.82% de cet article à lire. La suite est réservée aux abonnés.\n"));

        assertThat(e.text()).isEqualTo("Le débat est relancé.");
        assertThat(e.truncation().visibleFraction()).isCloseTo(0.2918, within(1e-9));
    }

    @Test
    void paywallNoticeWithoutPercentageIsTruncatedByAnUnknownAmount() {
        Extraction e = extractor.extract(text("Le débat est relancé.\nLa suite est réservée aux abonnés.\n"));

        assertThat(e.truncation().truncated()).isTrue();
        assertThat(e.truncation().visibleFraction()).isNaN();
        assertThat(e.furniture()).containsExactly("La suite est réservée aux abonnés.");
    }

    @Test
    void readAlsoHeadingLateInTheTextTakesTheLinksAfterItAlong() {
        Extraction e = extractor.extract(text("""
                A long first paragraph about troops and allies and the debate about sending them to Ukraine.
                A second long paragraph that carries the rest of the story, so that the heading sits late.
                Читайте також:
                Another story title
                """));

        assertThat(e.text()).doesNotContain("Читайте", "Another story title");
        assertThat(e.furniture()).containsExactly("Читайте також:", "Another story title");
    }

    @Test
    void readAlsoLinkInTheMiddleGoesAloneAndTheStoryAfterItStays() {
        Extraction e = extractor.extract(text("""
                First paragraph.
                Lire aussi | Le récit : comment Paris a relancé le débat
                Last paragraph of the story, which stays.
                """));

        assertThat(e.text()).isEqualTo("First paragraph.\n\nLast paragraph of the story, which stays.");
        assertThat(e.furniture()).containsExactly("Lire aussi | Le récit : comment Paris a relancé le débat");
    }

    @Test
    void bodySentenceAboutPercentagesIsNotAPaywall() {
        Extraction e = extractor.extract(text("DCI is 55% owned by the French state, the article says.\n"));

        assertThat(e.truncation()).isEqualTo(Truncation.NONE);
        assertThat(e.furniture()).isEmpty();
    }

    @Test
    void declaredMetadataWinsOverThePage() {
        ArticleMetadata declared = new ArticleMetadata(null, "Declared title", null, null, null, null);
        RawDocument doc = new RawDocument("x.jsonl:1", RawDocument.Format.HTML,
                "<html lang='fr-FR'><head><title>Page title</title></head><body><p>Text.</p></body></html>", declared);

        Extraction e = extractor.extract(doc);

        assertThat(e.metadata().title()).isEqualTo("Declared title");
        assertThat(e.metadata().language()).isEqualTo("fr");
    }

    @Test
    void htmlMetadataIsReadMostTrustedFirst() {
        Extraction e = extractor.extract(html("""
                <html lang="en"><head>
                <title>Site | Headline from title</title>
                <link rel="canonical" href="https://example.org/story">
                <meta property="og:title" content="Headline from OpenGraph">
                <meta property="og:site_name" content="Example News">
                <meta name="author" content="Meta Author">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example"},
                  {"@type": "NewsArticle", "headline": "Headline from JSON-LD", "datePublished": "2024-11-25T10:00:00+0100",
                   "author": [{"@type": "Person", "name": "Ann Writer"}, {"@type": "Person", "name": "Bob Writer"}]}]}
                </script></head><body><article><h1>Headline</h1><p>Body.</p></article></body></html>
                """));

        assertThat(e.metadata()).isEqualTo(new ArticleMetadata("https://example.org/story", "Headline from JSON-LD",
                "Example News", "Ann Writer, Bob Writer", Instant.parse("2024-11-25T09:00:00Z"), "en"));
    }

    @Test
    void htmlBodyDropsNavigationSharingAndScripts() {
        Extraction e = extractor.extract(html("""
                <html><body>
                <nav><a href="/">Home</a><a href="/world">World</a></nav>
                <div class="share-buttons"><p>Share on Facebook</p></div>
                <article>
                  <h2>Allies weigh sending troops</h2>
                  <p>Discussions over sending Western troops and private defense companies to Ukraine have been revived.</p>
                  <script>document.write('tracking')</script>
                  <ul><li>First point of the story, long enough to count as a paragraph of the body.</li></ul>
                  <blockquote>“We do not discard any option,” he declared in an interview with the BBC on November 23.</blockquote>
                  <figure><img src="x.jpg"><figcaption>Photo: AFP</figcaption></figure>
                </article>
                <div id="comments"><p>Great article!</p></div>
                </body></html>
                """));

        assertThat(e.pass()).isEqualTo("html:density");
        assertThat(e.text().split("\n\n")).containsExactly(
                "Allies weigh sending troops",
                "Discussions over sending Western troops and private defense companies to Ukraine have been revived.",
                "First point of the story, long enough to count as a paragraph of the body.",
                "“We do not discard any option,” he declared in an interview with the BBC on November 23.");
    }

    @Test
    void scriptTextInsideAParagraphStaysLiteralText() {
        Extraction e = extractor.extract(html(
                "<p>Officials wrote &lt;script&gt;alert(1)&lt;/script&gt; in the memo.</p><script>alert(2)</script>"));

        assertThat(e.text()).isEqualTo("Officials wrote <script>alert(1)</script> in the memo.");
    }

    @Test
    void pageWithoutAnyTextGivesEmptyText() {
        Extraction e = extractor.extract(html("<html><head><title>t</title></head><body><img src=x></body></html>"));

        assertThat(e.text()).isEmpty();
        assertThat(e.pass()).isEqualTo("html:body");
    }

    @Test
    void wrapperWithAFurnitureClassIsKeptWhenItHoldsTheStory() {
        String story = "<p>" + "Discussions over sending Western troops to Ukraine have been revived. ".repeat(6) + "</p>";
        Extraction e = extractor.extract(html("<body><div class='page has-menu'>" + story + story + "</div></body>"));

        assertThat(e.text()).contains("Discussions over sending Western troops");
    }

    @Test
    void anElementHiddenOnSmallScreensOnlyIsBody() {
        String story = "<p>" + "Discussions over sending Western troops to Ukraine have been revived. ".repeat(6) + "</p>";
        String extra = "<p>The ministers meet again in Brussels next week to agree on the wording of the plan.</p>";
        Extraction e = extractor.extract(html("<body><article>" + story + "<div class='hidden-xs'>" + extra
                + "</div><div class='hidden'>Menu Login Search</div></article></body>"));

        assertThat(e.text()).contains("The ministers meet again in Brussels").doesNotContain("Menu Login Search");
    }

    @Test
    void aPageHeaderWithoutProseIsNotBody() {
        String story = "<p>" + "Discussions over sending Western troops to Ukraine have been revived. ".repeat(6) + "</p>";
        Extraction e = extractor.extract(html("<body><header><p>Daily News</p><ul><li>World</li><li>Sport</li></ul>"
                + "</header><main>" + story + "</main></body>"));

        assertThat(e.text()).contains("Discussions over sending").doesNotContain("Daily News", "Sport");
    }

    @Test
    void ofTwoEquallyScoringBlocksTheFirstInThePageWinsOnEveryRun() {
        String first = "<p>" + "The council voted on the new budget late on Tuesday evening again. ".repeat(4) + "</p>";
        String second = "<p>" + "The harbour reopened to ships after the storm passed on Wednesday. ".repeat(4) + "</p>";
        String page = "<body><div><div>" + first + "</div></div><div><div>" + second + "</div></div></body>";
        for (int run = 0; run < 20; run++) {
            Extraction e = extractor.extract(html(page));

            assertThat(e.text()).as("run %d", run).startsWith("The council voted").doesNotContain("The harbour");
        }
    }

    @Test
    void bodyContainersOfOtherArticlesAreNotJoinedToTheBody() {
        String story = "<p>" + "Discussions over sending Western troops to Ukraine have been revived. ".repeat(6) + "</p>";
        String teaser = "<p>" + "A different story about the harbour that reopened after the storm passed. ".repeat(3) + "</p>";
        Extraction e = extractor.extract(html("<body><article><div class='entry-content'>" + story + "</div></article>"
                + "<article><div class='entry-content'>" + teaser + "</div></article></body>"));

        assertThat(e.text()).contains("Discussions over sending").doesNotContain("harbour");
    }

    @Test
    void aSentenceMostlyOfLinksStaysButAListOfLinksGoes() {
        String story = "<p>" + "Discussions over sending Western troops to Ukraine have been revived. ".repeat(6) + "</p>";
        // 33 of 62 characters linked: over Readability's half, under the cut-off.
        String sourced = "<p>As <a href='/a'>the ministry said on Monday</a>, the plan is <a href='/b'>now ready</a> for use.</p>";
        String links = "<p><a href='/1'>Ukraine latest news</a> <a href='/2'>Europe latest news</a> | Sport</p>";
        Extraction e = extractor.extract(html("<body><article>" + story + sourced + links + "</article></body>"));

        assertThat(e.text()).contains("the plan is now ready for use").doesNotContain("Europe latest news");
    }
}
