package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A calibrated n-gram-only regression that answers for an {@link IntentClassifier} when it is nearly certain and
 * knows every word of the message, so that the sentence embedding, nine tenths of a message's cost, runs only for
 * the messages that need it.
 *
 * <p>Both conditions matter. Certainty alone lets through questions the bot was never trained for whose few
 * familiar words point at one intent ("where does cannabis originate from" → where_are_you_from): a word the bot
 * never saw is exactly where the embedding's nearest-example check is needed to reject the message. Known means in
 * the vocabulary: once a bot has 2,000 examples, seen in at least two of them.
 *
 * <p>On the tuning splits (bench task {@code tune}, never a test split) a certainty of 0.998 answered 42% of
 * Banking77's held-out tenth with the same accuracy as the full model, and 54% of CLINC150's val + oos_val with the
 * same out-of-scope recall and 3 of 3,000 in-scope messages fewer right. Lower certainties answered more (0.98: 63%
 * of both, 7 fewer right) and still rejected as many out-of-scope messages, but from 0.995 down they misrouted a
 * held-out question of the demo shop bot that the full model gets right (退回商品运费怎么收, return shipping, to the
 * shipping-fee answer).
 */
final class SparseShortcut {

    /** The n-gram model's top probability from which it answers alone. */
    static final double CERTAINTY = 0.998;
    /** Share of held-out messages the shortcut must answer to be kept. */
    static final double WORTHWHILE = 0.2;

    private final SoftmaxRegression regression;

    SparseShortcut(SoftmaxRegression regression) {
        this.regression = regression;
    }

    /**
     * Trains the shortcut on the classifier's n-gram vectors, calibrated on held-out folds like any member.
     * Returns null when the shortcut would answer for fewer than {@link #WORTHWHILE} of the held-out messages
     * (noisy or fine-grained intents, as in DataCLUE CIC): it would then cost model size and load time for
     * nothing.
     *
     * @param inputs every example
     * @param vectors every example's n-gram vector
     * @param featurizer the classifier's n-gram vocabulary
     * @param y every example's label index
     * @param classes number of labels
     * @param settings the solver settings of the classifier's members
     * @param kept the examples and labels the classifier is trained with after cleaning
     * @param calibrate whether to hold folds out for the temperature and the usefulness check
     * @param allFolds whether every fold is held out once, or only the first
     */
    static @Nullable SparseShortcut train(List<IntentInput> inputs, List<SparseVector> vectors,
            SparseFeaturizer featurizer, int[] y, int classes, LinearFit.Settings settings, SuspectLabels.Cleaned kept,
            boolean calibrate, boolean allFolds) {
        MemberTraining training = new MemberTraining(List.of(vectors), y, classes, featurizer.dimension(), settings);
        double factor = 1;
        if (calibrate && classes > 1) {
            HeldOut heldOut = HeldOut.estimate(training, IntentTrainer.FOLDS, allFolds, settings.seed());
            if (!worthwhile(heldOut, inputs, featurizer)) {
                return null;
            }
            factor = heldOut.memberFactors()[0];
        }
        return new SparseShortcut(training.trainAll(kept.indices(), kept.labels()).getFirst().scaled(factor));
    }

    private static boolean worthwhile(HeldOut heldOut, List<IntentInput> inputs, SparseFeaturizer featurizer) {
        double[] top = heldOut.guessProbabilities();
        int held = 0;
        int answered = 0;
        for (int i = 0; i < top.length; i++) {
            if (!Double.isNaN(top[i])) {
                held++;
                if (top[i] >= CERTAINTY && featurizer.knowsEveryWord(inputs.get(i))) {
                    answered++;
                }
            }
        }
        return held > 0 && answered >= WORTHWHILE * held;
    }

    /**
     * The probability of every intent if the shortcut may answer for this message, else null.
     *
     * @param vector the message's n-gram vector
     * @param input the message
     * @param featurizer the classifier's n-gram vocabulary
     */
    double @Nullable [] answer(SparseVector vector, IntentInput input, SparseFeaturizer featurizer) {
        if (vector.size() == 0 || !featurizer.knowsEveryWord(input)) {
            return null;
        }
        double[] p = regression.probabilities(vector);
        double top = 0;
        for (double v : p) {
            top = Math.max(top, v);
        }
        return top >= CERTAINTY ? p : null;
    }

    int classes() {
        return regression.classes();
    }

    int features() {
        return regression.features();
    }

    void write(DataOutput out) throws IOException {
        regression.write(out);
    }

    static SparseShortcut read(DataInput in) throws IOException {
        return new SparseShortcut(SoftmaxRegression.read(in));
    }
}
