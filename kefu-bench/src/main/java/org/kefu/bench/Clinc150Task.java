package org.kefu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.eval.EvaluationReport;
import org.kefu.nlu.eval.Evaluator;
import org.kefu.nlu.eval.Prediction;

/**
 * CLINC150 (data_full): trained on the 150 in-scope intents only; the out-of-scope threshold on the model's
 * in-scope score ({@link org.kefu.nlu.Understanding#inScopeScore()}) is the one with the best in-scope accuracy
 * on val among those rejecting at least 70% of oos_val; figures on test + oos_test.
 */
final class Clinc150Task implements BenchmarkTask {

    static final String OOS = "oos";
    /**
     * The operating point: reject at least this share of val's out-of-scope messages. The target is 60
     * on test; val has only 100 out-of-scope messages (one standard error is about 5 points), hence the margin.
     */
    static final double MIN_VAL_OOS_RECALL = 0.70;

    @Override
    public String name() {
        return "clinc150";
    }

    @Override
    public void run(BenchContext context) {
        Map<String, List<LabeledText>> splits = IntentDatasets.clinc150(context.dataDir());
        NluModel model = IntentRuns.train(splits.get("train"), context);
        List<Prediction> val = IntentRuns.predictInScope(model, concat(splits.get("val"), splits.get("oos_val")));
        double threshold = chooseThreshold(val);
        EvaluationReport atVal = Evaluator.evaluate(IntentRuns.withThreshold(val, threshold, OOS), OOS);
        context.report().info(String.format(Locale.ROOT,
                "clinc150 threshold %.3f chosen on val: in-scope %.2f, oos recall %.2f", threshold,
                IntentRuns.percent(atVal.inScopeAccuracy()), IntentRuns.percent(atVal.outOfScopeRecall().orElse(0))));
        List<Prediction> test = IntentRuns.withThreshold(
                IntentRuns.predictInScope(model, concat(splits.get("test"), splits.get("oos_test"))), threshold,
                OOS);
        EvaluationReport r = Evaluator.evaluate(test, OOS);
        context.report().result(name(), "in_scope_accuracy", IntentRuns.percent(r.inScopeAccuracy()), "target >= 95.0");
        context.report().result(name(), "oos_recall", IntentRuns.percent(r.outOfScopeRecall().orElse(0)),
                "target >= 60");
        context.report().result(name(), "oos_precision", IntentRuns.percent(r.outOfScopePrecision().orElse(0)), "");
        context.report().result(name(), "threshold", threshold,
                "chosen on val + oos_val: best in-scope accuracy with oos recall >= 70");
    }

    /**
     * The threshold, among all observed confidences, with the best in-scope accuracy whose out-of-scope recall is
     * at least {@link #MIN_VAL_OOS_RECALL} (a message is accepted when its confidence is at least the threshold);
     * if none reaches that recall, the one with the highest recall.
     */
    static double chooseThreshold(List<Prediction> predictions) {
        long inScope = predictions.stream().filter(p -> !p.expected().equals(OOS)).count();
        long outOfScope = predictions.size() - inScope;
        double best = 0;
        double bestAccuracy = -1;
        double bestRecall = -1;
        for (double t : predictions.stream().mapToDouble(Prediction::confidence).distinct().sorted().toArray()) {
            long accepted = 0;
            long rejectedOos = 0;
            for (Prediction p : predictions) {
                if (p.expected().equals(OOS)) {
                    rejectedOos += p.confidence() < t ? 1 : 0;
                } else if (p.confidence() >= t && p.correct()) {
                    accepted++;
                }
            }
            double accuracy = (double) accepted / Math.max(1, inScope);
            double recall = (double) rejectedOos / Math.max(1, outOfScope);
            boolean enough = recall >= MIN_VAL_OOS_RECALL;
            boolean better = enough
                    ? bestRecall < MIN_VAL_OOS_RECALL || accuracy > bestAccuracy
                    : bestRecall < MIN_VAL_OOS_RECALL && recall > bestRecall;
            if (better) {
                best = t;
                bestAccuracy = accuracy;
                bestRecall = recall;
            }
        }
        return best;
    }

    private static List<LabeledText> concat(List<LabeledText> a, List<LabeledText> b) {
        List<LabeledText> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
