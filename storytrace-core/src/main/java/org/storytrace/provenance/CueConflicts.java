package org.storytrace.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storytrace.analyse.Attribution;
import org.storytrace.analyse.Normalizer;

/**
 * Members of a story that credit one another in a circle by outlet name (A's text says "according to B", B's says
 * "according to A"). Such cues cancel out in the direction score, since every one of them credits a publication; the
 * graph says so instead of leaving the reader to wonder which cue won.
 */
final class CueConflicts {
    private CueConflicts() {
    }

    /** One reason per circle of crediting members, naming them and a cue of each. */
    static List<String> in(List<Profile> profiles) {
        int n = profiles.size();
        Map<String, List<Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String outlet = profiles.get(i).member().article().metadata().outlet();
            if (outlet != null) {
                byOutlet.computeIfAbsent(Normalizer.fold(outlet), k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> credits = new ArrayList<>();
        Map<Integer, String> cue = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Integer> credited = new ArrayList<>();
            for (Attribution a : profiles.get(i).cites()) {
                if (a.outlet() == null) {
                    continue;
                }
                for (int j : byOutlet.getOrDefault(Normalizer.fold(a.outlet()), List.of())) {
                    if (j != i && !credited.contains(j)) {
                        credited.add(j);
                        cue.putIfAbsent(i, a.cue());
                    }
                }
            }
            credits.add(credited);
        }
        if (cue.isEmpty()) {
            return List.of();
        }
        boolean[][] reaches = new boolean[n][];
        for (int i : cue.keySet()) {
            reaches[i] = reachable(i, credits);
        }
        List<String> out = new ArrayList<>();
        Set<Integer> reported = new TreeSet<>();
        for (int i : new TreeSet<>(cue.keySet())) {
            if (reported.contains(i)) {
                continue;
            }
            List<Integer> circle = new ArrayList<>();
            for (int j : new TreeSet<>(cue.keySet())) {
                if (reaches[i][j] && reaches[j][i]) {
                    circle.add(j);
                }
            }
            if (circle.size() < 2) {
                continue;
            }
            reported.addAll(circle);
            List<String> parts = circle.stream()
                    .map(j -> profiles.get(j).member().id() + " (\u201c" + cue.get(j) + "\u201d)").toList();
            out.add(String.join(", ", parts) + " credit each other: the attribution cues conflict, so they did not decide"
                    + " which of them came first");
        }
        return out;
    }

    private static boolean[] reachable(int from, List<List<Integer>> credits) {
        boolean[] seen = new boolean[credits.size()];
        List<Integer> todo = new ArrayList<>(credits.get(from));
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            if (!seen[x]) {
                seen[x] = true;
                todo.addAll(credits.get(x));
            }
        }
        return seen;
    }
}
