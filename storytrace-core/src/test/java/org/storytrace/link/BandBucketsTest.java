package org.storytrace.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandBucketsTest {
    @Test
    void randomAddsAndRemovesLeaveEveryBucketAsAMapOfListsWould() {
        BandBuckets<String> buckets = new BandBuckets<>();
        Map<Long, List<String>> expected = new HashMap<>();
        List<long[]> added = new ArrayList<>();
        List<String> items = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int step = 0; step < 200_000; step++) {
            if (items.isEmpty() || random.nextInt(3) > 0) {
                // Few distinct keys, some of them colliding in the table, so that runs form and buckets are shared.
                long key = random.nextInt(5_000) * 1_024L;
                String item = "i" + step;
                buckets.add(key, item);
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                added.add(new long[] {key});
                items.add(item);
            } else {
                int at = random.nextInt(items.size());
                long key = added.get(at)[0];
                String item = items.get(at);
                buckets.remove(key, item);
                List<String> list = expected.get(key);
                list.remove(item);
                if (list.isEmpty()) {
                    expected.remove(key);
                }
                added.set(at, added.get(added.size() - 1));
                added.remove(added.size() - 1);
                items.set(at, items.get(items.size() - 1));
                items.remove(items.size() - 1);
            }
        }
        assertThat(buckets.size()).isEqualTo(expected.size());
        for (long key = 0; key < 5_000 * 1_024L; key += 1_024) {
            List<String> found = new ArrayList<>();
            buckets.forEach(key, found::add);
            assertThat(found).as("bucket %d", key).isEqualTo(expected.getOrDefault(key, List.of()));
        }
    }
}
