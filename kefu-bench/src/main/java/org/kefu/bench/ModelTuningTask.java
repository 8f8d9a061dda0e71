package org.kefu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NoisyLabels;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.eval.EvaluationReport;
import org.kefu.nlu.eval.Evaluator;
import org.kefu.nlu.eval.Prediction;

/**
 * Tuning figures of the whole model, trained and asked exactly as the benchmark does ({@link NluModel#train},
 * {@link NluModel#understand}: last clause, nearest-example ranking and n-gram shortcut included), on training and
 * validation data only. Where {@code tune} compares classifier settings, this task compares versions of the code:
 * run it before and after a change. Not part of {@code all}; run it by name ({@code tune-model}), with
 * {@code -Dkefu.tune.data=} a comma-separated choice of
 *
 * <ul>
 *   <li>{@code banking77} (default): the train split shuffled with each seed of {@code kefu.tune.seeds} (default
 *       {@code 1,2,3,4}) and cut 90/10, accuracy on the tenth held out, per seed and on average
 *       ({@code -Dkefu.tune.errors=true} lists the held-out messages it got wrong);
 *   <li>{@code clinc150}: train → val + oos_val, in-scope accuracy at the threshold the benchmark would choose;
 *   <li>{@code dataclue_cic}: train and the label descriptions → dev, accuracy and macro-F1.
 * </ul>
 */
final class ModelTuningTask implements BenchmarkTask {

    @Override
    public String name() {
        return "tune-model";
    }

    @Override
    public String group() {
        return "tuning";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        for (String data : System.getProperty("kefu.tune.data", "banking77").split(",")) {
            switch (data.trim()) {
                case "clinc150" -> clinc150(context);
                case "dataclue_cic" -> cic(context);
                case "banking77" -> banking77(context);
                default -> throw new IllegalArgumentException("unknown tuning data: " + data);
            }
        }
    }

    private static void banking77(BenchContext context) throws Exception {
        List<LabeledText> train = IntentDatasets.banking77(context.dataDir(), "train");
        StringBuilder line = new StringBuilder("banking77 90/10 accuracy by seed:");
        double sum = 0;
        String[] seeds = System.getProperty("kefu.tune.seeds", "1,2,3,4").split(",");
        for (String seed : seeds) {
            List<LabeledText> shuffled = new ArrayList<>(train);
            Collections.shuffle(shuffled, new Random(Long.parseLong(seed.trim())));
            int cut = shuffled.size() * 9 / 10;
            NluModel model = IntentRuns.train(shuffled.subList(0, cut), context);
            List<LabeledText> held = shuffled.subList(cut, shuffled.size());
            List<Prediction> predictions = IntentRuns.predict(model, held);
            if (Boolean.getBoolean("kefu.tune.errors")) {
                listErrors(context, held, predictions);
            }
            double accuracy = IntentRuns.percent(Evaluator.evaluate(predictions, null).accuracy());
            sum += accuracy;
            line.append(String.format(Locale.ROOT, " %s: %.2f", seed.trim(), accuracy));
        }
        line.append(String.format(Locale.ROOT, " | mean %.2f", sum / seeds.length));
        context.report().info(line.toString());
    }

    private static void listErrors(BenchContext context, List<LabeledText> held, List<Prediction> predictions) {
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            if (!p.correct()) {
                context.report().info(String.format(Locale.ROOT, "wrong: %s → %s (%.3f) %s", p.expected(),
                        p.predicted(), p.confidence(), held.get(i).text()));
            }
        }
    }

    private static void clinc150(BenchContext context) {
        Map<String, List<LabeledText>> splits = IntentDatasets.clinc150(context.dataDir());
        NluModel model = IntentRuns.train(splits.get("train"), context);
        List<LabeledText> val = new ArrayList<>(splits.get("val"));
        val.addAll(splits.get("oos_val"));
        List<Prediction> predictions = IntentRuns.predictInScope(model, val);
        double threshold = Clinc150Task.chooseThreshold(predictions);
        EvaluationReport r = Evaluator.evaluate(
                IntentRuns.withThreshold(predictions, threshold, Clinc150Task.OOS), Clinc150Task.OOS);
        context.report().info(String.format(Locale.ROOT,
                "clinc150 val: threshold %.3f, in-scope %.2f, oos recall %.2f", threshold,
                IntentRuns.percent(r.inScopeAccuracy()), IntentRuns.percent(r.outOfScopeRecall().orElse(0))));
    }

    private static void cic(BenchContext context) throws Exception {
        NluModel model = IntentRuns.train(IntentDatasets.cicTraining(context.dataDir()), context, NoisyLabels.NOISY);
        EvaluationReport r = Evaluator.evaluate(
                IntentRuns.predict(model, IntentDatasets.cic(context.dataDir(), "dev")), null);
        context.report().info(String.format(Locale.ROOT, "dataclue_cic dev: accuracy %.2f, macro-F1 %.2f",
                IntentRuns.percent(r.accuracy()), IntentRuns.percent(r.macroF1())));
    }
}
