package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NearestExampleRankingTest {

    @Test
    void aCloserExampleLiftsTheRunnerUpAndTheCandidatesKeepTheirProbability() {
        double[] p = {0.5, 0.3, 0.05, 0.05, 0.05, 0.05};
        double[] cosines = {0.80, 0.95, 0.5, 0.5, 0.5, 0.99};

        double[] q = NearestExampleRanking.rerank(p, k -> cosines[k], 20);

        assertThat(NearestExampleRanking.mostProbable(q, 1)[0]).isEqualTo(1);
        assertThat(Arrays.stream(q).sum()).isCloseTo(1, within(1e-9));
        // The sixth intent is no candidate: however close its example, its probability stays.
        assertThat(q[5]).isEqualTo(0.05);
        assertThat(p).containsExactly(0.5, 0.3, 0.05, 0.05, 0.05, 0.05);
    }

    @Test
    void anIntentFarLessProbableThanTheTopOneIsNoCandidate() {
        double[] p = {0.98, 0.019, 0.001};
        double[] cosines = {0.5, 0.6, 0.99};

        double[] q = NearestExampleRanking.rerank(p, k -> cosines[k], 20);

        assertThat(q[2]).isEqualTo(0.001);
        assertThat(q[1]).isGreaterThan(0.019);
        assertThat(q[0] + q[1]).isCloseTo(0.999, within(1e-12));
    }

    @Test
    void weightZeroChangesNothing() {
        double[] p = {0.2, 0.7, 0.1};

        assertThat(NearestExampleRanking.rerank(p, k -> 1 - k, 0)).containsExactly(0.2, 0.7, 0.1);
    }

    @Test
    void mostProbableRanksLargestFirstAndBreaksTiesByIndex() {
        assertThat(NearestExampleRanking.mostProbable(new double[] {0.1, 0.4, 0.1, 0.4}, 3)).containsExactly(1, 3, 0);
    }

    @Test
    void learnsAWeightOnlyWhereNearestExamplesRecogniseHeldOutOnesBetter() {
        // Two intents whose held-out probabilities favour the wrong one, while each example's vector sits next to
        // an example of its own intent in the other fold.
        float[][] vectors = {unit(1, 0.05f), unit(1, -0.05f), unit(0.05f, 1), unit(-0.05f, 1)};
        int[] y = {0, 0, 1, 1};
        int[] folds = {0, 1, 0, 1};
        double[][] misled = {{0.45, 0.55}, {0.45, 0.55}, {0.55, 0.45}, {0.55, 0.45}};
        assertThat(NearestExampleRanking.learnWeight(heldOut(folds, misled), vectors, y, 2)).isPositive();

        double[][] right = {{0.9, 0.1}, {0.9, 0.1}, {0.1, 0.9}, {0.1, 0.9}};
        assertThat(NearestExampleRanking.learnWeight(heldOut(folds, right), vectors, y, 2)).isZero();
        assertThat(NearestExampleRanking.learnWeight(HeldOut.none(1), vectors, y, 2)).isZero();
    }

    private static HeldOut heldOut(int[] folds, double[][] probabilities) {
        int n = folds.length;
        return new HeldOut(new double[] {1}, 1, new double[n], new int[n], new double[n], folds, probabilities);
    }

    private static float[] unit(float x, float y) {
        float norm = (float) Math.sqrt(x * x + y * y);
        return new float[] {x / norm, y / norm};
    }
}
