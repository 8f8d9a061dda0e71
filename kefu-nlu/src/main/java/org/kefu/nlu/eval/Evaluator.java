package org.kefu.nlu.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Computes an {@link EvaluationReport} from predictions. */
public final class Evaluator {

    /** Label used for out-of-scope messages when a caller has no label of its own. */
    public static final String OUT_OF_SCOPE = "oos";

    static final int CALIBRATION_BINS = 10;

    private Evaluator() {}

    /**
     * Evaluates predictions.
     *
     * @param predictions the predictions; at least one
     * @param outOfScopeLabel the label meaning "out of scope", or null if the data has none
     * @throws IllegalArgumentException if there are no predictions
     */
    public static EvaluationReport evaluate(List<Prediction> predictions, @Nullable String outOfScopeLabel) {
        if (predictions.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: no predictions");
        }
        TreeSet<String> labelSet = new TreeSet<>();
        for (Prediction p : predictions) {
            labelSet.add(p.expected());
            labelSet.add(p.predicted());
        }
        List<String> labels = List.copyOf(labelSet);
        int[][] counts = new int[labels.size()][labels.size()];
        int correct = 0;
        for (Prediction p : predictions) {
            counts[labels.indexOf(p.expected())][labels.indexOf(p.predicted())]++;
            if (p.correct()) {
                correct++;
            }
        }
        List<LabelScores> perLabel = new ArrayList<>(labels.size());
        double f1Sum = 0;
        for (int i = 0; i < labels.size(); i++) {
            int actual = 0;
            int predicted = 0;
            for (int j = 0; j < labels.size(); j++) {
                actual += counts[i][j];
                predicted += counts[j][i];
            }
            LabelScores scores = LabelScores.of(labels.get(i), counts[i][i], predicted, actual);
            perLabel.add(scores);
            f1Sum += scores.f1();
        }
        List<Prediction> inScope = predictions.stream()
                .filter(p -> !p.expected().equals(outOfScopeLabel))
                .toList();
        return new EvaluationReport(
                predictions.size(),
                (double) correct / predictions.size(),
                f1Sum / labels.size(),
                inScope.isEmpty() ? 0 : (double) inScope.stream().filter(Prediction::correct).count() / inScope.size(),
                outOfScopeLabel == null ? OptionalDouble.empty() : rate(predictions, outOfScopeLabel, true),
                outOfScopeLabel == null ? OptionalDouble.empty() : rate(predictions, outOfScopeLabel, false),
                expectedCalibrationError(inScope),
                perLabel,
                new ConfusionMatrix(labels, counts));
    }

    /** Recall (of expected out-of-scope messages) or precision (of rejected messages) of out-of-scope. */
    private static OptionalDouble rate(List<Prediction> predictions, String oos, boolean recall) {
        int base = 0;
        int hits = 0;
        for (Prediction p : predictions) {
            boolean inBase = recall ? p.expected().equals(oos) : p.predicted().equals(oos);
            if (inBase) {
                base++;
                if (p.correct()) {
                    hits++;
                }
            }
        }
        return base == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / base);
    }

    /**
     * Expected calibration error: messages binned by confidence into ten equal-width bins; the mean over
     * bins of |accuracy - mean confidence|, weighted by the bin's share of messages.
     */
    static double expectedCalibrationError(List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            return 0;
        }
        int[] n = new int[CALIBRATION_BINS];
        double[] confidence = new double[CALIBRATION_BINS];
        int[] correct = new int[CALIBRATION_BINS];
        for (Prediction p : predictions) {
            int bin = Math.min((int) (p.confidence() * CALIBRATION_BINS), CALIBRATION_BINS - 1);
            n[bin]++;
            confidence[bin] += p.confidence();
            if (p.correct()) {
                correct[bin]++;
            }
        }
        double ece = 0;
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (n[b] > 0) {
                ece += Math.abs((double) correct[b] / n[b] - confidence[b] / n[b]) * n[b] / predictions.size();
            }
        }
        return ece;
    }
}
