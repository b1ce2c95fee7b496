package org.storytrace.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PackedWordsTest {
    private static final int TERMS = 50;

    @Test
    void findsEveryKeyAndOnlyKeysEvenWhenHashCodesCollide() {
        // "Aa" and "BB" have the same String.hashCode, as do "AaAa", "AaBB", "BBAa" and "BBBB".
        Map<String, int[]> map = new HashMap<>();
        map.put("Aa", new int[] {1});
        map.put("BB", new int[] {2, 3});
        map.put("AaBB", new int[] {4, 5, 6});
        map.put("київ", new int[] {7});
        map.put("", new int[] {});
        PackedWords words = PackedWords.of(map);
        assertThat(words.size()).isEqualTo(5);
        assertThat(words.get("Aa")).containsExactly(1);
        assertThat(words.get("BB")).containsExactly(2, 3);
        assertThat(words.get("AaBB")).containsExactly(4, 5, 6);
        assertThat(words.get("київ")).containsExactly(7);
        assertThat(words.get("")).isEmpty();
        assertThat(words.get("AaAa")).isNull();
        assertThat(words.get("BBBB")).isNull();
        assertThat(words.get("kyiv")).isNull();
    }

    @Test
    void anEmptyTableFindsNothing() {
        assertThat(PackedWords.of(Map.of()).get("haus")).isNull();
    }

    @Property(tries = 200)
    void answersExactlyAsTheMapItWasPackedFrom(@ForAll @Size(max = 300) List<@StringLength(max = 12) String> keys,
                                               @ForAll @Size(max = 50) List<@StringLength(max = 12) String> probes) throws IOException {
        Map<String, int[]> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), terms(i));
        }
        PackedWords packed = PackedWords.of(map);
        PackedWords reread = roundTrip(packed);
        for (String probe : concat(keys, probes)) {
            int[] expected = map.get(probe);
            assertThat(packed.get(probe)).isEqualTo(expected);
            assertThat(reread.get(probe)).isEqualTo(expected);
        }
    }

    @Test
    void aDamagedCacheIsAnIoExceptionNotALaterFailure() throws IOException {
        Map<String, int[]> map = new HashMap<>();
        map.put("regierung", new int[] {1, 2});
        map.put("haus", new int[] {3});
        byte[] bytes = bytes(PackedWords.of(map));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> read(cut, TERMS)).isInstanceOf(IOException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> read(bytes, 2)).isInstanceOf(IOException.class).hasMessageContaining("term 3 of 2");
        byte[] flipped = bytes.clone();
        flipped[8] ^= 1; // the first character of the first key, so it no longer matches its hash
        assertThatThrownBy(() -> read(flipped, TERMS)).isInstanceOf(IOException.class).hasMessageContaining("hash");
    }

    /** Zero to three term numbers, varying with i. */
    private static int[] terms(int i) {
        int[] out = new int[i % (PivotDictionary.MAX_PIVOTS + 1)];
        for (int j = 0; j < out.length; j++) {
            out[j] = (i * 7 + j) % TERMS;
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static PackedWords roundTrip(PackedWords words) throws IOException {
        return read(bytes(words), TERMS);
    }

    private static byte[] bytes(PackedWords words) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            words.write(out);
        }
        return buffer.toByteArray();
    }

    private static PackedWords read(byte[] bytes, int terms) throws IOException {
        return PackedWords.read(new DataInputStream(new ByteArrayInputStream(bytes)), terms);
    }
}
