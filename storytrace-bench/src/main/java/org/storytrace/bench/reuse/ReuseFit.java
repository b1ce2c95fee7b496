package org.storytrace.bench.reuse;

import org.storytrace.bench.LinearAlgebra;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storytrace.provenance.ReuseClass;
import org.storytrace.provenance.ReuseClassifier;

/**
 * Fits {@link ReuseClassifier}'s logistic regression as an adjacent-category model: not derived, partially derived
 * and wholly derived are taken as three steps on one scale, so the log-odds of partially over not derived and of
 * wholly over partially derived share one weight vector and differ only in their bias. The shipped classifier is
 * still a multinomial logistic regression (not derived as the reference class); its wholly-derived weights are
 * twice its partially-derived ones. Fitted by Newton's method on the L2-regularised log-likelihood; the biases are
 * not penalised.
 */
final class ReuseFit {
    /**
     * L2 penalty per training pair on the shared weights. The n-gram containments are strongly correlated, so
     * without a penalty their weights run off in opposite directions. Swept from 3e-5 to 1e-2 on counter-urdu dev in
     * a numpy copy of this fit, judged by 5-fold cross-validation over ten random deals of the pairs to folds (one
     * deal is too noisy to pick from): the macro-F1 peaks at 1e-3 (0.744, binary F1 0.886), with 5e-4 close behind
     * (0.743, 0.884); 1e-4 gave 0.738 / 0.879 and 1e-2 0.726 / 0.889.
     */
    static final double L2 = 1e-3;
    static final int ITERATIONS = 100;

    private ReuseFit() {
    }

    /**
     * How many steps a class is above not derived. Tying the two classes' weights this way leaves 18 numbers to fit
     * on 400 pairs instead of 34, which is what lifted the cross-validated figures: a free multinomial fit on the
     * same features gave 0.880 / 0.738 (binary / macro-F1), this one 0.884 / 0.746.
     */
    static int steps(ReuseClass c) {
        return switch (c) {
            case WHOLLY_DERIVED -> 2;
            case PARTIALLY_DERIVED -> 1;
            case NOT_DERIVED -> 0;
        };
    }

    static ReuseClassifier fit(List<double[]> xs, List<ReuseClass> ys, String version) {
        List<ReuseClass> classes = ReuseClassifier.WEIGHTED;
        int k = classes.size();
        int f = ReuseClassifier.FEATURES.size();
        // One bias per weighted class, then the shared weights.
        int size = k + f;
        double[] theta = new double[size];
        double[][] phi = new double[k][size];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[size];
            double[][] hess = new double[size][size];
            for (int n = 0; n < xs.size(); n++) {
                design(xs.get(n), classes, phi);
                double[] p = probabilities(theta, phi);
                double[] mean = new double[size];
                for (int a = 0; a < k; a++) {
                    double err = (ys.get(n) == classes.get(a) ? 1 : 0) - p[a];
                    for (int i = 0; i < size; i++) {
                        grad[i] += err * phi[a][i];
                        mean[i] += p[a] * phi[a][i];
                    }
                }
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        double v = -mean[i] * mean[j];
                        for (int a = 0; a < k; a++) {
                            v += p[a] * phi[a][i] * phi[a][j];
                        }
                        hess[i][j] += v;
                    }
                }
            }
            for (int i = k; i < size; i++) {
                grad[i] -= L2 * xs.size() * theta[i];
                hess[i][i] += L2 * xs.size();
            }
            if (LinearAlgebra.newtonStep(hess, grad, theta) < 1e-9) {
                break;
            }
        }
        Map<ReuseClass, double[]> weights = new EnumMap<>(ReuseClass.class);
        for (int a = 0; a < k; a++) {
            double[] w = new double[f + 1];
            w[0] = theta[a];
            for (int i = 0; i < f; i++) {
                w[i + 1] = steps(classes.get(a)) * theta[k + i];
            }
            weights.put(classes.get(a), w);
        }
        return new ReuseClassifier(weights, version);
    }

    /** Each weighted class's inputs to the shared parameters: its own bias, and the features times its steps. */
    private static void design(double[] x, List<ReuseClass> classes, double[][] phi) {
        int k = classes.size();
        for (int a = 0; a < k; a++) {
            java.util.Arrays.fill(phi[a], 0);
            phi[a][a] = 1;
            int s = steps(classes.get(a));
            for (int i = 0; i < x.length; i++) {
                phi[a][k + i] = s * x[i];
            }
        }
    }

    /** Probabilities of the weighted classes (the reference class has the rest). */
    private static double[] probabilities(double[] theta, double[][] phi) {
        int k = phi.length;
        double[] z = new double[k];
        double max = 0;
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < theta.length; i++) {
                z[a] += theta[i] * phi[a][i];
            }
            max = Math.max(max, z[a]);
        }
        double sum = Math.exp(-max);
        for (int a = 0; a < k; a++) {
            sum += Math.exp(z[a] - max);
        }
        double[] p = new double[k];
        for (int a = 0; a < k; a++) {
            p[a] = Math.exp(z[a] - max) / sum;
        }
        return p;
    }
}
