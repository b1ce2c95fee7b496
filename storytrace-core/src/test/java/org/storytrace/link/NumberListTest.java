package org.storytrace.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberListTest {
    @Test
    void randomAddsRemovesAndNewestReadsMatchAListOfIntegers() {
        NumberList list = new NumberList();
        List<Integer> expected = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < 100_000; step++) {
            int op = random.nextInt(10);
            if (op < 5 || expected.isEmpty()) {
                // Few distinct numbers, so that a number is sometimes held twice.
                int n = random.nextInt(200);
                list.add(n);
                expected.add(n);
            } else if (op < 8) {
                // Mostly the oldest, as spilling does, sometimes one from the middle or one not held.
                int n = op == 5 ? random.nextInt(250) : expected.get(op == 6 ? 0 : random.nextInt(expected.size()));
                assertThat(list.remove(n)).isEqualTo(expected.remove(Integer.valueOf(n)));
            } else {
                int limit = random.nextInt(1, 40);
                int[] newest = Arrays.copyOfRange(list.items(), list.newestFrom(limit), list.end());
                assertThat(Arrays.stream(newest).boxed().toList()).containsExactlyElementsOf(expected.subList(Math.max(0, expected.size() - limit), expected.size()));
            }
            assertThat(list.size()).isEqualTo(expected.size());
        }
    }
}
