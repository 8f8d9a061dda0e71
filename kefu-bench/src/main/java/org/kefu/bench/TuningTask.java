package org.kefu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.intent.IntentClassifier;
import org.kefu.nlu.intent.IntentTrainer;
import org.kefu.nlu.intent.Member;
import org.kefu.nlu.text.TextPipeline;

/**
 * Hyper-parameter comparison on training data only: Banking77's train split is cut 90/10 with a fixed seed
 * and each candidate setting is trained on the 90 and scored on the 10. Not part of {@code all}; run it by
 * name ({@code tune}).
 */
final class TuningTask implements BenchmarkTask {

    private record Candidate(String name, IntentTrainer.Builder builder) {}

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
        List<LabeledText> all = new ArrayList<>(IntentDatasets.banking77(context.dataDir(), "train"));
        Collections.shuffle(all, new Random(1));
        int cut = all.size() * 9 / 10;
        List<IntentTrainer.Example> train = examples(all.subList(0, cut));
        List<IntentTrainer.Example> held = examples(all.subList(cut, all.size()));
        for (Candidate c : candidates(context)) {
            long start = System.nanoTime();
            IntentClassifier classifier = c.builder().build().train(train);
            double seconds = (System.nanoTime() - start) / 1e9;
            int correct = 0;
            for (IntentTrainer.Example e : held) {
                if (classifier.rank(e.input(), 1).getFirst().intent().equals(e.label())) {
                    correct++;
                }
            }
            context.report().info(String.format(Locale.ROOT, "%-40s held-out accuracy %.2f  (train %.1f s)",
                    c.name(), 100.0 * correct / held.size(), seconds));
        }
    }

    private static List<Candidate> candidates(BenchContext context) {
        List<Candidate> candidates = new ArrayList<>();
        for (int epochs : new int[] {12, 30}) {
            for (double lr : new double[] {0.2, 0.5}) {
                candidates.add(new Candidate("sparse+dense avg e" + epochs + " lr" + lr, base(context)
                        .epochs(epochs).learningRate(lr)));
                candidates.add(new Candidate("joint(1,1) e" + epochs + " lr" + lr, base(context)
                        .epochs(epochs).learningRate(lr).members(List.of(new Member(1, 1)))));
            }
        }
        candidates.add(new Candidate("joint(1,2) e30 lr0.5", base(context).epochs(30).learningRate(0.5)
                .members(List.of(new Member(1, 2)))));
        candidates.add(new Candidate("sparse+dense+joint e30 lr0.5", base(context).epochs(30).learningRate(0.5)
                .members(List.of(Member.SPARSE, Member.DENSE, new Member(1, 1)))));
        return candidates;
    }

    private static IntentTrainer.Builder base(BenchContext context) {
        return IntentTrainer.builder().embeddings(context.embeddings());
    }

    private static List<IntentTrainer.Example> examples(List<LabeledText> texts) {
        TextPipeline pipeline = TextPipeline.standard();
        return texts.stream().map(t -> {
            var a = pipeline.analyze(t.text());
            return new IntentTrainer.Example(
                    new org.kefu.nlu.intent.IntentInput(a.normalized(), a.terms(), a.language()), t.label());
        }).toList();
    }
}
