package org.kefu.nlu.faq;

import java.util.Arrays;

/**
 * A binary logistic regression over a few dense features: {@code p = 1 / (1 + exp(-(w0 + w·x)))}. Fitted by
 * Newton's method with an L2 penalty that pulls the weights towards prior weights rather than towards zero,
 * so that a bot with only a handful of FAQ paraphrases gets the prior's sensible behaviour and a bot with
 * thousands gets weights learned from its own data. Deterministic; immutable.
 */
final class LogisticModel {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-9;

    private final double[] weights; // weights[0] is the intercept

    LogisticModel(double... weights) {
        if (weights.length < 1) {
            throw new IllegalArgumentException("a logistic model needs at least an intercept");
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite: " + Arrays.toString(weights));
            }
        }
        this.weights = weights.clone();
    }

    /** The weights, intercept first. */
    double[] weights() {
        return weights.clone();
    }

    /** Number of features (not counting the intercept). */
    int features() {
        return weights.length - 1;
    }

    /** The probability of the positive class; never NaN, always in [0, 1]. */
    double probability(double[] x) {
        if (x.length != features()) {
            throw new IllegalArgumentException("expected " + features() + " features, got " + x.length);
        }
        double z = weights[0];
        for (int i = 0; i < x.length; i++) {
            z += weights[i + 1] * x[i];
        }
        if (Double.isNaN(z)) {
            return 0;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits a model.
     *
     * @param x one feature row per example, each of {@code prior.features()} values
     * @param y the label of each example
     * @param prior the weights to fall back on without data
     * @param lambda strength of the pull towards the prior, as a count of pseudo-examples; positive
     * @return the fitted model
     */
    static LogisticModel fit(double[][] x, boolean[] y, LogisticModel prior, double lambda) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows but " + y.length + " labels");
        }
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be positive: " + lambda);
        }
        int d = prior.weights.length;
        double[] w = prior.weights.clone();
        double loss = loss(x, y, w, prior.weights, lambda);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int j = 0; j < d; j++) {
                gradient[j] = lambda * (w[j] - prior.weights[j]);
                hessian[j][j] = lambda;
            }
            LogisticModel current = new LogisticModel(w);
            for (int i = 0; i < x.length; i++) {
                double p = current.probability(x[i]);
                double r = p - (y[i] ? 1 : 0);
                double s = p * (1 - p);
                for (int j = 0; j < d; j++) {
                    double xj = j == 0 ? 1 : x[i][j - 1];
                    gradient[j] += r * xj;
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += s * xj * (k == 0 ? 1 : x[i][k - 1]);
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            // Damped Newton: from a start where the prior saturates (p near 0 or 1 everywhere) the Hessian is
            // tiny and a full step overshoots, so halve the step until the penalised loss goes down.
            double scale = 1;
            double[] next = new double[d];
            double nextLoss = Double.POSITIVE_INFINITY;
            for (int halvings = 0; halvings < 40; halvings++, scale /= 2) {
                for (int j = 0; j < d; j++) {
                    next[j] = w[j] - scale * step[j];
                }
                nextLoss = loss(x, y, next, prior.weights, lambda);
                if (nextLoss <= loss) {
                    break;
                }
            }
            if (!(nextLoss <= loss)) {
                break; // no descent left: converged as far as doubles allow
            }
            double change = 0;
            for (int j = 0; j < d; j++) {
                change = Math.max(change, Math.abs(next[j] - w[j]));
            }
            w = next.clone();
            loss = nextLoss;
            if (change < TOLERANCE) {
                break;
            }
        }
        return new LogisticModel(w);
    }

    /** Log-loss of the data plus the pull towards the prior, {@code lambda/2·|w - prior|²}. */
    private static double loss(double[][] x, boolean[] y, double[] w, double[] prior, double lambda) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += lambda / 2 * (w[j] - prior[j]) * (w[j] - prior[j]);
        }
        for (int i = 0; i < x.length; i++) {
            double z = w[0];
            for (int j = 1; j < w.length; j++) {
                z += w[j] * x[i][j - 1];
            }
            // log(1 + exp(-m)) for margin m, computed without overflow
            double m = y[i] ? z : -z;
            sum += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
        }
        return sum;
    }

    /** Solves {@code a·s = b} for a symmetric positive definite {@code a} by Gaussian elimination. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double tv = v[col];
            v[col] = v[pivot];
            v[pivot] = tv;
            for (int row = col + 1; row < n; row++) {
                double f = m[row][col] / m[col][col];
                for (int k = col; k < n; k++) {
                    m[row][k] -= f * m[col][k];
                }
                v[row] -= f * v[col];
            }
        }
        double[] s = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = v[i];
            for (int k = i + 1; k < n; k++) {
                sum -= m[i][k] * s[k];
            }
            s[i] = sum / m[i][i];
        }
        return s;
    }
}
