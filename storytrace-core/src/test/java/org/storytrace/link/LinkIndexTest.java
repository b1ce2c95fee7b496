package org.storytrace.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.model.Fingerprint;
import org.storytrace.testing.Shared;

class LinkIndexTest {
    @Test
    void heaviestKeysCandidatesAsSortingAllAndKeepingTheHeadWouldTiesToTheFirstWeighed() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(300);
            // Numbers in any order, each weighed once; few distinct weights, so that ties are common.
            int[] numbers = random.ints(0, 1_000).distinct().limit(size).toArray();
            double[] weightOf = new double[1_000];
            List<Integer> items = new ArrayList<>();
            for (int number : numbers) {
                weightOf[number] = random.nextInt(12) * 0.25;
                items.add(number);
            }
            int[] padded = Arrays.copyOf(numbers, size + random.nextInt(5)); // only the first size count
            int n = 1 + random.nextInt(80);
            List<Integer> sorted = new ArrayList<>(items);
            sorted.sort(java.util.Comparator.comparingDouble((Integer x) -> weightOf[x]).reversed()
                    .thenComparingInt(items::indexOf));
            assertThat(Arrays.stream(LinkIndex.heaviest(padded, size, n, weightOf)).boxed().toList())
                    .containsExactlyElementsOf(items.size() <= n ? items : sorted.subList(0, n));
        }
    }

    private static final Analyser ANALYSER = new Analyser();
    private final Linker linker = new Linker();

    @Test
    void rewriteIsFoundThroughSharedNamesNumbersAndDatesThoughItSharesLittleWording() {
        Fingerprint f000 = linker.fingerprint(ANALYSER.analyse(Shared.seedText("000"), null));
        Fingerprint f004 = linker.fingerprint(ANALYSER.analyse(Shared.seedText("004"), null));
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        index.add("000", "s000", f000, null);
        List<Candidate> candidates = index.candidates(f004, null);
        assertThat(candidates).extracting(Candidate::articleId).containsExactly("000");
        Candidate c = candidates.get(0);
        assertThat(c.jaccard()).isLessThan(0.2);
        assertThat(c.sharedKeys()).contains("n:keir starmer", "n:donald trump", "%:80%", "d:--11-11");
    }

    @Test
    void verbatimCopyIsFoundThroughLsh() {
        String text = Shared.seedText("000");
        Fingerprint original = linker.fingerprint(ANALYSER.analyse(text, null));
        Fingerprint cut = linker.fingerprint(ANALYSER.analyse(text.substring(0, text.length() * 4 / 5), null));
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        index.add("orig", "s1", original, null);
        assertThat(index.candidates(cut, null)).first().satisfies(c -> assertThat(c.jaccard()).isGreaterThan(0.6));
    }

    @Test
    void articlesFarApartInTimeAreNotCandidates() {
        Fingerprint f = linker.fingerprint(ANALYSER.analyse(Shared.seedText("000"), null));
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        index.add("old", "s1", f, Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(index.candidates(f, Instant.parse("2024-11-25T00:00:00Z"))).isEmpty();
        assertThat(index.candidates(f, null)).hasSize(1);
    }
    @Test
    void spillingIndexScoresItsCandidatesExactlyAsTheIndexThatKeepsEverything() {
        LshParameters lsh = LshParameters.forThreshold(Linker.LSH_THRESHOLD, Linker.NUM_HASHES);
        LinkIndex keeping = new LinkIndex(lsh, Duration.ofDays(30));
        // Articles arrive up to 47 hours out of publication order: two days of lateness covers them.
        LinkIndex spilling = new LinkIndex(lsh, Duration.ofDays(30), Duration.ofDays(2));
        SplittableRandom random = new SplittableRandom(5);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        int compared = 0;
        for (int i = 0; i < 3_000; i++) {
            int story = i / 6;
            Fingerprint f = variant(story, random);
            // Six articles a story, one story every nine hours: 250 days, eight windows.
            Instant published = start.plus(Duration.ofHours(9L * story + random.nextInt(48)));
            compared += sameCandidatesThenAdd(keeping, spilling, i, story, f, published);
        }
        assertThat(compared).as("candidates compared").isGreaterThan(3_000);
        assertThat(spilling.size()).isEqualTo(3_000);
        assertThat(spilling.held()).isLessThan(600);
        assertThat(spilling.storyOf("a0")).isEqualTo("s0");
    }

    /** Holds the spilling index's candidates for article i to the keeping one's, adds it to both, counts them. */
    private static int sameCandidatesThenAdd(LinkIndex keeping, LinkIndex spilling, int i, int story, Fingerprint f, Instant published) {
        List<Candidate> expected = keeping.candidates(f, published);
        assertThat(spilling.candidates(f, published)).isEqualTo(expected);
        keeping.add("a" + i, "s" + story, f, published);
        spilling.add("a" + i, "s" + story, f, published);
        return expected.size();
    }

    @Test
    void keysWhoseHoldersWereAllSpilledWeighOnReturnAsInTheIndexThatKeepsEverything() {
        LshParameters lsh = LshParameters.forThreshold(Linker.LSH_THRESHOLD, Linker.NUM_HASHES);
        LinkIndex keeping = new LinkIndex(lsh, Duration.ofDays(30));
        LinkIndex spilling = new LinkIndex(lsh, Duration.ofDays(30), Duration.ZERO);
        SplittableRandom random = new SplittableRandom(13);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        // A key comes back about every 40 days, after its holders have mostly been spilled, and it comes back
        // with the count of every article that ever had it, some of them spilled.
        int compared = 0;
        for (int i = 0; i < 2_000; i++) {
            int story = i / 5;
            SplittableRandom own = new SplittableRandom(story);
            int[] sig = new int[Linker.NUM_HASHES];
            for (int h = 0; h < sig.length; h++) {
                sig[h] = random.nextInt(3) == 0 ? random.nextInt() : own.nextInt();
            }
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                keys.add((k % 3 == 0 ? "p:" : "n:") + own.nextInt(1_500));
            }
            Fingerprint f = new Fingerprint(sig, keys);
            Instant published = start.plus(Duration.ofHours(9L * story));
            compared += sameCandidatesThenAdd(keeping, spilling, i, story, f, published);
        }
        assertThat(compared).as("candidates compared").isGreaterThan(2_000);
        assertThat(spilling.held()).isLessThan(500);
    }

    @Test
    void spilledArticleFollowsLaterMergesOfItsStory() {
        LinkIndex index = new LinkIndex(LshParameters.forThreshold(Linker.LSH_THRESHOLD, Linker.NUM_HASHES),
                Duration.ofDays(30), Duration.ZERO);
        SplittableRandom random = new SplittableRandom(7);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        index.add("old", "sA", variant(1, random), t0);
        index.add("kept", "sA", variant(1, random), t0.plus(Duration.ofDays(40)));
        assertThat(index.held()).isEqualTo(1);
        index.mergeStories("sB", "sA");
        index.mergeStories("sC", "sB");
        assertThat(index.storyOf("old")).isEqualTo("sC");
        assertThat(index.storyOf("kept")).isEqualTo("sC");
        index.add("old", "sZ", variant(1, random), t0);
        assertThat(index.size()).as("a spilled article added again is still known").isEqualTo(2);
    }

    @Test
    void aCommonKeyIsFollowedToItsNewestHoldersOnlyWhileARareKeyFindsEvenTheOldest() {
        LinkIndex index = linker.newIndex(Duration.ofDays(30));
        SplittableRandom random = new SplittableRandom(11);
        // The oldest article shares a rare name with the query; the next 500 share only "n:ukraine" with it.
        index.add("oldest-namesake", "s-old", fingerprint(random, "n:ukraine", "n:barrot"), null);
        for (int i = 0; i < 500; i++) {
            index.add("a" + i, "s" + i, fingerprint(random, "n:ukraine", "#:" + i), null);
        }

        List<String> found = index.candidates(fingerprint(random, "n:ukraine", "n:barrot"), null).stream()
                .map(Candidate::articleId).toList();

        assertThat(found).contains("oldest-namesake");
        assertThat(found).filteredOn(id -> id.startsWith("a")).as("only the newest holders of the common key").isNotEmpty()
                .allMatch(id -> Integer.parseInt(id.substring(1)) >= 500 - LinkIndex.NEWEST_POSTINGS_FOLLOWED);
        assertThat(found).hasSizeLessThanOrEqualTo(LinkIndex.MAX_KEY_CANDIDATES);
    }

    /** A fingerprint with random hashes (no LSH matches) and the given keys. */
    private static Fingerprint fingerprint(SplittableRandom random, String... keys) {
        int[] sig = new int[Linker.NUM_HASHES];
        for (int h = 0; h < sig.length; h++) {
            sig[h] = random.nextInt();
        }
        return new Fingerprint(sig, List.of(keys));
    }

    /**
     * A fingerprint of one story: its own hashes and keys, some of them changed, and a key other stories share too.
     * Few enough articles share keys that {@link LinkIndex#MAX_KEY_CANDIDATES} is not reached: past it, the index
     * that keeps everything would spend some of its slots on articles outside the window, which the spilling one
     * fills with articles in it.
     */
    private static Fingerprint variant(int story, SplittableRandom random) {
        SplittableRandom own = new SplittableRandom(story);
        int[] sig = new int[Linker.NUM_HASHES];
        for (int h = 0; h < sig.length; h++) {
            sig[h] = own.nextInt();
            if (random.nextInt(4) == 0) {
                sig[h] = random.nextInt();
            }
        }
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            String key = (k % 2 == 0 ? "n:name" : "#:") + own.nextInt(20_000);
            if (random.nextInt(5) > 0) {
                keys.add(key);
            }
        }
        keys.add("s:common" + random.nextInt(400));
        return new Fingerprint(sig, keys);
    }
}
