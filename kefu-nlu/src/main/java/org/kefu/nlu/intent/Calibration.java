package org.kefu.nlu.intent;

import java.util.List;

/**
 * Temperature scaling: the factor by which scores are multiplied before a softmax so that the resulting
 * probabilities match how often the model is right. Fitted on held-out examples by minimising their negative
 * log-likelihood, a convex one-dimensional problem solved by golden-section search over the log factor.
 */
final class Calibration {

    /** Search range of the factor: a temperature between 1/64 and 64. */
    static final double MIN_LOG_FACTOR = Math.log(1.0 / 64);
    static final double MAX_LOG_FACTOR = Math.log(64);
    private static final int ITERATIONS = 60;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private Calibration() {}

    /**
     * The factor that makes {@code softmax(factor * scores)} best predict the labels; 1 when there is
     * nothing to fit.
     *
     * @param scores one score vector per held-out example
     * @param labels the true class of each
     */
    static double fitFactor(List<double[]> scores, int[] labels) {
        if (scores.isEmpty()) {
            return 1;
        }
        double lo = MIN_LOG_FACTOR;
        double hi = MAX_LOG_FACTOR;
        double a = hi - GOLDEN * (hi - lo);
        double b = lo + GOLDEN * (hi - lo);
        double fa = negativeLogLikelihood(scores, labels, Math.exp(a));
        double fb = negativeLogLikelihood(scores, labels, Math.exp(b));
        for (int i = 0; i < ITERATIONS; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - GOLDEN * (hi - lo);
                fa = negativeLogLikelihood(scores, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + GOLDEN * (hi - lo);
                fb = negativeLogLikelihood(scores, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    static double negativeLogLikelihood(List<double[]> scores, int[] labels, double factor) {
        double total = 0;
        for (int i = 0; i < scores.size(); i++) {
            double[] s = scores.get(i);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : s) {
                max = Math.max(max, factor * v);
            }
            double sum = 0;
            for (double v : s) {
                sum += Math.exp(factor * v - max);
            }
            total += max + Math.log(sum) - factor * s[labels[i]];
        }
        return total / scores.size();
    }

    /** {@code softmax(factor * scores)}, in place. */
    static double[] softmax(double[] scores, double factor) {
        for (int k = 0; k < scores.length; k++) {
            scores[k] *= factor;
        }
        SoftmaxRegression.softmaxInPlace(scores);
        return scores;
    }

    /** Log-probabilities used as scores for the ensemble's own temperature; zero probabilities are floored. */
    static double[] logOf(double[] probabilities) {
        double[] log = new double[probabilities.length];
        for (int k = 0; k < log.length; k++) {
            log[k] = Math.log(Math.max(probabilities[k], 1e-12));
        }
        return log;
    }
}
