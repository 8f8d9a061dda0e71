package org.kefu.bench.afqmc;

import java.util.Arrays;

/** Accuracy of a same-meaning decision {@code score >= threshold}, and the threshold that maximises it. */
final class Thresholds {
    private Thresholds() {}

    /** The fraction of examples decided correctly. */
    static double accuracy(double[] scores, boolean[] same, double threshold) {
        int correct = 0;
        for (int i = 0; i < scores.length; i++) {
            if ((scores[i] >= threshold) == same[i]) {
                correct++;
            }
        }
        return scores.length == 0 ? 0 : correct / (double) scores.length;
    }

    /**
     * The threshold with the highest accuracy; candidates are midpoints between adjacent distinct scores (and
     * one above all), ties go to the lowest threshold. Deterministic.
     */
    static double best(double[] scores, boolean[] same) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double best = Double.POSITIVE_INFINITY;
        double bestAccuracy = accuracy(scores, same, best);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                continue;
            }
            double t = i == 0 ? sorted[0] : (sorted[i - 1] + sorted[i]) / 2;
            double a = accuracy(scores, same, t);
            if (a > bestAccuracy || (a == bestAccuracy && t < best)) {
                bestAccuracy = a;
                best = t;
            }
        }
        return best;
    }
}
