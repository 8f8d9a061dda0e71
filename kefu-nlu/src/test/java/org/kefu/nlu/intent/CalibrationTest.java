package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CalibrationTest {

    @Test
    void coolsScoresThatAreConfidentButOftenWrong() {
        List<double[]> scores = new ArrayList<>();
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            scores.add(new double[] {10, 0});
            labels[i] = i % 2; // right only half of the time
        }

        double factor = Calibration.fitFactor(scores, labels);

        assertThat(factor).isLessThan(0.05);
        assertThat(Calibration.softmax(new double[] {10, 0}, factor)[0]).isBetween(0.45, 0.55);
    }

    @Test
    void sharpensScoresThatAreTimidButRight() {
        List<double[]> scores = new ArrayList<>();
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            scores.add(i % 10 == 0 ? new double[] {0, 0.5} : new double[] {0.5, 0});
            labels[i] = i % 10 == 0 ? 1 : 0; // always right
        }

        double factor = Calibration.fitFactor(scores, labels);

        assertThat(factor).isGreaterThan(4);
    }

    @Test
    void leavesScoresAloneWithoutHeldOutData() {
        assertThat(Calibration.fitFactor(List.of(), new int[0])).isEqualTo(1);
    }
}
