package org.kefu.nlu.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.VectorUtil;

/**
 * The in-scope scores of held-out training examples, computed as {@link IntentClassifier} computes them for a
 * new message: each example's held-out top probability, and its cosine to the nearest example of the intent it
 * was taken for among the examples of the other folds (those its held-out model was trained on). The
 * out-of-scope threshold is a quantile of these scores.
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
     */
    static double[] of(HeldOut heldOut, float[][] vectors, int[] y, int classes) {
        List<List<Integer>> byLabel = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            byLabel.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            byLabel.get(y[i]).add(i);
        }
        int[] guesses = heldOut.guesses();
        int[] folds = heldOut.folds();
        double[] scores = new double[guesses.length];
        int count = 0;
        for (int i = 0; i < guesses.length; i++) {
            if (guesses[i] < 0) {
                continue;
            }
            double nearest = -1;
            for (int j : byLabel.get(guesses[i])) {
                if (folds[j] != folds[i]) {
                    nearest = Math.max(nearest, VectorUtil.dotProduct(vectors[i], vectors[j]));
                }
            }
            scores[count++] = IntentClassifier.inScopeScore(heldOut.guessProbabilities()[i], nearest);
        }
        return Arrays.copyOf(scores, count);
    }
}
