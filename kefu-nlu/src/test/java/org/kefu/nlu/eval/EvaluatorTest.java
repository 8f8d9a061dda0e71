package org.kefu.nlu.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class EvaluatorTest {

    // expected a: a, a, b      expected b: b, oos     expected oos: oos, a
    private static final List<Prediction> PREDICTIONS = List.of(
            new Prediction("a", "a", 0.9),
            new Prediction("a", "a", 0.8),
            new Prediction("a", "b", 0.6),
            new Prediction("b", "b", 0.7),
            new Prediction("b", "oos", 0.2),
            new Prediction("oos", "oos", 0.1),
            new Prediction("oos", "a", 0.55));

    @Test
    void computesAccuracyAndPerLabelScoresByHand() {
        EvaluationReport r = Evaluator.evaluate(PREDICTIONS, "oos");
        assertThat(r.total()).isEqualTo(7);
        assertThat(r.accuracy()).isCloseTo(4.0 / 7, within(1e-12));
        // a: tp 2, predicted 3, actual 3 -> p 2/3, r 2/3
        assertThat(r.label("a").orElseThrow().precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.label("a").orElseThrow().recall()).isCloseTo(2.0 / 3, within(1e-12));
        // b: tp 1, predicted 2, actual 2 -> f1 0.5
        assertThat(r.label("b").orElseThrow().f1()).isCloseTo(0.5, within(1e-12));
        // oos: tp 1, predicted 2, actual 2 -> f1 0.5
        assertThat(r.macroF1()).isCloseTo((2.0 / 3 + 0.5 + 0.5) / 3, within(1e-12));
    }

    @Test
    void computesOutOfScopeFigures() {
        EvaluationReport r = Evaluator.evaluate(PREDICTIONS, "oos");
        assertThat(r.inScopeAccuracy()).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(r.outOfScopeRecall()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(r.outOfScopePrecision()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(Evaluator.evaluate(PREDICTIONS, null).outOfScopeRecall()).isEmpty();
    }

    @Test
    void buildsTheConfusionMatrix() {
        ConfusionMatrix m = Evaluator.evaluate(PREDICTIONS, "oos").confusion();
        assertThat(m.labels()).containsExactly("a", "b", "oos");
        assertThat(m.count("a", "b")).isEqualTo(1);
        assertThat(m.count("oos", "a")).isEqualTo(1);
        assertThat(m.count("b", "b")).isEqualTo(1);
        assertThat(m.count("x", "a")).isZero();
    }

    @Test
    void calibrationErrorIsZeroForPerfectlyCalibratedBins() {
        // bin [0.5, 0.6): two at 0.5, one right -> gap 0; bin [0.9, 1]: one at 1.0, right -> gap 0
        List<Prediction> calibrated = List.of(
                new Prediction("a", "a", 0.5), new Prediction("a", "b", 0.5), new Prediction("a", "a", 1.0));
        assertThat(Evaluator.expectedCalibrationError(calibrated)).isCloseTo(0, within(1e-12));
    }

    @Test
    void calibrationErrorWeighsBinsByTheirShare() {
        // bin 9: confidence 0.95, accuracy 0 -> gap 0.95, weight 1/2; bin 2: confidence 0.2, accuracy 1 -> 0.8
        List<Prediction> overconfident = List.of(new Prediction("a", "b", 0.95), new Prediction("a", "a", 0.2));
        assertThat(Evaluator.expectedCalibrationError(overconfident)).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void refusesToEvaluateNothing() {
        assertThatThrownBy(() -> Evaluator.evaluate(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
