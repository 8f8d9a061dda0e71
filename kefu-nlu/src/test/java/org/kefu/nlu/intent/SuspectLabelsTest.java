package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SuspectLabelsTest {

    @Test
    void dropsExamplesWhoseLabelGotALowHeldOutProbability() {
        int[] kept = SuspectLabels.kept(new int[] {0, 0, 1, 1}, 2, new double[] {0.9, 0.01, 0.8, Double.NaN}, 0.05);

        assertThat(kept).containsExactly(0, 2, 3);
    }

    @Test
    void keepsEveryIntentEvenIfAllItsExamplesLookWrong() {
        int[] kept = SuspectLabels.kept(new int[] {0, 0, 1}, 2, new double[] {0.9, 0.9, 0.01}, 0.05);

        assertThat(kept).containsExactly(0, 1, 2);
    }

    @Test
    void movesAConfidentlyMisplacedSuspectAndDropsAnUnclearOne() {
        int[] y = {0, 0, 1, 1, 1};
        HeldOut heldOut = new HeldOut(new double[] {1}, 1,
                new double[] {0.9, 0.01, 0.8, 0.02, 0.7}, new int[] {0, 1, 1, 0, 1},
                new double[] {0.9, 0.85, 0.8, 0.4, 0.7}, new int[] {0, 1, 2, 3, 4}, new double[0][]);

        SuspectLabels.Cleaned cleaned = SuspectLabels.cleaned(y, 2, heldOut, 0.05, 0.5);

        assertThat(cleaned.indices()).containsExactly(0, 1, 2, 4);
        assertThat(cleaned.labels()).containsExactly(0, 1, 1, 1);
    }

    @Test
    void dropsEverySuspectWhenRelabellingIsOff() {
        HeldOut heldOut = new HeldOut(new double[] {1}, 1, new double[] {0.9, 0.01, 0.8},
                new int[] {0, 1, 1}, new double[] {0.9, 0.99, 0.8}, new int[] {0, 1, 2}, new double[0][]);

        SuspectLabels.Cleaned cleaned = SuspectLabels.cleaned(new int[] {0, 0, 1}, 2, heldOut, 0.05, 2);

        assertThat(cleaned.indices()).containsExactly(0, 2);
        assertThat(cleaned.labels()).containsExactly(0, 1);
    }

    @Test
    void trainingMovesAMislabelledExampleToTheIntentItLooksLike() {
        List<IntentTrainer.Example> data = new ArrayList<>(IntentTrainerTest.examples());
        data.add(new IntentTrainer.Example(IntentTrainerTest.input("refund my money please"), "greet"));

        IntentClassifier classifier = IntentTrainer.builder().members(List.of(Member.SPARSE)).dropSuspectLabels(0.1)
                .relabelSuspects(0.3).build().train(data);

        assertThat(classifier.rank(IntentTrainerTest.input("refund my money please"), 1).getFirst().intent())
                .isEqualTo("refund");
    }

    @Test
    void trainingWithoutSuspectLabelsStillLearnsAroundAMislabelledExample() {
        List<IntentTrainer.Example> data = new ArrayList<>(IntentTrainerTest.examples());
        data.add(new IntentTrainer.Example(IntentTrainerTest.input("refund my money please"), "greet"));

        IntentClassifier classifier = IntentTrainer.builder().members(List.of(Member.SPARSE)).dropSuspectLabels(0.1)
                .build().train(data);

        assertThat(classifier.rank(IntentTrainerTest.input("refund my money please"), 1).getFirst().intent())
                .isEqualTo("refund");
    }
}
