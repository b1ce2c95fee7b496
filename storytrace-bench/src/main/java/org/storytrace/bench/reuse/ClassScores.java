package org.storytrace.bench.reuse;

import java.util.List;
import org.storytrace.provenance.ReuseClass;

/**
 * Gold against predicted classes: the three-class confusion matrix and the figures read from it, and the binary
 * view (derived = wholly or partially derived) that the COUNTER paper also reports.
 */
record ClassScores(int[][] confusion) {
    ClassScores {
        confusion = copy(confusion);
    }

    @Override
    public int[][] confusion() {
        return copy(confusion);
    }

    static ClassScores of(List<ReuseClass> gold, List<ReuseClass> predicted) {
        int k = ReuseClass.values().length;
        int[][] m = new int[k][k];
        for (int i = 0; i < gold.size(); i++) {
            m[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        return new ClassScores(m);
    }

    int count(ReuseClass gold, ReuseClass predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    double accuracy() {
        int right = 0;
        for (int i = 0; i < confusion.length; i++) {
            right += confusion[i][i];
        }
        return ratio(right, total());
    }

    double precision(ReuseClass c) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c.ordinal()];
        }
        return ratio(confusion[c.ordinal()][c.ordinal()], predicted);
    }

    double recall(ReuseClass c) {
        int gold = 0;
        for (int v : confusion[c.ordinal()]) {
            gold += v;
        }
        return ratio(confusion[c.ordinal()][c.ordinal()], gold);
    }

    int support(ReuseClass c) {
        int gold = 0;
        for (int v : confusion[c.ordinal()]) {
            gold += v;
        }
        return gold;
    }

    double f1(ReuseClass c) {
        return f1(precision(c), recall(c));
    }

    double macroF1() {
        double sum = 0;
        for (ReuseClass c : ReuseClass.values()) {
            sum += f1(c);
        }
        return sum / ReuseClass.values().length;
    }

    /** Pairs derived in truth and as predicted, the positive class of the binary task. */
    private int derivedBoth() {
        int n = 0;
        for (ReuseClass g : ReuseClass.values()) {
            for (ReuseClass p : ReuseClass.values()) {
                if (g.derived() && p.derived()) {
                    n += count(g, p);
                }
            }
        }
        return n;
    }

    double binaryPrecision() {
        int predicted = 0;
        for (ReuseClass g : ReuseClass.values()) {
            for (ReuseClass p : ReuseClass.values()) {
                if (p.derived()) {
                    predicted += count(g, p);
                }
            }
        }
        return ratio(derivedBoth(), predicted);
    }

    double binaryRecall() {
        return ratio(derivedBoth(), total() - support(ReuseClass.NOT_DERIVED));
    }

    double binaryF1() {
        return f1(binaryPrecision(), binaryRecall());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static int[][] copy(int[][] m) {
        int[][] out = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
