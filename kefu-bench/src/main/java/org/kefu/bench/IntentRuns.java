package org.kefu.bench;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.NoisyLabels;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.Understanding;
import org.kefu.nlu.eval.Evaluator;
import org.kefu.nlu.eval.Prediction;

/** Training an {@link NluModel} on a data set's examples and predicting a split with it, as a bot would. */
final class IntentRuns {

    private IntentRuns() {}

    /** Trains with a fixed threshold of 0: out-of-scope thresholds are applied afterwards, when tuned. */
    static NluModel train(List<LabeledText> examples, BenchContext context) {
        return train(examples, context, NoisyLabels.TRUSTED);
    }

    /** As {@link #train(List, BenchContext)}, judging the training labels as {@code labels} says. */
    static NluModel train(List<LabeledText> examples, BenchContext context, NoisyLabels labels) {
        TrainingData data = new TrainingData(examples, List.of(), List.of(), List.of());
        return NluModel.train(data, NluOptions.defaults().withEmbeddings(context.embeddings())
                .withOutOfScopeThreshold(0).withLabels(labels));
    }

    /** One top-intent prediction per example, computed on the common pool (results keep their order). */
    static List<Prediction> predict(NluModel model, List<LabeledText> examples) {
        return predict(model, examples, (u, top) -> top.confidence());
    }

    /**
     * As {@link #predict(NluModel, List)}, but each prediction's confidence is the message's
     * {@link Understanding#inScopeScore()}: what the model's out-of-scope threshold applies to.
     */
    static List<Prediction> predictInScope(NluModel model, List<LabeledText> examples) {
        return predict(model, examples, (u, top) -> u.inScopeScore());
    }

    private static List<Prediction> predict(NluModel model, List<LabeledText> examples,
            ToDoubleBiFunction<Understanding, IntentScore> confidence) {
        Prediction[] predictions = new Prediction[examples.size()];
        IntStream.range(0, examples.size()).parallel().forEach(i -> {
            Understanding u = model.understand(examples.get(i).text());
            predictions[i] = u.topIntent()
                    .map(top -> new Prediction(examples.get(i).label(), top.intent(),
                            confidence.applyAsDouble(u, top)))
                    .orElseGet(() -> new Prediction(examples.get(i).label(), Evaluator.OUT_OF_SCOPE, 0));
        });
        return List.of(predictions);
    }

    /** The predictions with every one below {@code threshold} turned into an out-of-scope verdict. */
    static List<Prediction> withThreshold(List<Prediction> predictions, double threshold, String oosLabel) {
        return predictions.stream()
                .map(p -> p.confidence() < threshold ? new Prediction(p.expected(), oosLabel, p.confidence()) : p)
                .toList();
    }

    static double percent(double rate) {
        return 100 * rate;
    }
}
