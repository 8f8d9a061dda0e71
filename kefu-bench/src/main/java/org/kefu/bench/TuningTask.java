package org.kefu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.eval.EvaluationReport;
import org.kefu.nlu.eval.Evaluator;
import org.kefu.nlu.eval.Prediction;
import org.kefu.nlu.intent.IntentClassifier;
import org.kefu.nlu.intent.IntentInput;
import org.kefu.nlu.intent.IntentTrainer;
import org.kefu.nlu.intent.LinearSolver;
import org.kefu.nlu.intent.Member;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

/**
 * Hyper-parameter comparison on training and validation data only, never on a test split. Not part of
 * {@code all}; run it by name ({@code tune}). System properties choose what to compare:
 *
 * <ul>
 *   <li>{@code kefu.tune.data}: {@code banking77} (default; its train split cut 90/10 with a fixed seed),
 *       {@code dataclue_cic} (train and the label descriptions → dev) or {@code clinc150} (train → val + oos_val);
 *   <li>{@code kefu.tune.candidates}: space-separated {@code SOLVER/C/MEMBERS}, members as comma-separated
 *       {@code sparseWeight:denseWeight}, then optionally {@code /DENSE_MODEL} (a bge model name, or {@code auto} by
 *       language) and {@code /P} to drop training examples whose held-out
 *       probability of their own label is below P, {@code /W}, the class-weight power, and {@code /R}, the
 *       held-out probability from which such an example is moved to the intent it looks like instead of dropped,
 *       e.g. {@code LOGISTIC_REGRESSION/10/1:0,0:1,1:2};
 *   <li>{@code kefu.tune.shortcut}: {@code false} to embed every message, for comparing answers with and without
 *       the n-gram shortcut (default {@code true}, as shipped).
 * </ul>
 */
final class TuningTask implements BenchmarkTask {

    static final String DEFAULT_CANDIDATES = "LOGISTIC_REGRESSION/10/1:2 LOGISTIC_REGRESSION/10/1:0,0:1";

    @Override
    public String name() {
        return "tune";
    }

    @Override
    public String group() {
        return "tuning";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        String data = System.getProperty("kefu.tune.data", "banking77");
        List<LabeledText> trainTexts;
        List<LabeledText> heldTexts;
        switch (data) {
            case "dataclue_cic" -> {
                trainTexts = IntentDatasets.cicTraining(context.dataDir());
                heldTexts = IntentDatasets.cic(context.dataDir(), "dev");
            }
            case "clinc150" -> {
                Map<String, List<LabeledText>> splits = IntentDatasets.clinc150(context.dataDir());
                trainTexts = splits.get("train");
                heldTexts = new ArrayList<>(splits.get("val"));
                heldTexts.addAll(splits.get("oos_val"));
            }
            default -> {
                List<LabeledText> all = new ArrayList<>(IntentDatasets.banking77(context.dataDir(), "train"));
                Collections.shuffle(all, new Random(1));
                int cut = all.size() * 9 / 10;
                trainTexts = all.subList(0, cut);
                heldTexts = all.subList(cut, all.size());
            }
        }
        List<IntentTrainer.Example> train = examples(trainTexts);
        List<IntentTrainer.Example> held = examples(heldTexts);
        for (String spec : System.getProperty("kefu.tune.candidates", DEFAULT_CANDIDATES).trim().split("\\s+")) {
            long start = System.nanoTime();
            IntentClassifier classifier = builder(spec, context).build().train(train);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Prediction> predictions = new ArrayList<>(held.size());
            for (IntentTrainer.Example e : held) {
                var verdict = classifier.classify(e.input(), 1);
                var top = verdict.intents().getFirst();
                // CLINC150's out-of-scope threshold applies to the in-scope score, the others' ECE to the probability.
                double confidence = data.equals("clinc150") ? verdict.inScopeScore() : top.confidence();
                predictions.add(new Prediction(e.label(), top.intent(), Math.clamp(confidence, 0.0, 1.0)));
            }
            context.report().info(String.format(Locale.ROOT, "%s %-50s %s  (train %.1f s)", data, spec,
                    describe(data, predictions), seconds));
        }
    }

    private static String describe(String data, List<Prediction> predictions) {
        if (data.equals("clinc150")) {
            double threshold = Clinc150Task.chooseThreshold(predictions);
            EvaluationReport r = Evaluator.evaluate(
                    IntentRuns.withThreshold(predictions, threshold, Clinc150Task.OOS), Clinc150Task.OOS);
            List<Prediction> inScope = predictions.stream()
                    .filter(p -> !p.expected().equals(Clinc150Task.OOS)).toList();
            return String.format(Locale.ROOT, "raw in-scope %.2f | at t=%.3f in-scope %.2f oos recall %.2f",
                    100 * Evaluator.evaluate(inScope, null).accuracy(), threshold, 100 * r.inScopeAccuracy(),
                    100 * r.outOfScopeRecall().orElse(0));
        }
        EvaluationReport r = Evaluator.evaluate(predictions, null);
        return String.format(Locale.ROOT, "accuracy %.2f macro-F1 %.2f ECE %.2f", 100 * r.accuracy(),
                100 * r.macroF1(), 100 * r.expectedCalibrationError());
    }

    private static IntentTrainer.Builder builder(String spec, BenchContext context) {
        String[] parts = spec.split("/");
        List<Member> members = new ArrayList<>();
        for (String m : parts[2].split(",")) {
            String[] w = m.split(":");
            members.add(new Member(Double.parseDouble(w[0]), Double.parseDouble(w[1])));
        }
        IntentTrainer.Builder builder = IntentTrainer.builder().embeddings(context.embeddings())
                .solver(LinearSolver.valueOf(parts[0])).c(Double.parseDouble(parts[1])).members(members)
                .shortcut(!"false".equals(System.getProperty("kefu.tune.shortcut")));
        if (parts.length > 3 && !parts[3].equals("auto")) {
            builder.denseModel(parts[3]);
        }
        if (parts.length > 4) {
            builder.dropSuspectLabels(Double.parseDouble(parts[4]));
        }
        if (parts.length > 5) {
            builder.classWeightPower(Double.parseDouble(parts[5]));
        }
        if (parts.length > 6) {
            builder.relabelSuspects(Double.parseDouble(parts[6]));
        }
        return builder;
    }

    private static List<IntentTrainer.Example> examples(List<LabeledText> texts) {
        TextPipeline pipeline = TextPipeline.standard();
        return texts.stream().map(t -> {
            AnalyzedText a = pipeline.analyze(t.text());
            return new IntentTrainer.Example(new IntentInput(a.normalized(), a.terms(), a.language()), t.label());
        }).toList();
    }
}
