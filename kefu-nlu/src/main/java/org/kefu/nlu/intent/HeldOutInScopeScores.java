package org.kefu.nlu.intent;

import java.util.Arrays;

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
        OtherFoldExamples others = new OtherFoldExamples(vectors, y, classes, heldOut.folds());
        int[] guesses = heldOut.guesses();
        double[] scores = new double[guesses.length];
        int count = 0;
        for (int i = 0; i < guesses.length; i++) {
            if (guesses[i] < 0) {
                continue;
            }
            double nearest = others.nearest(i, guesses[i]);
            scores[count++] = IntentClassifier.inScopeScore(heldOut.guessProbabilities()[i], nearest);
        }
        return Arrays.copyOf(scores, count);
    }
}
