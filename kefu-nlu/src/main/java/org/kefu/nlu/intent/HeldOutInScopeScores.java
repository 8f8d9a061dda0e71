package org.kefu.nlu.intent;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The in-scope scores of held-out training examples, computed as {@link IntentClassifier} computes them for a
 * new message: each example's held-out probabilities, re-ranked by {@link NearestExampleRanking} with the
 * classifier's weight, give its top intent and probability; with its cosine to the nearest example of that
 * intent among the examples of the other folds (those its held-out model was trained on), they make its score.
 * The out-of-scope threshold is a quantile of these scores.
 */
final class HeldOutInScopeScores {

    private HeldOutInScopeScores() {}

    /**
     * The score of every held-out example, in no particular order.
     *
     * @param heldOut the cross-validation
     * @param vectors every training example's unit vector
     * @param y every training example's label index
     * @param classes number of labels
     * @param rankingWeight the classifier's {@link NearestExampleRanking} weight
     */
    static double[] of(HeldOut heldOut, float[][] vectors, int[] y, int classes, double rankingWeight) {
        OtherFoldExamples others = new OtherFoldExamples(vectors, y, classes, heldOut.folds());
        double[][] probabilities = heldOut.probabilities();
        double[] scores = new double[probabilities.length];
        int count = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] == null) {
                continue;
            }
            IntToDoubleFunction nearest = others.nearestTo(i);
            double[] p = NearestExampleRanking.rerank(probabilities[i], nearest, rankingWeight);
            int top = NearestExampleRanking.mostProbable(p, 1)[0];
            scores[count++] = IntentClassifier.inScopeScore(p[top], nearest.applyAsDouble(top));
        }
        return Arrays.copyOf(scores, count);
    }
}
