package org.kefu.nlu.eval;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Figures of one evaluation. All rates are in [0, 1].
 *
 * @param total number of evaluated messages
 * @param accuracy share of messages whose prediction equals the expected label, out-of-scope ones included
 * @param macroF1 mean F1 over every label that was expected or predicted
 * @param inScopeAccuracy share of in-scope messages predicted as their intent (a rejection counts as wrong);
 *     equal to {@code accuracy} when there is no out-of-scope label
 * @param outOfScopeRecall share of out-of-scope messages that were rejected; empty when none was expected
 * @param outOfScopePrecision share of rejected messages that were out of scope; empty when none was rejected
 * @param expectedCalibrationError over in-scope messages, the support-weighted mean gap between
 *     confidence and accuracy in ten equal-width confidence bins
 * @param perLabel precision, recall and F1 per label, sorted by label
 * @param confusion the confusion matrix
 */
public record EvaluationReport(
        int total,
        double accuracy,
        double macroF1,
        double inScopeAccuracy,
        OptionalDouble outOfScopeRecall,
        OptionalDouble outOfScopePrecision,
        double expectedCalibrationError,
        List<LabelScores> perLabel,
        ConfusionMatrix confusion) {

    public EvaluationReport {
        perLabel = List.copyOf(perLabel);
    }

    /** The scores of one label, if it occurred. */
    public Optional<LabelScores> label(String label) {
        return perLabel.stream().filter(s -> s.label().equals(label)).findFirst();
    }
}
