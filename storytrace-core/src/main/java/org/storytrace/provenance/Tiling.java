package org.storytrace.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy string tiling (Wise 1993) of two word sequences: the longest common runs not yet covered are taken
 * first, down to a minimum length, so that reordered copied passages are all found and none is counted twice.
 *
 * @param covered words of either side inside tiles (the same count on both sides)
 * @param longest length of the longest common run of words, whether or not it reaches the minimum tile length
 */
record Tiling(int covered, int longest) {
    static Tiling of(List<String> a, List<String> b, int minTile) {
        // Words as small integers, so that the quadratic passes compare ints rather than strings.
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
        int[] y = b.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
        int n = x.length;
        int m = y.length;
        boolean[] markedX = new boolean[n];
        boolean[] markedY = new boolean[m];
        int[] previous = new int[m + 1];
        int[] row = new int[m + 1];
        int[] rowMax = new int[n];
        int[] rowMaxEnd = new int[n];
        int covered = 0;
        int longest = -1;
        while (true) {
            // The longest unmarked common run ending at each word of x (and where it ends in y), row by row.
            java.util.Arrays.fill(previous, 0);
            int max = 0;
            for (int i = 0; i < n; i++) {
                rowMax[i] = 0;
                for (int j = 0; j < m; j++) {
                    int v = !markedX[i] && !markedY[j] && x[i] == y[j] ? previous[j] + 1 : 0;
                    row[j + 1] = v;
                    if (v > rowMax[i]) {
                        rowMax[i] = v;
                        rowMaxEnd[i] = j;
                    }
                }
                max = Math.max(max, rowMax[i]);
                int[] t = previous;
                previous = row;
                row = t;
            }
            if (longest < 0) {
                longest = max;
            }
            if (max < minTile) {
                return new Tiling(covered, longest);
            }
            // Every run of that length not overlapping one taken in this pass becomes a tile; the others wait.
            for (int i = 0; i < n; i++) {
                if (rowMax[i] == max && free(markedX, markedY, i, rowMaxEnd[i], max)) {
                    for (int k = 0; k < max; k++) {
                        markedX[i - k] = true;
                        markedY[rowMaxEnd[i] - k] = true;
                    }
                    covered += max;
                }
            }
        }
    }

    private static boolean free(boolean[] markedX, boolean[] markedY, int endX, int endY, int length) {
        for (int k = 0; k < length; k++) {
            if (markedX[endX - k] || markedY[endY - k]) {
                return false;
            }
        }
        return true;
    }
}
