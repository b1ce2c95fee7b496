package org.storytrace.link;

/**
 * Band and row counts for LSH, derived from a Jaccard threshold by minimising the weighted false-positive and
 * false-negative areas under the banding S-curve, as datasketch's {@code _optimal_param} does.
 */
public record LshParameters(int bands, int rows) {
    public LshParameters {
        if (bands <= 0 || rows <= 0) {
            throw new IllegalArgumentException("lsh: bands and rows must be positive, not " + bands + "x" + rows);
        }
    }

    /** The best split of {@code numHashes} for {@code threshold}, weighting both error kinds equally. */
    public static LshParameters forThreshold(double threshold, int numHashes) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("lsh: threshold must be in (0,1), not " + threshold);
        }
        double bestError = Double.MAX_VALUE;
        LshParameters best = new LshParameters(numHashes, 1);
        for (int b = 1; b <= numHashes; b++) {
            int maxR = numHashes / b;
            for (int r = 1; r <= maxR; r++) {
                final int bands = b;
                final int rows = r;
                double fp = integrate(s -> 1 - Math.pow(1 - Math.pow(s, rows), bands), 0, threshold);
                double fn = integrate(s -> Math.pow(1 - Math.pow(s, rows), bands), threshold, 1);
                if (fp + fn < bestError) {
                    bestError = fp + fn;
                    best = new LshParameters(b, r);
                }
            }
        }
        return best;
    }

    private static double integrate(java.util.function.DoubleUnaryOperator f, double a, double b) {
        int steps = 200;
        double h = (b - a) / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            double x = a + (i + 0.5) * h;
            sum += f.applyAsDouble(x) * h;
        }
        return sum;
    }
}
