package org.kefu.nlu.intent;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Finds training examples whose label is probably wrong: a model trained without them gives their label a
 * very low probability. Removing them helps when labels are noisy on purpose (DataCLUE), as long as every
 * intent keeps examples. A suspect the held-out model confidently puts in another intent can instead be moved
 * there, so that its wording still teaches something.
 */
final class SuspectLabels {

    private SuspectLabels() {}

    /**
     * The training set after cleaning.
     *
     * @param indices the examples kept, ascending
     * @param labels the label index each kept example is trained with
     */
    record Cleaned(int[] indices, int[] labels) {}

    /** Every example with its own label: no cleaning. */
    static Cleaned all(int[] y) {
        return new Cleaned(IntStream.range(0, y.length).toArray(), y.clone());
    }

    /**
     * Drops or relabels suspects.
     *
     * @param y label index of every example
     * @param classes number of labels
     * @param heldOut the cross-validation that judged every example
     * @param below examples whose own label's held-out probability is lower are suspects
     * @param relabelAbove a suspect whose held-out best guess has at least this probability is trained with that
     *     label instead of dropped; above 1, every suspect is dropped
     */
    static Cleaned cleaned(int[] y, int classes, HeldOut heldOut, double below, double relabelAbove) {
        int[] kept = kept(y, classes, heldOut.labelProbabilities(), below);
        boolean[] isKept = new boolean[y.length];
        for (int i : kept) {
            isKept[i] = true;
        }
        int[] labels = y.clone();
        for (int i = 0; i < y.length; i++) {
            if (!isKept[i] && heldOut.guessProbabilities()[i] >= relabelAbove) {
                isKept[i] = true;
                labels[i] = heldOut.guesses()[i];
            }
        }
        int[] indices = IntStream.range(0, y.length).filter(i -> isKept[i]).toArray();
        return new Cleaned(indices, Arrays.stream(indices).map(i -> labels[i]).toArray());
    }

    /**
     * The indices of the examples to keep, ascending.
     *
     * @param y label index of every example
     * @param classes number of labels
     * @param heldOutProbability per example, the held-out probability of its label ({@code NaN}: unknown, kept)
     * @param below examples whose probability is lower are dropped, unless that would leave their label without
     *     examples
     */
    static int[] kept(int[] y, int classes, double[] heldOutProbability, double below) {
        boolean[] drop = new boolean[y.length];
        int[] remaining = new int[classes];
        for (int i = 0; i < y.length; i++) {
            drop[i] = heldOutProbability[i] < below;
            remaining[y[i]] += drop[i] ? 0 : 1;
        }
        for (int i = 0; i < y.length; i++) {
            if (remaining[y[i]] == 0) {
                drop[i] = false;
            }
        }
        return IntStream.range(0, y.length).filter(i -> !drop[i]).toArray();
    }
}
