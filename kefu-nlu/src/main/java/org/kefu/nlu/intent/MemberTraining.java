package org.kefu.nlu.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * The training data of every member of an ensemble (each member's own view of the examples) and how to fit
 * them on any subset of the examples, for cross-validation and for the final model.
 *
 * @param views per member, the feature vector of every example
 * @param y the label index of every example
 * @param classes number of labels
 * @param features dimension of the feature vectors
 * @param settings solver settings; each member derives its own seed from {@code settings.seed()}
 */
record MemberTraining(List<List<SparseVector>> views, int[] y, int classes, int features,
        LinearFit.Settings settings) {

    int members() {
        return views.size();
    }

    /** Every member trained on the examples at {@code subset}. */
    List<SoftmaxRegression> trainAll(int[] subset) {
        int[] labels = new int[subset.length];
        for (int n = 0; n < subset.length; n++) {
            labels[n] = y[subset[n]];
        }
        return trainAll(subset, labels);
    }

    /** Trains every member on the given examples, with the given label index for each. */
    List<SoftmaxRegression> trainAll(int[] subset, int[] labels) {
        List<SoftmaxRegression> result = new ArrayList<>(views.size());
        for (int m = 0; m < views.size(); m++) {
            List<SparseVector> view = views.get(m);
            List<SparseVector> x = new ArrayList<>(subset.length);
            for (int i : subset) {
                x.add(view.get(i));
            }
            LinearFit.Settings memberSettings = new LinearFit.Settings(settings.solver(), settings.c(),
                    settings.seed() * 31 + m, settings.threads(), settings.classWeightPower());
            result.add(LinearFit.train(x, labels, classes, features, memberSettings));
        }
        return result;
    }
}
