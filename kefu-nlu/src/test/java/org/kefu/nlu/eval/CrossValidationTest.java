package org.kefu.nlu.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Language;
import org.kefu.nlu.TrainingData.LabeledText;
import org.kefu.nlu.Understanding;

final class CrossValidationTest {

    private static List<LabeledText> examples() {
        List<LabeledText> examples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            examples.add(new LabeledText("a" + i, "a"));
            examples.add(new LabeledText("b" + i, "b"));
        }
        return examples;
    }

    @Test
    void neverPredictsAnExampleWithAModelThatSawIt() {
        List<LabeledText> examples = examples();
        List<Prediction> predictions = new CrossValidation(5, 1).predict(examples, training -> {
            Set<String> seen = new HashSet<>();
            training.forEach(t -> seen.add(t.text()));
            // A "model" that answers its label only for texts it has not seen: all correct iff no leak.
            return text -> understanding(text, seen.contains(text) ? "leak" : text.substring(0, 1));
        });
        assertThat(predictions).hasSize(examples.size()).allMatch(Prediction::correct);
    }

    @Test
    void stratifiesFoldsByLabel() {
        int[] fold = new CrossValidation(5, 7).assignFolds(examples());
        int[][] perFold = new int[5][2];
        List<LabeledText> examples = examples();
        for (int i = 0; i < fold.length; i++) {
            perFold[fold[i]][examples.get(i).label().equals("a") ? 0 : 1]++;
        }
        for (int[] counts : perFold) {
            assertThat(counts).containsExactly(2, 2);
        }
    }

    @Test
    void mapsOutOfScopeUnderstandingsToTheOutOfScopeLabel() {
        Understanding rejected = new Understanding("x", "x", Language.EN, List.of(), List.of(),
                List.of(new IntentScore("a", 0.2)), List.of(), true);
        assertThat(CrossValidation.predictionOf("a", rejected))
                .isEqualTo(new Prediction("a", Evaluator.OUT_OF_SCOPE, 0.2));
    }

    @Test
    void needsAtLeastTwoFolds() {
        assertThatThrownBy(() -> new CrossValidation(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1");
    }

    private static Understanding understanding(String text, String intent) {
        return new Understanding(text, text, Language.EN, List.of(), List.of(),
                List.of(new IntentScore(intent, 0.9)), List.of(), false);
    }
}
