package org.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Ingest turns any bytes into documents and problems, never an exception. */
class IngesterPropertiesTest {
    private final Ingester ingester = new Ingester();

    private static void assertWellFormed(IngestResult result) {
        assertThat(result.documents().size() + result.problems().size()).isPositive();
        assertOneLineProblems(result);
    }

    /** A mutated feed may still be a well-formed feed with no items, which yields nothing: only no crash is owed. */
    private static void assertOneLineProblems(IngestResult result) {
        result.problems().forEach(p -> assertThat(p.message()).doesNotContain("\n"));
    }

    @Property
    void neverThrowsOnArbitraryBytes(@ForAll @Size(max = 2000) byte[] bytes, @ForAll("names") String origin) {
        assertWellFormed(ingester.read(origin, bytes));
    }

    @Property
    void neverThrowsOnMutatedSeedBytes(@ForAll("mutatedSeeds") byte[] bytes, @ForAll("names") String origin) {
        assertWellFormed(ingester.read(origin, bytes));
    }

    @Property
    void neverThrowsOnMutatedGzippedSeeds(@ForAll("mutatedGzippedSeeds") byte[] bytes) {
        assertWellFormed(ingester.read("seed.txt.gz", bytes));
    }

    @Property
    void neverThrowsOnMutatedRealFeeds(@ForAll("mutatedFeeds") byte[] bytes) {
        assertOneLineProblems(ingester.read("feed.xml", bytes));
    }

    @Property
    void neverThrowsOnMutatedWarcRecords(@ForAll("mutatedWarcs") byte[] bytes, @ForAll boolean gzipped) {
        assertOneLineProblems(ingester.read("crawl.warc", gzipped ? gzip(bytes) : bytes));
    }

    @Property(tries = 200)
    void feedReaderNeverThrowsOnMutatedRealFeeds(@ForAll("mutatedFeeds") byte[] bytes) {
        FeedResult result = new Feeds().read("feed.xml", bytes);
        result.problems().forEach(p -> assertThat(p.message()).doesNotContain("\n"));
    }

    @Provide
    Arbitrary<byte[]> mutatedFeeds() {
        return mutationsOf(feeds());
    }

    @Provide
    Arbitrary<byte[]> mutatedWarcs() {
        return mutationsOf(List.of(TestWarcs.warc(TestWarcs.records())));
    }

    /** Small real feeds of each kind: RSS 0.91, 1.0, 2.0, Atom 0.3 and 1.0, Latin-1, OPML. */
    private static List<byte[]> feeds() {
        try {
            List<byte[]> feeds = new java.util.ArrayList<>();
            for (String name : List.of("rome/rome/rss_0.91N.xml", "rome/rome/rss_1.0.xml", "rome/rome/rss_2.0.xml",
                    "rome/rome/atom_0.3.xml", "rome/rome/atom_1.0.xml", "rss-parser/heraldsun.rss",
                    "rss-parser/content-encoded.rss", "rome/rome-opml/opml_2.0.xml")) {
                feeds.add(Files.readAllBytes(FeedsTest.FEEDS.resolve(name)));
            }
            return feeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("x.txt", "x.jsonl", "x.html", "x.gz", "x.jsonl.gz", "-", "x");
    }

    @Provide
    Arbitrary<byte[]> mutatedSeeds() {
        return mutationsOf(seeds());
    }

    @Provide
    Arbitrary<byte[]> mutatedGzippedSeeds() {
        return mutationsOf(seeds().stream().map(IngesterPropertiesTest::gzip).toList());
    }

    /** Flips, cuts or splices a few bytes of a real input: close enough to valid to get past the sniffing. */
    private static Arbitrary<byte[]> mutationsOf(List<byte[]> originals) {
        Arbitrary<byte[]> original = Arbitraries.of(originals);
        return Combinators.combine(original, Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.bytes(), Arbitraries.of(Mutation.values()))
                .as((bytes, at, value, mutation) -> mutation.apply(bytes, at % bytes.length, value));
    }

    private enum Mutation {
        FLIP, CUT, INSERT_NUL;

        byte[] apply(byte[] bytes, int at, byte value) {
            return switch (this) {
                case FLIP -> {
                    byte[] copy = bytes.clone();
                    copy[at] = value;
                    yield copy;
                }
                case CUT -> Arrays.copyOf(bytes, at);
                case INSERT_NUL -> {
                    byte[] copy = Arrays.copyOf(bytes, bytes.length + 1);
                    System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
                    copy[at] = 0;
                    yield copy;
                }
            };
        }
    }

    private static List<byte[]> seeds() {
        try {
            return List.of(Files.readAllBytes(IngesterTest.SEED_000), Files.readAllBytes(IngesterTest.SEED_004),
                    ("{\"title\": \"t\", \"published\": \"2024-11-25\", \"text\": \"Against the background\"}\n"
                            + "{\"html\": \"<p>Troops</p>\"}\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        try {
            return IngesterTest.gzip(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 50)
    void readingTheSameBytesTwiceGivesTheSameResult(@ForAll("mutatedSeeds") byte[] bytes) {
        assertThat(ingester.read("x", bytes)).isEqualTo(ingester.read("x", bytes));
    }
}
