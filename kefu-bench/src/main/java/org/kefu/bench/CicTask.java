package org.kefu.bench;

import java.util.List;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NoisyLabels;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.eval.EvaluationReport;
import org.kefu.nlu.eval.Evaluator;

/**
 * DataCLUE CIC: 118 Chinese e-commerce intents with deliberately noisy training labels; train on train plus one
 * example per intent from its description in labels.json (examples whose label looks wrong in a
 * cross-validation are moved to the intent they look like or dropped, see {@link NoisyLabels#NOISY}), dev
 * figures are printed for tuning, the final figures come from test_public. With
 * {@code -Dkefu.cic.dev-only=true} the task stops before reading test_public, for tuning runs.
 */
final class CicTask implements BenchmarkTask {

    @Override
    public String name() {
        return "dataclue_cic";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        List<LabeledText> train = IntentDatasets.cicTraining(context.dataDir());
        NluModel model = IntentRuns.train(train, context, NoisyLabels.NOISY);
        EvaluationReport dev = Evaluator.evaluate(
                IntentRuns.predict(model, IntentDatasets.cic(context.dataDir(), "dev")), null);
        context.report().info(String.format(java.util.Locale.ROOT,
                "dataclue_cic dev (tuning only): accuracy %.2f macro_f1 %.2f",
                IntentRuns.percent(dev.accuracy()), IntentRuns.percent(dev.macroF1())));
        if (Boolean.getBoolean("kefu.cic.dev-only")) {
            return; // tuning runs never look at test_public
        }
        EvaluationReport test = Evaluator.evaluate(
                IntentRuns.predict(model, IntentDatasets.cic(context.dataDir(), "test_public")), null);
        context.report().result(name(), "accuracy", IntentRuns.percent(test.accuracy()), "test_public");
        context.report().result(name(), "macro_f1", IntentRuns.percent(test.macroF1()), "target >= 78");
    }
}
