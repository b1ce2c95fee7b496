package org.storytrace.bench;

/** The linear algebra the model fits ({@code train stories}, {@code train reuse}) share. */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    /** {@code x} with a leading 1, so that the first weight is the bias. */
    public static double[] withBias(double[] x) {
        double[] out = new double[x.length + 1];
        out[0] = 1;
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    /**
     * One Newton step of a fit: adds a tiny ridge to the Hessian's diagonal (so a feature that never varies leaves
     * it solvable), solves for the step, moves {@code theta} by it and returns the step's L1 size, which the caller
     * compares with its convergence threshold.
     */
    public static double newtonStep(double[][] hess, double[] grad, double[] theta) {
        for (int i = 0; i < theta.length; i++) {
            hess[i][i] += 1e-9;
        }
        double[] step = solve(hess, grad);
        double moved = 0;
        for (int i = 0; i < theta.length; i++) {
            theta[i] += step[i];
            moved += Math.abs(step[i]);
        }
        return moved;
    }

    /** Gaussian elimination with partial pivoting: the systems are tiny (one row per weight, a few dozen). */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col && m[col][col] != 0) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
