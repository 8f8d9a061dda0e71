package org.kefu.nlu.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.Understander;
import org.kefu.nlu.Understanding;

/**
 * Stratified k-fold cross-validation: each label's examples are shuffled with a seeded random order and
 * dealt round-robin into k folds; each fold is predicted by a model trained on the other folds.
 *
 * @param folds number of folds, at least 2
 * @param seed seed of the shuffle
 */
public record CrossValidation(int folds, long seed) {

    public CrossValidation {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2: " + folds);
        }
    }

    /**
     * Predicts every example with a model that did not see it.
     *
     * @param examples labelled messages
     * @param train trains an understander from a fold's training examples
     * @return one prediction per example, in the order of {@code examples}; a message judged out of scope
     *     is predicted as {@link Evaluator#OUT_OF_SCOPE}
     */
    public List<Prediction> predict(List<LabeledText> examples, Function<List<LabeledText>, Understander> train) {
        requireNonNull(train, "train");
        int[] fold = assignFolds(examples);
        Prediction[] predictions = new Prediction[examples.size()];
        for (int f = 0; f < folds; f++) {
            List<LabeledText> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    training.add(examples.get(i));
                }
            }
            Understander model = train.apply(training);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    predictions[i] = predictionOf(examples.get(i).label(), model.understand(examples.get(i).text()));
                }
            }
        }
        return List.of(predictions);
    }

    /** The prediction an understanding makes for an expected label. */
    public static Prediction predictionOf(String expected, Understanding understanding) {
        double confidence = understanding.topIntent().map(i -> i.confidence()).orElse(0.0);
        String predicted = understanding.outOfScope() || understanding.intents().isEmpty()
                ? Evaluator.OUT_OF_SCOPE
                : understanding.intents().getFirst().intent();
        return new Prediction(expected, predicted, confidence);
    }

    int[] assignFolds(List<LabeledText> examples) {
        return foldsOf(examples.stream().map(LabeledText::label).toList());
    }

    /**
     * The fold of each item, stratified by label: each label's items are shuffled with the seed and dealt
     * round-robin, so every fold gets its share of every label.
     *
     * @param labels the label of each item, in item order
     * @return the fold (0 to {@code folds - 1}) of each item, in the same order
     */
    public int[] foldsOf(List<String> labels) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> indices : byLabel.values()) {
            Collections.shuffle(indices, random);
            for (int i : indices) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}
