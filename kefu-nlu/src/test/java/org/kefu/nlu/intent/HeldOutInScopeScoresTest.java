package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class HeldOutInScopeScoresTest {

    @Test
    void comparesEachHeldOutExampleOnlyWithTheExamplesItsModelWasTrainedOn() {
        float[] east = {1, 0};
        float[] northEast = {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)};
        float[] north = {0, 1};
        // Examples 0 and 1 share fold 0, so example 0's nearest same-intent neighbour is example 2, not its twin.
        float[][] vectors = {east, east, northEast, north};
        int[] y = {0, 0, 0, 1};
        int[] folds = {0, 0, 1, 1};
        HeldOut heldOut = new HeldOut(new double[] {1}, 1, new double[] {0.8, 0.8, 0.6, 0.9},
                new int[] {0, -1, 0, 0}, new double[] {0.8, Double.NaN, 0.6, 0.7}, folds,
                new double[][] {{0.8, 0.2}, null, {0.6, 0.4}, {0.7, 0.3}});

        double[] scores = HeldOutInScopeScores.of(heldOut, vectors, y, 2, 0);

        assertThat(scores).hasSize(3);
        // Example 0: taken for intent 0; its neighbours in other folds: example 2 (cosine 0.707).
        assertThat(scores[0]).isCloseTo(IntentClassifier.inScopeScore(0.8, Math.sqrt(0.5)), within(1e-6));
        // Example 2: taken for intent 0; other-fold examples of intent 0: 0 and 1 (cosine 0.707).
        assertThat(scores[1]).isCloseTo(IntentClassifier.inScopeScore(0.6, Math.sqrt(0.5)), within(1e-6));
        // Example 3 was taken for intent 0 although labelled 1; nearest intent-0 example elsewhere: east, cosine 0.
        assertThat(scores[2]).isCloseTo(IntentClassifier.inScopeScore(0.7, 0), within(1e-6));
    }

    @Test
    void scoresTheIntentThatTheRerankingPutsOnTop() {
        float[] east = {1, 0};
        float[] north = {0, 1};
        // Example 2 (fold 1) looks like intent 1's example in fold 0, though its model found intent 0 more probable.
        float[][] vectors = {east, north, north};
        int[] y = {0, 1, 1};
        int[] folds = {0, 0, 1};
        double[] p = {0.6, 0.4};
        HeldOut heldOut = new HeldOut(new double[] {1}, 1, new double[] {0.5, 0.5, 0.4}, new int[] {-1, -1, 0},
                new double[] {Double.NaN, Double.NaN, 0.6}, folds, new double[][] {null, null, p});

        double[] plain = HeldOutInScopeScores.of(heldOut, vectors, y, 2, 0);
        double[] reranked = HeldOutInScopeScores.of(heldOut, vectors, y, 2, 10);

        assertThat(plain).containsExactly(IntentClassifier.inScopeScore(0.6, 0));
        double[] q = NearestExampleRanking.rerank(p, k -> k == 1 ? 1 : 0, 10);
        assertThat(q[1]).isGreaterThan(0.9);
        assertThat(reranked[0]).isCloseTo(IntentClassifier.inScopeScore(q[1], 1), within(1e-9));
    }

    @Test
    void theScoreBlendsProbabilityAndCosineAndIgnoresNegativeCosines() {
        assertThat(IntentClassifier.inScopeScore(1, 1)).isEqualTo(1);
        assertThat(IntentClassifier.inScopeScore(0.5, -0.9)).isEqualTo(IntentClassifier.inScopeScore(0.5, 0));
        assertThat(IntentClassifier.inScopeScore(0.9, 0.2)).isLessThan(IntentClassifier.inScopeScore(0.5, 0.9));
    }
}
