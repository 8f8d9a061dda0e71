package org.kefu.nlu.intent;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Re-ranks a message's most probable intents by how close it comes to each one's nearest training example:
 * {@code p'(k) ∝ p(k) · exp(weight · cosine(k))} over the {@link #CANDIDATES} most probable intents (those at
 * least {@link #MIN_SHARE_OF_TOP} as probable as the top one), which keep their total probability. The linear
 * model draws one straight boundary per intent; where customers ask the same few things in many set phrasings
 * (a bank's "card_arrival" and "card_delivery_estimate"), a message's
 * nearest phrasing tells two close intents apart better than that boundary does. Where training labels are
 * noisy, the nearest example is as often mislabelled, so the weight is learned per classifier from held-out
 * examples ({@link #learnWeight}) and may well be 0.
 */
final class NearestExampleRanking {

    /** How many of the most probable intents are re-ranked at most. */
    static final int CANDIDATES = 5;
    /**
     * A candidate needs at least this share of the top intent's probability: a less probable one would need a
     * nearest example far closer than the top intent's to overtake it, and leaving it out spares most confident
     * messages every cosine but the top intent's (which the in-scope score needs anyway).
     */
    static final double MIN_SHARE_OF_TOP = 0.01;
    /** The weights tried by {@link #learnWeight}; a cosine gap of 1 / weight is worth a factor e. */
    static final double[] WEIGHTS = {0, 10, 20, 40};

    private NearestExampleRanking() {}

    /**
     * The re-ranked probabilities.
     *
     * @param p the model's probabilities, not changed
     * @param nearest the cosine of the message to the nearest example of an intent
     * @param weight 0 leaves {@code p} as it is
     * @return a new array summing to what {@code p} sums to
     */
    static double[] rerank(double[] p, IntToDoubleFunction nearest, double weight) {
        double[] q = p.clone();
        if (weight == 0 || p.length < 2) {
            return q;
        }
        int[] top = candidates(p);
        double[] logits = new double[top.length];
        double mass = 0;
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < top.length; i++) {
            mass += p[top[i]];
            logits[i] = Math.log(Math.max(p[top[i]], Double.MIN_NORMAL)) + weight * nearest.applyAsDouble(top[i]);
            largest = Math.max(largest, logits[i]);
        }
        double sum = 0;
        for (int i = 0; i < top.length; i++) {
            logits[i] = Math.exp(logits[i] - largest);
            sum += logits[i];
        }
        for (int i = 0; i < top.length; i++) {
            q[top[i]] = mass * logits[i] / sum;
        }
        return q;
    }

    /**
     * The weight among {@link #WEIGHTS} under which held-out training examples are best recognised, each compared
     * only with the examples of the other folds; 0 when there are none, or when no weight does better.
     *
     * @param heldOut the cross-validation, with each held-out example's probabilities
     * @param vectors every training example's unit vector
     * @param y every training example's label index
     * @param classes number of labels
     */
    static double learnWeight(HeldOut heldOut, float[][] vectors, int[] y, int classes) {
        if (heldOut.probabilities().length == 0) {
            return 0;
        }
        OtherFoldExamples others = new OtherFoldExamples(vectors, y, classes, heldOut.folds());
        int[] right = new int[WEIGHTS.length];
        for (int i = 0; i < y.length; i++) {
            double[] p = heldOut.probabilities()[i];
            if (p == null || vectors[i].length == 0) {
                continue;
            }
            IntToDoubleFunction nearest = others.nearestTo(i);
            for (int w = 0; w < WEIGHTS.length; w++) {
                double[] q = rerank(p, nearest, WEIGHTS[w]);
                right[w] += mostProbable(q, 1)[0] == y[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int w = 1; w < WEIGHTS.length; w++) {
            best = right[w] > right[best] ? w : best;
        }
        return WEIGHTS[best];
    }

    private static int[] candidates(double[] p) {
        int[] top = mostProbable(p, Math.min(CANDIDATES, p.length));
        int n = 1;
        while (n < top.length && p[top[n]] >= MIN_SHARE_OF_TOP * p[top[0]]) {
            n++;
        }
        return n == top.length ? top : Arrays.copyOf(top, n);
    }

    /** The indices of the {@code n} largest values, largest first (ties by index, for determinism). */
    static int[] mostProbable(double[] p, int n) {
        int[] top = new int[n];
        Arrays.fill(top, -1);
        for (int k = 0; k < p.length; k++) {
            int at = n;
            while (at > 0 && (top[at - 1] < 0 || p[k] > p[top[at - 1]])) {
                at--;
            }
            if (at < n) {
                System.arraycopy(top, at, top, at + 1, n - at - 1);
                top[at] = k;
            }
        }
        return top;
    }
}
