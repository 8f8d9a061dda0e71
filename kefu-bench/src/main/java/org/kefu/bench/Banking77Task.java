package org.kefu.bench;

import java.util.List;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.eval.EvaluationReport;
import org.kefu.nlu.eval.Evaluator;

/** Banking77: 77 English banking intents; train on train.csv, accuracy on test.csv. */
final class Banking77Task implements BenchmarkTask {

    @Override
    public String name() {
        return "banking77";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        List<LabeledText> train = IntentDatasets.banking77(context.dataDir(), "train");
        List<LabeledText> test = IntentDatasets.banking77(context.dataDir(), "test");
        NluModel model = IntentRuns.train(train, context);
        EvaluationReport r = Evaluator.evaluate(IntentRuns.predict(model, test), null);
        context.report().result(name(), "accuracy", IntentRuns.percent(r.accuracy()), "target >= 94.5");
        context.report().result(name(), "macro_f1", IntentRuns.percent(r.macroF1()), "");
        context.report().result(name(), "ece", IntentRuns.percent(r.expectedCalibrationError()), "calibration error");
    }
}
