package org.kefu.nlu.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Chooses an out-of-scope threshold when a bot has no out-of-scope examples, only in-scope ones. */
final class OutOfScopeThresholds {

    /** The share of held-out in-scope messages we accept to reject as out of scope. */
    static final double REJECTED_IN_SCOPE_SHARE = 0.10;
    /**
     * Bounds that keep a threshold sensible when the cross-validation has very few examples. Held out, the
     * in-scope messages of a bot with seven examples per intent score 0.55 to 0.85 on the blended in-scope score,
     * where unrelated questions score 0.5 to 0.7; a threshold above 0.8 would turn the bot's own customers away.
     */
    static final double MIN_THRESHOLD = 0.05;
    static final double MAX_THRESHOLD = 0.80;

    private OutOfScopeThresholds() {}

    /**
     * A threshold that about {@link #REJECTED_IN_SCOPE_SHARE} of the held-out in-scope scores fall below: most
     * of those are misclassified anyway, so rejecting them costs little.
     */
    static double fromInScopeScores(double[] heldOut) {
        if (heldOut.length == 0) {
            return MIN_THRESHOLD;
        }
        double[] sorted = heldOut.clone();
        Arrays.sort(sorted);
        double quantile = sorted[(int) Math.floor(REJECTED_IN_SCOPE_SHARE * (sorted.length - 1))];
        return Math.clamp(quantile, MIN_THRESHOLD, MAX_THRESHOLD);
    }

    /**
     * Assigns each example to one of {@code folds} folds, dealing each label's examples round-robin in a
     * seeded random order, so every fold has about the same label mix.
     */
    static int[] stratifiedFolds(int[] y, int classes, int folds, long seed) {
        List<List<Integer>> byLabel = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            byLabel.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            byLabel.get(y[i]).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[y.length];
        int next = 0;
        for (List<Integer> members : byLabel) {
            java.util.Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}
