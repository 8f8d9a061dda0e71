package org.kefu.nlu.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.apache.lucene.util.VectorUtil;

/**
 * A held-out training example's cosine to the nearest example of an intent among the other folds' examples,
 * those its held-out model was trained on: what {@link ExampleVectors#nearest} tells of a new message, without
 * the example finding itself.
 */
final class OtherFoldExamples {

    private final float[][] vectors;
    private final int[] folds;
    private final List<List<Integer>> byLabel;

    /**
     * @param vectors every training example's unit vector
     * @param y every training example's label index
     * @param classes number of labels
     * @param folds every training example's fold
     */
    OtherFoldExamples(float[][] vectors, int[] y, int classes, int[] folds) {
        this.vectors = vectors;
        this.folds = folds;
        this.byLabel = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            byLabel.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            byLabel.get(y[i]).add(i);
        }
    }

    /**
     * {@link #nearest} for one example and any label, each label's cosine computed once: re-ranking asks for a
     * few labels and the in-scope score again for the top one.
     */
    IntToDoubleFunction nearestTo(int example) {
        double[] cosines = new double[byLabel.size()];
        Arrays.fill(cosines, Double.NaN);
        return label -> {
            if (Double.isNaN(cosines[label])) {
                cosines[label] = nearest(example, label);
            }
            return cosines[label];
        };
    }

    /** The cosine of example {@code example} to the nearest other-fold example of {@code label}; -1 if none. */
    double nearest(int example, int label) {
        double best = -1;
        for (int j : byLabel.get(label)) {
            if (folds[j] != folds[example]) {
                best = Math.max(best, VectorUtil.dotProduct(vectors[example], vectors[j]));
            }
        }
        return best;
    }
}
