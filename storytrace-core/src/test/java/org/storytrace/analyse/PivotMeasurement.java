package org.storytrace.analyse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.storytrace.testing.Shared;

/**
 * Not a test: prints load time, heap, coverage per lookup layer and translation-vs-random pivot Jaccard on the
 * wmt22 news dev set. Run with {@code mvn -o test -pl storytrace-core -Dtest=PivotMeasurement -Dstorytrace.measure=true}.
 * The name keeps Surefire from picking it up in a normal build, and it asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "storytrace.measure", matches = "true")
class PivotMeasurement {
    /** Content words, for coverage: word tokens of at least this many letters (two for Japanese, written densely). */
    private static final int MIN_CONTENT = 4;

    record Doc(String id, String story, String lang, String text) {
    }

    @Test
    void measure() throws Exception {
        assumeTrue(InstalledDictd.installed(), "no dictd dictionaries installed");
        Runtime rt = Runtime.getRuntime();
        for (String stem : new TreeMap<>(InstalledDictd.files()).keySet()) {
            long t0 = System.nanoTime();
            PivotDictionary.Builder b = PivotDictionary.builder();
            if (InstalledDictd.add(b, stem)) {
                b.build();
                System.out.printf("load %-18s %6d ms%n", stem, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        PivotDictionary dict = InstalledDictd.all();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - before;
        System.out.printf("load all (parallel stream, %d cores) %d ms, retained heap %d MB, languages %s%n",
                rt.availableProcessors(), ms, heap / (1 << 20), dict.languages());

        List<Doc> docs = read(Shared.root().resolve("eval/stories/wmt22-doctrans/news.dev.jsonl"));
        Analyser analyser = new Analyser();
        Map<String, List<Token>> tokens = new LinkedHashMap<>();
        for (Doc d : docs) {
            tokens.put(d.id(), analyser.analyse(d.text(), d.lang()).tokens().stream().filter(t -> t.type() == Token.Type.WORD).toList());
        }
        coverage(dict, docs, tokens);
        // No Ukrainian-English dictionary is packaged; how far does the Russian one carry Ukrainian text?
        List<Doc> ukAsRu = docs.stream().map(d -> d.lang().equals("uk") ? new Doc(d.id(), d.story(), "ru", d.text()) : d)
                .filter(d -> d.lang().equals("ru") && d.id().contains("#uk-") || d.lang().equals("en")).toList();
        System.out.println("Ukrainian texts looked up in the Russian tables:");
        coverage(dict, ukAsRu, tokens);
        jaccard(dict, ukAsRu, tokens, PivotDictionary.Layer.values().length);
        for (int layers = 1; layers <= PivotDictionary.Layer.values().length; layers++) {
            jaccard(dict, docs, tokens, layers);
        }
    }

    private static void coverage(PivotDictionary dict, List<Doc> docs, Map<String, List<Token>> tokens) {
        Map<String, int[]> byLang = new TreeMap<>();
        int layers = PivotDictionary.Layer.values().length;
        for (Doc d : docs) {
            if (d.lang().equals("en")) {
                continue;
            }
            int[] c = byLang.computeIfAbsent(d.lang(), l -> new int[layers + 1]);
            for (Token t : tokens.get(d.id())) {
                if (t.norm().length() < (d.lang().equals("ja") ? 2 : MIN_CONTENT)) {
                    continue;
                }
                c[0]++;
                for (int l = 1; l <= layers; l++) {
                    if (!dict.lookup(d.lang(), t.norm(), l).isEmpty()) {
                        c[l]++;
                    }
                }
            }
        }
        byLang.forEach((lang, c) -> {
            StringBuilder sb = new StringBuilder(String.format("coverage %s (%6d content words):", lang, c[0]));
            for (int l = 1; l <= layers; l++) {
                sb.append(String.format(" +%s %5.1f%%", PivotDictionary.Layer.values()[l - 1], 100.0 * c[l] / c[0]));
            }
            System.out.println(sb);
        });
    }

    private static void jaccard(PivotDictionary dict, List<Doc> docs, Map<String, List<Token>> tokens, int layers) {
        Map<String, Doc> englishByStory = new LinkedHashMap<>();
        for (Doc d : docs) {
            if (d.lang().equals("en")) {
                englishByStory.putIfAbsent(d.story(), d);
            }
        }
        List<Doc> english = new ArrayList<>(englishByStory.values());
        Random random = new Random(5);
        Map<String, List<double[]>> byLang = new TreeMap<>();
        for (Doc d : docs) {
            Doc en = englishByStory.get(d.story());
            if (d.lang().equals("en") || en == null) {
                continue;
            }
            Set<String> mine = pivots(dict, d, tokens, layers);
            Doc other;
            do {
                other = english.get(random.nextInt(english.size()));
            } while (other.story().equals(d.story()));
            byLang.computeIfAbsent(d.lang(), l -> new ArrayList<>()).add(new double[] {
                    jaccard(mine, pivots(dict, en, tokens, layers)), jaccard(mine, pivots(dict, other, tokens, layers))});
        }
        byLang.forEach((lang, pairs) -> {
            double same = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double random2 = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
            System.out.printf("layers<=%s %s-en: %3d pairs, Jaccard translation %.3f random %.3f, AUC %.3f%n",
                    PivotDictionary.Layer.values()[layers - 1], lang, pairs.size(), same, random2, auc(pairs));
        });
    }

    private static Set<String> pivots(PivotDictionary dict, Doc d, Map<String, List<Token>> tokens, int layers) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens.get(d.id())) {
            out.addAll(dict.lookup(d.lang(), t.norm(), layers));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    /** Probability that a translation pair scores above a random pair (ties count half): Mann-Whitney. */
    private static double auc(List<double[]> pairs) {
        double wins = 0;
        for (double[] p : pairs) {
            for (double[] q : pairs) {
                wins += p[0] > q[1] ? 1 : p[0] == q[1] ? 0.5 : 0;
            }
        }
        return wins / ((double) pairs.size() * pairs.size());
    }

    private static List<Doc> read(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                out.add(new Doc(n.get("id").asText(), n.get("story").asText(), n.get("lang").asText(), n.get("text").asText()));
            }
        }
        return out;
    }
}
