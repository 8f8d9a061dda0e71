package org.kefu.nlu.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What held-out examples tell about an ensemble before it is trained on all data: the temperature factor of
 * each member, the temperature factor of the averaged ensemble, and how every held-out example was judged (its
 * own label's probability for finding wrong labels, the best guess's probability for the out-of-scope
 * threshold).
 *
 * @param memberFactors per member, the factor its logits are multiplied by
 * @param ensembleFactor the factor the log of the averaged probabilities is multiplied by
 * @param labelProbabilities per training example, the calibrated probability of its own label when it was
 *     held out ({@code NaN} if it never was)
 * @param guesses per training example, the label index the held-out model found most probable ({@code -1} if
 *     it never was held out)
 * @param guessProbabilities per training example, the calibrated probability of that label ({@code NaN} if it
 *     never was held out)
 * @param folds per training example, its fold (empty if nothing was held out)
 * @param probabilities per training example, the calibrated probabilities of every label when it was held out
 *     ({@code null} if it never was; empty if nothing was held out)
 */
record HeldOut(double[] memberFactors, double ensembleFactor, double[] labelProbabilities, int[] guesses,
        double[] guessProbabilities, int[] folds, double[][] probabilities) {

    /** No held-out data: no scaling, no confidences. */
    static HeldOut none(int members) {
        double[] ones = new double[members];
        Arrays.fill(ones, 1);
        return new HeldOut(ones, 1, new double[0], new int[0], new double[0], new int[0], new double[0][]);
    }

    /** The calibrated top probability of every example that was held out, in no particular order. */
    double[] topConfidences() {
        return Arrays.stream(guessProbabilities).filter(p -> !Double.isNaN(p)).toArray();
    }

    /**
     * Trains on k-1 folds and predicts the remaining one, for every fold ({@code allFolds}) or for the first
     * only (large data sets, where one fold is plenty and k trainings would be slow).
     */
    static HeldOut estimate(MemberTraining training, int folds, boolean allFolds, long seed) {
        int[] y = training.y();
        int[] fold = OutOfScopeThresholds.stratifiedFolds(y, training.classes(), folds, seed);
        int members = training.members();
        List<List<double[]>> logits = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            logits.add(new ArrayList<>());
        }
        List<Integer> heldLabels = new ArrayList<>();
        List<Integer> heldIndex = new ArrayList<>();
        List<Boolean> learnable = new ArrayList<>();
        for (int f = 0; f < (allFolds ? folds : 1); f++) {
            int current = f;
            int[] train = IntStream.range(0, y.length).filter(i -> fold[i] != current).toArray();
            int[] held = IntStream.range(0, y.length).filter(i -> fold[i] == current).toArray();
            if (train.length == 0 || held.length == 0) {
                continue;
            }
            boolean[] seen = new boolean[training.classes()];
            for (int i : train) {
                seen[y[i]] = true;
            }
            List<SoftmaxRegression> partial = training.trainAll(train);
            for (int i : held) {
                for (int m = 0; m < members; m++) {
                    logits.get(m).add(partial.get(m).logits(training.views().get(m).get(i)));
                }
                heldLabels.add(y[i]);
                heldIndex.add(i);
                // An intent with a single example cannot be predicted when that example is held out; it says
                // nothing about calibration.
                learnable.add(seen[y[i]]);
            }
        }
        if (heldLabels.isEmpty()) {
            return none(members);
        }
        int[] fitIndex = IntStream.range(0, heldLabels.size()).filter(learnable::get).toArray();
        int[] fitLabels = Arrays.stream(fitIndex).map(heldLabels::get).toArray();
        double[] memberFactors = new double[members];
        for (int m = 0; m < members; m++) {
            List<double[]> memberLogits = logits.get(m);
            memberFactors[m] = Calibration.fitFactor(
                    Arrays.stream(fitIndex).mapToObj(memberLogits::get).toList(), fitLabels);
        }
        List<double[]> averaged = new ArrayList<>(heldLabels.size());
        for (int i = 0; i < heldLabels.size(); i++) {
            double[] sum = new double[training.classes()];
            for (int m = 0; m < members; m++) {
                double[] p = Calibration.softmax(logits.get(m).get(i).clone(), memberFactors[m]);
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += p[k] / members;
                }
            }
            averaged.add(Calibration.logOf(sum));
        }
        double ensembleFactor = members == 1 ? 1 : Calibration.fitFactor(
                Arrays.stream(fitIndex).mapToObj(averaged::get).toList(), fitLabels);
        double[] labelProbabilities = new double[y.length];
        Arrays.fill(labelProbabilities, Double.NaN);
        int[] guesses = new int[y.length];
        Arrays.fill(guesses, -1);
        double[] guessProbabilities = new double[y.length];
        Arrays.fill(guessProbabilities, Double.NaN);
        double[][] probabilities = new double[y.length][];
        for (int n = 0; n < averaged.size(); n++) {
            double[] p = Calibration.softmax(averaged.get(n).clone(), ensembleFactor);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            labelProbabilities[heldIndex.get(n)] = p[heldLabels.get(n)];
            guesses[heldIndex.get(n)] = best;
            guessProbabilities[heldIndex.get(n)] = p[best];
            probabilities[heldIndex.get(n)] = p;
        }
        return new HeldOut(memberFactors, ensembleFactor, labelProbabilities, guesses, guessProbabilities, fold,
                probabilities);
    }
}
