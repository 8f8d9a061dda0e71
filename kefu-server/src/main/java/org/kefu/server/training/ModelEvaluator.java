package org.kefu.server.training;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.Understander;
import org.kefu.nlu.eval.CrossValidation;
import org.kefu.nlu.eval.EvaluationReport;
import org.kefu.nlu.eval.Evaluator;
import org.kefu.nlu.eval.Prediction;

/**
 * Evaluates a new version against the live one (see {@link Evaluation}): stratified k-fold cross-validation of
 * the new version's training recipe on the bot's labelled questions, and the live model's answers to the same
 * questions.
 */
final class ModelEvaluator {

    private final int folds;
    private final long seed;

    ModelEvaluator(int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("kefu.training.folds must be at least 2: " + folds);
        }
        this.folds = folds;
        this.seed = seed;
    }

    /**
     * @param progress told (percent of this evaluation, stage) as folds finish
     */
    Evaluation evaluate(BotDefinition definition, List<LabeledQuestion> questions, NluOptions options,
            @Nullable Understander live, @Nullable String liveVersion, BiConsumer<Integer, String> progress) {
        Set<String> inert = inertIntents(definition);
        int[] fold = folds(questions);
        String[] candidate = new String[questions.size()];
        double[] confidence = new double[questions.size()];
        for (int f = 0; f < folds; f++) {
            progress.accept(f * 90 / folds, "cross-validating");
            List<LabeledQuestion> training = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                if (fold[i] != f) {
                    training.add(questions.get(i));
                }
            }
            NluModel model = NluModel.train(TrainingSet.trainingData(definition, training), options);
            for (int i = 0; i < questions.size(); i++) {
                if (fold[i] == f) {
                    var u = model.understand(questions.get(i).text());
                    candidate[i] = normalize(Decision.label(u, definition), inert);
                    confidence[i] = Decision.confidence(u);
                }
            }
        }
        progress.accept(90, "evaluating-live");
        String[] liveAnswers = new String[questions.size()];
        double[] liveConfidence = new double[questions.size()];
        if (live != null) {
            for (int i = 0; i < questions.size(); i++) {
                var u = live.understand(questions.get(i).text());
                liveAnswers[i] = normalize(Decision.label(u, definition), inert);
                liveConfidence[i] = Decision.confidence(u);
            }
        }
        List<LabeledQuestion> expected = questions.stream()
                .map(q -> new LabeledQuestion(q.text(), normalize(q.label(), inert), q.real())).toList();
        List<Evaluation.RealQuestion> real = new ArrayList<>();
        List<Evaluation.Wrong> wrong = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            LabeledQuestion q = expected.get(i);
            if (q.real()) {
                real.add(new Evaluation.RealQuestion(q.text(), q.label(), live == null ? null : liveAnswers[i],
                        candidate[i]));
            }
            if (!candidate[i].equals(q.label()) && wrong.size() < Evaluation.MAX_WRONG) {
                wrong.add(new Evaluation.Wrong(q.text(), q.label(), candidate[i], q.real()));
            }
        }
        // real questions first: they are what this version was trained to fix
        wrong.sort((a, b) -> Boolean.compare(b.real(), a.real()));
        return new Evaluation(folds, liveVersion, figures(expected, candidate, confidence),
                live == null ? null : figures(expected, liveAnswers, liveConfidence), real, wrong);
    }

    /**
     * Intents that make the bot do nothing of their own (no reply, handoff, follow-up or flow), such as an
     * {@code out_of_scope} intent: recognising them ends in the fallback, so they count as {@link Decision#NONE}.
     */
    static Set<String> inertIntents(BotDefinition definition) {
        Set<String> inert = new HashSet<>();
        for (IntentDef i : definition.intents()) {
            if (i.reply() == null && i.handoff() == null && i.followUp() == null
                    && definition.flowTriggeredBy(i.name()).isEmpty()) {
                inert.add("intent:" + i.name());
            }
        }
        return inert;
    }

    private static String normalize(String label, Set<String> inert) {
        return inert.contains(label) ? Decision.NONE : label;
    }

    private static Evaluation.Figures figures(List<LabeledQuestion> questions, String[] answers, double[] confidence) {
        List<Prediction> predictions = new ArrayList<>();
        int real = 0;
        int realRight = 0;
        for (int i = 0; i < questions.size(); i++) {
            predictions.add(new Prediction(questions.get(i).label(), answers[i], Math.min(1, Math.max(0, confidence[i]))));
            if (questions.get(i).real()) {
                real++;
                if (answers[i].equals(questions.get(i).label())) {
                    realRight++;
                }
            }
        }
        EvaluationReport report = Evaluator.evaluate(predictions, Decision.NONE);
        return new Evaluation.Figures(report.total(), report.accuracy(), report.macroF1(),
                real == 0 ? 0 : (double) realRight / real,
                report.perLabel().stream().map(s -> new Evaluation.LabelFigures(s.label(), s.precision(), s.recall(),
                        s.f1(), s.support())).toList(),
                new Evaluation.Confusion(report.confusion().labels(), report.confusion().counts()));
    }

    /** Stratified folds, dealt the same way as the NLU's own cross-validation. */
    int[] folds(List<LabeledQuestion> questions) {
        return new CrossValidation(folds, seed).foldsOf(questions.stream().map(LabeledQuestion::label).toList());
    }
}
