package org.kefu.nlu.intent;

import java.util.stream.IntStream;

/**
 * Finds training examples whose label is probably wrong: a model trained without them gives their label a
 * very low probability. Removing them helps when labels are noisy on purpose (DataCLUE), as long as every
 * intent keeps examples.
 */
final class SuspectLabels {

    private SuspectLabels() {}

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
